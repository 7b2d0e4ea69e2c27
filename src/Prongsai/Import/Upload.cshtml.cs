using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Import;

/// <summary>Step 1 of an import: the upload, checked for size and type, kept aside for the preview.</summary>
[RequestSizeLimit(Uploads.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxBytes + 64 * 1024)]
public sealed class UploadModel(CurrentAgency current, Uploads uploads) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet() => Caller.From(User).CanManageAgency(current.Agency.Id) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? file, CancellationToken cancellationToken)
    {
        var agency = current.Agency;
        if (!Caller.From(User).CanManageAgency(agency.Id))
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
