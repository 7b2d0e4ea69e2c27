using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Audit;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Import;

/// <summary>
/// Step 2 of an import, and the import's page afterwards: the stored document with its findings beside what the year
/// already holds; confirm writes it in the chosen mode as one batch, which this page can later undo.
/// </summary>
public sealed class PreviewModel(ProngsaiDb db, CurrentAgency current, AuditActor actor, PreviewLifetime lifetime, TimeProvider clock) : PageModel
{
    public Agency Agency => current.Agency;
    public ImportBatch Batch { get; private set; } = null!;
    public string FileName => Batch.FileName;
    public MeasuresDocument Document => Comparison.Document;
    public ImportComparison Comparison { get; private set; } = null!;
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public IReadOnlyList<ImportNote> Notes { get; private set; } = [];

    /// <summary>Why confirming was refused: measures the write path does not accept, by document position.</summary>
    public IReadOnlyDictionary<string, string[]> Refused { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Why confirm or undo did nothing, and the measures concerned.</summary>
    public ImportOutcome? Outcome { get; private set; }

    /// <summary>Set when the preview expired or the sweep deleted it: the page says so (410) and links to the upload.</summary>
    public string? ExpiredMessage { get; private set; }

    /// <summary>Until when this preview may be confirmed; null once confirmed (or when previews never expire).</summary>
    public DateTime? ExpiresAt => Batch.State == ImportState.Previewed ? lifetime.ExpiresAt(Batch) : null;

    [BindProperty]
    public ImportMode Mode { get; set; } = ImportMode.Merge;

    [BindProperty]
    public List<Guid> ConfirmDelete { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await NotLoadedAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (await NotLoadedAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var outcome = await ImportWrites.ConfirmAsync(db, Agency, Batch, Mode, ConfirmDelete, actor.Name, lifetime, clock, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/a/{slug}/measures?year={Batch.FiscalYear}&imported={Batch.Id:N}");
        }

        return outcome.Expired ? Expired() : await RefusedAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostUndoAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (await NotLoadedAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var outcome = await ImportWrites.UndoAsync(db, Batch, actor.Name, clock, cancellationToken);
        return outcome.Succeeded ? Redirect($"/a/{slug}/import/{id:N}") : await RefusedAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (await NotLoadedAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Batch.State == ImportState.Previewed)
        {
            Batch.State = ImportState.Cancelled;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/a/{slug}/import");
    }

    /// <summary>The page again, reloaded as it now stands, with why nothing was done: 400 for invalid measures, 409 otherwise.</summary>
    async Task<IActionResult> RefusedAsync(Guid id, ImportOutcome outcome, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        Outcome = outcome;
        Refused = outcome.Errors;
        Response.StatusCode = outcome.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    enum Found
    {
        Nothing,
        Batch,
        Expired,
    }

    /// <summary>Null once the batch is loaded; otherwise the answer: a 404, or the expired page.</summary>
    async Task<IActionResult?> NotLoadedAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) switch
    {
        Found.Batch => null,
        Found.Expired => Expired(),
        _ => NotFound(),
    };

    /// <summary>The page that says the preview expired, with the link to upload the document again; nothing was written.</summary>
    PageResult Expired()
    {
        ExpiredMessage = lifetime.ExpiredMessage;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    async Task<Found> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Caller.From(User).CanManageAgency(Agency.Id))
        {
            return Found.Nothing;
        }

        var batch = await db.ImportBatches.Include(b => b.Measures).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return await PreviewSweep.WasSweptAsync(db, id, cancellationToken) ? Found.Expired : Found.Nothing;
        }

        if (lifetime.HasExpired(batch))
        {
            return Found.Expired;
        }

        Batch = batch;
        Comparison = await ImportComparison.LoadAsync(db, batch, cancellationToken);
        Notes = ImportComparison.NotesOf(batch);
        Findings = DocumentChecks.Run(Comparison.Document);
        return Found.Batch;
    }

    public IEnumerable<Finding> FindingsOf(int measureNumber) => Findings.Where(f => f.Measure == measureNumber);
}
