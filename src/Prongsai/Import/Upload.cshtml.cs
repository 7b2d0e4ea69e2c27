using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;

namespace Prongsai.Import;

/// <summary>Step 1 of an import: the upload, checked for size and type, kept aside for the preview.</summary>
[RequestSizeLimit(Uploads.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxBytes + 64 * 1024)]
public sealed class UploadModel(ProngsaiDb db, Uploads uploads) : PageModel
{
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var caller = Caller.From(User);
        var agency = await db.FindVisibleAsync(slug, caller);
        return agency is null ? NotFound() : caller.CanImport(agency.Id) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? file, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User);
        var agency = await db.FindVisibleAsync(slug, caller, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        if (!caller.CanImport(agency.Id))
        {
            return Forbid();
        }

        Error = Uploads.Refuse(file);
        if (Error is not null)
        {
            return Page();
        }

        var upload = await uploads.SaveAsync(agency.Id, file!, cancellationToken);
        if (upload is null)
        {
            Error = Progress.ProgressWrites.NotStored;
            Response.StatusCode = StatusCodes.Status507InsufficientStorage;
            return Page();
        }

        return Redirect($"/a/{slug}/import/{upload.Id:N}");
    }
}
