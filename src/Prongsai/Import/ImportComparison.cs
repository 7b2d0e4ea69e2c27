using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>
/// A previewed document beside what its year already holds: which incoming measure matches which existing one, which
/// are new, which existing ones the document lacks, and which of those may only be deleted with an explicit confirmation.
/// </summary>
public sealed record ImportComparison(
    ImportBatch Batch,
    MeasuresDocument Document,
    IReadOnlyList<AgencyMeasure> Existing,
    MatchResult Match,
    IReadOnlySet<Guid> WithProgress,
    bool PendingSubmission)
{
    public AgencyMeasure? MatchOf(int incoming) => Match.Of(incoming) is { } m ? Existing[m.Existing] : null;

    public IEnumerable<AgencyMeasure> Missing => Match.Missing.Select(e => Existing[e]);

    /// <summary>Deleting it loses recorded progress or changes a document waiting for sign-off.</summary>
    public bool NeedsConfirmation(AgencyMeasure measure) => PendingSubmission || WithProgress.Contains(measure.Id);

    /// <summary>Loads the year's measures (tracked, so a confirm can write them) and matches the batch's document with them.</summary>
    public static async Task<ImportComparison> LoadAsync(ProngsaiDb db, ImportBatch batch, CancellationToken cancellationToken = default)
    {
        var document = DocumentOf(batch);
        var existing = await db.Measures.Where(m => m.FiscalYear == batch.FiscalYear).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var ids = existing.Select(m => m.Id).ToList();
        var withProgress = (await db.ProgressUpdates.Where(u => ids.Contains(u.MeasureId)).Select(u => u.MeasureId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var pending = await db.Submissions.AnyAsync(s => s.FiscalYear == batch.FiscalYear && s.State == SubmissionState.Submitted, cancellationToken);
        var match = MeasureMatcher.Match(document.Measures, [.. existing.Select(m => m.ToDocument())]);
        return new ImportComparison(batch, document, existing, match, withProgress, pending);
    }

    public static MeasuresDocument DocumentOf(ImportBatch batch) => InterchangeJson.Deserialize(batch.DocumentJson);

    public static IReadOnlyList<ImportNote> NotesOf(ImportBatch batch) =>
        JsonSerializer.Deserialize<List<ImportNote>>(batch.NotesJson, InterchangeJson.Options) ?? [];

    /// <summary>How a measure is named in messages: its name, else its first step, else its indicators.</summary>
    public static string Label(Measure measure)
    {
        var text = measure.Name ?? (measure.Steps.Count > 0 ? measure.Steps[0] : null) ?? (Shared.Ui.English
            ? $"{measure.Tool} indicators {string.Join(", ", measure.Indicators)}"
            : $"{measure.Tool} ตัวชี้วัด {string.Join(", ", measure.Indicators.Select(ThaiDigits.ToThai))}");
        text = ThaiText.Tidy(text);
        return text.Length > 80 ? text[..80] + "…" : text;
    }

    /// <summary>"เพิ่ม ๒ ปรับปรุง ๓ มาตรการ", with " ลบ ๑" when a replace deleted some.</summary>
    public static string CountsThai(ImportBatch batch) =>
        $"เพิ่ม {ThaiDigits.ToThai(batch.Added)} ปรับปรุง {ThaiDigits.ToThai(batch.Updated)}"
        + (batch.Deleted > 0 ? $" ลบ {ThaiDigits.ToThai(batch.Deleted)}" : "") + " มาตรการ";

    /// <summary>The counts in the page's language: CountsThai, or "2 added, 3 updated, 1 deleted".</summary>
    public static string Counts(ImportBatch batch) => Shared.Ui.English
        ? $"{batch.Added} added, {batch.Updated} updated, {batch.Deleted} deleted"
        : CountsThai(batch);
}
