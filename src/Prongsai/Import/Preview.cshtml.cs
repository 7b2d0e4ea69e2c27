using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Import;

/// <summary>Step 2 of an import: the measures and check findings as a preview; confirm writes them all in one transaction.</summary>
public sealed class PreviewModel(ProngsaiDb db, CurrentAgency current, Uploads uploads, TimeProvider clock) : PageModel
{
    public Agency Agency => current.Agency;
    public string FileName { get; private set; } = "";
    public MeasuresDocument? Document { get; private set; }
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public IReadOnlyList<ImportNote> Notes { get; private set; } = [];
    public ImportException? Error { get; private set; }

    /// <summary>Why confirming was refused: measures the write path does not accept, by document position.</summary>
    public IReadOnlyDictionary<string, string[]> Refused { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string slug, Guid id)
    {
        var upload = await FindAsync(slug, id);
        if (upload is null)
        {
            return NotFound();
        }

        Read(upload);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        var upload = await FindAsync(slug, id);
        if (upload is null)
        {
            return NotFound();
        }

        Read(upload);
        if (Document is null)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await Measures.MeasureWrites.AddAllAsync(db, Agency, Document.FiscalYear, Document.Measures, clock, cancellationToken);
        if (!added.Succeeded)
        {
            Refused = added.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Uploads.Delete(upload);
        return Redirect($"/a/{slug}/measures?year={Document.FiscalYear}");
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, Guid id)
    {
        var upload = await FindAsync(slug, id);
        if (upload is null)
        {
            return NotFound();
        }

        Uploads.Delete(upload);
        return Redirect($"/a/{slug}/import");
    }

    async Task<Uploads.Upload?> FindAsync(string slug, Guid id)
    {
        await Task.CompletedTask;
        return Caller.From(User).CanManageAgency(Agency.Id) ? uploads.Find(Agency.Id, id) : null;
    }

    void Read(Uploads.Upload upload)
    {
        FileName = upload.FileName;
        try
        {
            var result = DocumentImporter.Read(System.IO.File.ReadAllBytes(upload.Path), upload.FileName,
                new ImportOptions { Agency = new AgencyName(Agency.Name, Agency.ShortName) });
            Document = result.Document;
            Notes = result.Notes;
            Findings = DocumentChecks.Run(result.Document);
        }
        catch (ImportException e)
        {
            Error = e;
        }
    }

    public IEnumerable<Finding> FindingsOf(int measureNumber) => Findings.Where(f => f.Measure == measureNumber);
}
