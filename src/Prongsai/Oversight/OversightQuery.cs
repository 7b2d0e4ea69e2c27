using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Oversight;

/// <summary>One agency's fiscal year as the oversight table shows it.</summary>
public sealed record OversightRow(
    string Slug, string Name, string? ShortName, string Type, string? Province,
    int Measures, int NotStarted, int InProgress, int Done, int Overdue,
    bool PublishedMeasures, bool PublishedProgress, DateTime? LastUpdate)
{
    /// <summary>OIT items reviewed and marked ready or submitted, of the year's framework items.</summary>
    public int OitReady { get; init; }

    public int OitItems { get; init; }

    public int OitBrokenLinks { get; init; }
}

/// <summary>What the oversight page and its exports are filtered and sorted by.</summary>
public sealed record OversightFilter(int Year, string? Type = null, string? Province = null, string? Search = null, string Sort = "name", bool Descending = false);

/// <summary>
/// Every agency's year in three set-based queries — agencies, one GROUP BY agency over the year's measures, and the
/// year's published kinds — merged in memory: no query per agency, nothing tracked. Filtering and sorting then run
/// over those rows in memory (8,300 rows sort in a few milliseconds).
/// </summary>
public static class OversightQuery
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "type", "province", "measures", "done", "overdue", "published", "updated"];

    static readonly StringComparer ThaiOrder = StringComparer.Create(new System.Globalization.CultureInfo("th-TH"), false);

    /// <summary>Every agency's row for the year, in Thai alphabetical order of name.</summary>
    public static async Task<List<OversightRow>> LoadAsync(ProngsaiDb db, int year, DateOnly today, CancellationToken cancellationToken = default)
    {
        var agencies = await db.Agencies.AsNoTracking()
            .Select(a => new { a.Id, a.Slug, a.Name, a.ShortName, a.Type, a.Province, a.Regime }).ToListAsync(cancellationToken);

        // Oversight reads every agency by design (oversight viewers and system administrators only: OversightPolicy).
        var counts = await db.Measures.AsNoTracking().IgnoreQueryFilters().Where(m => m.FiscalYear == year)
            .GroupBy(m => m.AgencyId)
            .Select(g => new
            {
                AgencyId = g.Key,
                Total = g.Count(),
                NotStarted = g.Count(m => m.Status == MeasureStatus.NotStarted),
                InProgress = g.Count(m => m.Status == MeasureStatus.InProgress),
                Done = g.Count(m => m.Status == MeasureStatus.Done),
                Overdue = g.Count(m => m.PeriodEnd < today && m.Status != MeasureStatus.Done),
                LastUpdate = g.Max(m => (DateTime?)m.UpdatedAt),
            })
            .ToDictionaryAsync(c => c.AgencyId, cancellationToken);

        var published = (await db.Publications.AsNoTracking().IgnoreQueryFilters().Where(p => p.FiscalYear == year)
            .Select(p => new { p.AgencyId, p.Kind }).Distinct().ToListAsync(cancellationToken))
            .Select(p => (p.AgencyId, p.Kind)).ToHashSet();

        // The OIT workbook: one GROUP BY agency each over the year's reviewed ready items and its failing link checks.
        var oitReady = await db.OitEntries.AsNoTracking().IgnoreQueryFilters()
            .Where(e => e.FiscalYear == year && e.ReviewedAt != null && (e.Status == OitStatus.Ready || e.Status == OitStatus.Submitted))
            .GroupBy(e => e.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var oitBroken = await db.OitLinkChecks.AsNoTracking().IgnoreQueryFilters().Where(c => !c.Ok && db.OitEntries.IgnoreQueryFilters().Any(e => e.Id == c.EntryId && e.FiscalYear == year))
            .GroupBy(c => c.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        return [.. agencies.Select(a =>
        {
            var c = counts.GetValueOrDefault(a.Id);
            return new OversightRow(a.Slug, a.Name, a.ShortName, a.Type, a.Province,
                c?.Total ?? 0, c?.NotStarted ?? 0, c?.InProgress ?? 0, c?.Done ?? 0, c?.Overdue ?? 0,
                published.Contains((a.Id, DocumentKind.Measures)), published.Contains((a.Id, DocumentKind.Progress)),
                c?.LastUpdate)
            {
                OitReady = oitReady.GetValueOrDefault(a.Id),
                OitItems = Catalog.FrameworkCatalog.Default.For(year, a.Regime).Items.Count,
                OitBrokenLinks = oitBroken.GetValueOrDefault(a.Id),
            };
        }).OrderBy(r => r.Name, ThaiOrder).ThenBy(r => r.Slug, StringComparer.Ordinal)];
    }

    /// <summary>The rows the filter selects, in its order (ties in name order).</summary>
    public static List<OversightRow> Apply(IReadOnlyList<OversightRow> byName, OversightFilter filter)
    {
        var search = filter.Search?.Trim();
        var rows = byName.Select((row, index) => (Row: row, Index: index))
            .Where(x => string.IsNullOrWhiteSpace(filter.Type) || x.Row.Type == filter.Type)
            .Where(x => string.IsNullOrWhiteSpace(filter.Province) || x.Row.Province == filter.Province)
            .Where(x => string.IsNullOrEmpty(search) || x.Row.Name.Contains(search, StringComparison.Ordinal)
                || (x.Row.ShortName?.Contains(search, StringComparison.Ordinal) ?? false) || x.Row.Slug.Contains(search, StringComparison.Ordinal));
        Func<OversightRow, IComparable> key = filter.Sort switch
        {
            "type" => r => r.Type,
            "province" => r => r.Province ?? "",
            "measures" => r => r.Measures,
            "done" => r => r.Measures == 0 ? -1 : r.Done * 1000 / r.Measures,
            "overdue" => r => r.Overdue,
            "published" => r => (r.PublishedProgress ? 2 : 0) + (r.PublishedMeasures ? 1 : 0),
            "updated" => r => r.LastUpdate ?? DateTime.MinValue,
            _ => _ => 0,
        };
        IComparer<IComparable> comparer = Comparer<IComparable>.Create((a, b) => a is string sa && b is string sb ? ThaiOrder.Compare(sa, sb) : a.CompareTo(b));
        var ordered = filter.Descending ? rows.OrderByDescending(x => key(x.Row), comparer) : rows.OrderBy(x => key(x.Row), comparer);
        return [.. (filter.Sort == "name" && filter.Descending ? rows.OrderByDescending(x => x.Index) : ordered.ThenBy(x => x.Index)).Select(x => x.Row)];
    }

    /// <summary>The fiscal years that have measures, newest first; the current one when there are none.</summary>
    public static async Task<List<int>> YearsAsync(ProngsaiDb db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var years = await db.Measures.AsNoTracking().IgnoreQueryFilters().Select(m => m.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return years.Count > 0 ? years : [FiscalYear.Of(today).BuddhistYear];
    }
}
