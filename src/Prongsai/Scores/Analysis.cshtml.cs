using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Scores;

/// <summary>
/// Which indicators fell below the target, year over year, and a measure to start for each in the next fiscal year.
/// The target is ?target=, else the agency's own, else 85.
/// </summary>
public sealed class AnalysisModel(ProngsaiDb db, CurrentAgency current, FrameworkCatalog catalog) : PageModel
{
    public Agency Agency => current.Agency;
    public List<AgencyScore> Scores { get; private set; } = [];
    public decimal Target { get; private set; }
    public bool CanStartMeasures { get; private set; }

    /// <summary>The latest result's indicators below the target: what the next year's measures are for.</summary>
    public IReadOnlyList<ScoreAnalysis.Shortfall> Latest { get; private set; } = [];

    /// <summary>Indicators that already have a measure in the year after the latest result.</summary>
    public HashSet<int> Covered { get; private set; } = [];

    /// <summary>The latest result year's OIT items, each traced back through the years by the item mapping.</summary>
    public IReadOnlyList<ItemHistory.Line> Items { get; private set; } = [];

    /// <summary>The workbook's status of each year's item (by that year's code).</summary>
    public Dictionary<(int Year, string Code), OitStatus> ItemStatus { get; private set; } = [];

    Framework FrameworkOf(int year) => catalog.For(year, Agency.Regime);

    public async Task<IActionResult> OnGetAsync(string? target)
    {
        var agency = Agency;
        CanStartMeasures = Caller.From(User).CanCreateMeasures(agency.Id);
        Target = decimal.TryParse(Thai.ThaiDigits.ToArabic(target ?? ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t) && t <= 100
            ? t
            : agency.ScoreTarget ?? ScoreAnalysis.DefaultTarget;
        Scores = await db.Scores.AsNoTracking().OrderBy(s => s.FiscalYear).ToListAsync();
        if (Scores.Count > 0)
        {
            var latest = Scores[^1];
            Latest = ScoreAnalysis.BelowTarget(FrameworkOf(latest.FiscalYear), latest.IndicatorScores, Target);
            var next = NextYear;
            var indicatorLists = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == next)
                .Select(m => m.Indicators).ToListAsync();
            Covered = [.. indicatorLists.SelectMany(i => i)];
            var years = Scores.Select(s => s.FiscalYear).Distinct().ToList();
            Items = ItemHistory.Trace([.. years.Select(FrameworkOf).DistinctBy(f => f.FiscalYear)]);
            ItemStatus = (await db.OitEntries.AsNoTracking().Where(e => years.Contains(e.FiscalYear)).Select(e => new { e.FiscalYear, e.Code, e.Status }).ToListAsync())
                .ToDictionary(e => (e.FiscalYear, e.Code.ToUpperInvariant()), e => e.Status);
        }

        return Page();
    }

    /// <summary>The codes that carried an item in a result year (by that year's framework), each with its workbook status.</summary>
    public IEnumerable<(string Code, OitStatus? Status)> ItemIn(ItemHistory.Line line, int year) =>
        (line.CodesByYear.TryGetValue(FrameworkOf(year).FiscalYear, out var codes) ? codes : [])
            .Select(c => (c, ItemStatus.TryGetValue((year, c.ToUpperInvariant()), out var status) ? status : (OitStatus?)null));

    public int NextYear => Scores.Count > 0 ? Scores[^1].FiscalYear + 1 : 0;

    public bool IsBelow(decimal? score) => score is { } s && s < Target;

    /// <summary>The new-measure form for the next year, pre-filled with the indicator and its tool.</summary>
    public string StartMeasureLink(int indicator) => $"/a/{Agency.Slug}/measures/new?year={NextYear}&indicator={indicator}";

    public IReadOnlyList<string> ReportParagraphs()
    {
        var latest = Scores[^1];
        return ScoreAnalysis.Paragraphs(FrameworkOf(latest.FiscalYear), latest.FiscalYear, latest.Total, latest.Level, latest.IndicatorScores, Target);
    }
}
