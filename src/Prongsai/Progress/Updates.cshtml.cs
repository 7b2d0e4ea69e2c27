using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Shared;
using Prongsai.Thai;

namespace Prongsai.Progress;

/// <summary>A measure's progress: its history of dated updates with evidence, and the form to add or correct one.</summary>
[RequestSizeLimit(EvidenceFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFiles.MaxRequestBytes)]
public sealed class UpdatesModel(ProngsaiDb db, CurrentAgency current, ProgressWrites writes, TimeProvider clock) : PageModel
{
    public TimeProvider Clock => clock;
    public Agency Agency => current.Agency;
    public AgencyMeasure Measure { get; private set; } = null!;
    public List<ProgressUpdate> History { get; private set; } = [];
    public HashSet<Guid> Corrected { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public string? Error { get; private set; }
    public bool Saved { get; private set; }

    [BindProperty]
    public UpdateForm Input { get; set; } = new();

    public sealed class UpdateForm
    {
        public DateOnly? On { get; set; }
        public string? Text { get; set; }
        public MeasureStatus Status { get; set; } = MeasureStatus.InProgress;
        public string? Links { get; set; }
        public List<IFormFile> Files { get; set; } = [];
        public Guid? CorrectsId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, Guid? correct, bool saved = false)
    {
        if (!await LoadAsync(slug, id))
        {
            return NotFound();
        }

        Saved = saved;
        Input.On = new FiscalYear(Measure.FiscalYear).DefaultDate(clock);
        Input.Status = Measure.Status;
        if (correct is { } correctsId && History.FirstOrDefault(u => u.Id == correctsId && !Corrected.Contains(u.Id)) is { } original)
        {
            Input = new UpdateForm { On = original.On, Text = original.Text, Status = original.Status, CorrectsId = original.Id };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, Guid id)
    {
        if (!await LoadAsync(slug, id, tracked: true))
        {
            return NotFound();
        }

        if (!CanRecord)
        {
            return Forbid();
        }

        if (DateField.Refused(ModelState, "Input.On"))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(slug, id);
            return Page();
        }

        var links = (Input.Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var input = new ProgressWrites.UpdateInput(
            Input.On ?? new FiscalYear(Measure.FiscalYear).DefaultDate(clock), Input.Text ?? "", Input.Status, links, Input.Files, Input.CorrectsId);
        var outcome = await writes.RecordAsync(Caller.From(User), Measure, input, HttpContext.RequestAborted);
        if (outcome.Error is not null)
        {
            Error = outcome.Error;
            Response.StatusCode = outcome.Conflict ? StatusCodes.Status409Conflict
                : outcome.OutOfSpace ? StatusCodes.Status507InsufficientStorage : StatusCodes.Status400BadRequest;
            await LoadAsync(slug, id);
            return Page();
        }

        return Redirect($"/a/{slug}/measures/{id}/progress?done=progress");
    }

    async Task<bool> LoadAsync(string slug, Guid id, bool tracked = false)
    {
        var caller = Caller.From(User);
        var query = db.Measures.Where(m => m.Id == id);
        var measure = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync();
        if (measure is null)
        {
            return false;
        }

        Measure = measure;
        CanRecord = caller.CanEditMeasure(measure);
        History = await db.ProgressUpdates.AsNoTracking().Include(u => u.Evidence).Where(u => u.MeasureId == id)
            .OrderByDescending(u => u.On).ThenByDescending(u => u.RecordedAt).ToListAsync();
        Corrected = [.. History.Where(u => u.CorrectsId is not null).Select(u => u.CorrectsId!.Value)];
        return true;
    }

    public ProgressUpdate? CorrectionOf(ProgressUpdate original) => History.FirstOrDefault(u => u.CorrectsId == original.Id);
}
