using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Oversight;

/// <summary>One agency's fiscal year as the oversight table shows it.</summary>
public sealed record OversightRow(
    string Slug, string Name, string? ShortName, string Type, string? Province,
    int Measures, int NotStarted, int InProgress, int Done, int Overdue,
    bool PublishedMeasures, bool PublishedProgress, DateTime? LastUpdate);

/// <summary>What the oversight page and its exports are filtered and sorted by.</summary>
public sealed record OversightFilter(int Year, string? Type = null, string? Province = null, string? Search = null, string Sort = "name", bool Descending = false);

/// <summary>
/// Every agency's year in three set-based queries — agencies, one GROUP BY agency over the year's measures, and the
/// year's published kinds — merged in memory: no query per agency, nothing tracked.
/// </summary>
public static class OversightQuery
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "type", "province", "measures", "done", "overdue", "published", "updated"];

    public static async Task<List<OversightRow>> RowsAsync(ProngsaiDb db, OversightFilter filter, DateOnly today, CancellationToken cancellationToken = default)
    {
        var agencies = db.Agencies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            agencies = agencies.Where(a => a.Type == filter.Type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Province))
        {
            agencies = agencies.Where(a => a.Province == filter.Province);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            agencies = agencies.Where(a => a.Name.Contains(search) || (a.ShortName != null && a.ShortName.Contains(search)) || a.Slug.Contains(search));
        }

        var list = await agencies.Select(a => new { a.Id, a.Slug, a.Name, a.ShortName, a.Type, a.Province }).ToListAsync(cancellationToken);

        var counts = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == filter.Year)
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

        var published = (await db.Publications.AsNoTracking().Where(p => p.FiscalYear == filter.Year)
            .Select(p => new { p.AgencyId, p.Kind }).Distinct().ToListAsync(cancellationToken))
            .Select(p => (p.AgencyId, p.Kind)).ToHashSet();

        var rows = list.Select(a =>
        {
            var c = counts.GetValueOrDefault(a.Id);
            return new OversightRow(a.Slug, a.Name, a.ShortName, a.Type, a.Province,
                c?.Total ?? 0, c?.NotStarted ?? 0, c?.InProgress ?? 0, c?.Done ?? 0, c?.Overdue ?? 0,
                published.Contains((a.Id, DocumentKind.Measures)),
                published.Contains((a.Id, DocumentKind.Progress)),
                c?.LastUpdate);
        });
        return Sort(rows, filter).ToList();
    }

    /// <summary>The fiscal years that have measures, newest first; the current one when there are none.</summary>
    public static async Task<List<int>> YearsAsync(ProngsaiDb db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var years = await db.Measures.AsNoTracking().Select(m => m.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return years.Count > 0 ? years : [FiscalYear.Of(today).BuddhistYear];
    }

    static IEnumerable<OversightRow> Sort(IEnumerable<OversightRow> rows, OversightFilter filter)
    {
        var thai = StringComparer.Create(new System.Globalization.CultureInfo("th-TH"), false);
        IOrderedEnumerable<OversightRow> ordered = filter.Sort switch
        {
            "type" => Order(rows, r => r.Type, thai, filter.Descending),
            "province" => Order(rows, r => r.Province ?? "", thai, filter.Descending),
            "measures" => Order(rows, r => r.Measures, Comparer<int>.Default, filter.Descending),
            "done" => Order(rows, r => r.Measures == 0 ? -1 : r.Done * 1000 / r.Measures, Comparer<int>.Default, filter.Descending),
            "overdue" => Order(rows, r => r.Overdue, Comparer<int>.Default, filter.Descending),
            "published" => Order(rows, r => (r.PublishedProgress ? 2 : 0) + (r.PublishedMeasures ? 1 : 0), Comparer<int>.Default, filter.Descending),
            "updated" => Order(rows, r => r.LastUpdate ?? DateTime.MinValue, Comparer<DateTime>.Default, filter.Descending),
            _ => Order(rows, r => r.Name, thai, filter.Descending),
        };
        return ordered.ThenBy(r => r.Slug, StringComparer.Ordinal);
    }

    static IOrderedEnumerable<OversightRow> Order<TKey>(IEnumerable<OversightRow> rows, Func<OversightRow, TKey> key, IComparer<TKey> comparer, bool descending) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
