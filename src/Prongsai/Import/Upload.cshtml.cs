using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Account;
using Prongsai.Audit;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Import;

/// <summary>Step 1 of an import: the upload, checked for size and type, read once and kept as a previewed batch.</summary>
[RequestSizeLimit(Uploads.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxBytes + 64 * 1024)]
public sealed class UploadModel(ProngsaiDb db, CurrentAgency current, Uploads uploads, AuditActor actor, TimeProvider clock) : PageModel
{
    public string? Error { get; private set; }

    public ImportException? Unreadable { get; private set; }

    public string? FileName { get; private set; }

    public IActionResult OnGet() => Caller.From(User).CanManageAgency(current.Agency.Id) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? file, CancellationToken cancellationToken)
    {
        var agency = current.Agency;
        if (!Caller.From(User).CanManageAgency(agency.Id))
        {
            return Forbid();
        }

        var previewed = await ImportWrites.PreviewAsync(db, uploads, agency, file, fiscalYear: null, actor.Name, clock, cancellationToken);
        if (previewed.Batch is { } batch)
        {
            return Redirect($"/a/{slug}/import/{batch.Id:N}");
        }

        Error = previewed.Refused;
        if (previewed.NotStored)
        {
            Error = Progress.ProgressWrites.NotStored;
            Response.StatusCode = StatusCodes.Status507InsufficientStorage;
        }

        if (previewed.Unreadable is { } unreadable)
        {
            Unreadable = unreadable;
            FileName = UploadedFileName.Clean(file!.FileName);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
