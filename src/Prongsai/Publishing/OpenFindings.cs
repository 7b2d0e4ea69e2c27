using Microsoft.EntityFrameworkCore;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;

namespace Prongsai.Publishing;

/// <summary>A finding of the document being signed, with the measure it is about so the page can link to its form.</summary>
public sealed record OpenFinding(Finding Finding, int? Number, Guid? MeasureId, string MeasureTitle);

/// <summary>
/// What the checks say about the document being submitted or approved, errors first and measure by measure, so
/// nobody publishes another agency's name left in the text without being told.
/// </summary>
public static class OpenFindings
{
    public static async Task<IReadOnlyList<OpenFinding>> ForAsync(ProngsaiDb db, MeasuresDocument document, CancellationToken cancellationToken = default)
    {
        var findings = DocumentChecks.Run(document);
        // The document lists the year's measures by position (SignOff.CurrentDocumentAsync); a frozen one whose
        // measures have changed since no longer lines up, and then its findings link to no form.
        var ids = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == document.FiscalYear)
            .OrderBy(m => m.Position).Select(m => m.Id).ToListAsync(cancellationToken);
        var aligned = ids.Count == document.Measures.Count;
        return [.. findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Measure ?? 0)
            .Select(f => f.Measure is int n && n >= 1 && n <= document.Measures.Count
                ? new OpenFinding(f, n, aligned ? ids[n - 1] : null, MeasureText.Heading(document.Measures[n - 1].Indicators))
                : new OpenFinding(f, null, null, ""))];
    }

    public static int Errors(IEnumerable<OpenFinding> findings) => findings.Count(f => f.Finding.Severity == Severity.Error);
}
