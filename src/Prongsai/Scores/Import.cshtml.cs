using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Scores;

/// <summary>System administrators import many agencies' ITA results from one CSV or XLSX file: every row or none.</summary>
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class ImportModel(ProngsaiDb db, CurrentAgency scope, TimeProvider clock) : PageModel
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public string? Error { get; private set; }
    public IReadOnlyList<ScoreFileError> Errors { get; private set; } = [];
    public int? Written { get; private set; }

    public IActionResult OnGet() => Caller.From(User).CanManageInstallation() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!Caller.From(User).CanManageInstallation())
        {
            return Forbid();
        }

        // One file holds many agencies' results: a system administrator's write outside any one agency's scope.
        scope.AllowAllAgencies();

        Error = Refuse(file);
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        ScoreFile.Result parsed;
        await using (var stream = file!.OpenReadStream())
        {
            parsed = ScoreFile.Read(stream, file.FileName);
        }

        (Errors, var written) = await ScoreWrites.ImportAsync(db, parsed, Caller.From(User).Email, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Written = written;
        return Page();
    }

    static string? Refuse(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return "เลือกไฟล์ (choose a file)";
        }

        if (file.Length > MaxBytes)
        {
            return "ไฟล์ใหญ่เกิน ๑๐ MB (the file is larger than 10 MB)";
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        return extension is ".csv" or ".xlsx" ? null : "รับเฉพาะไฟล์ .csv และ .xlsx (only .csv and .xlsx)";
    }
}
