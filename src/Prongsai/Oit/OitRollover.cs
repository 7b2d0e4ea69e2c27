using Microsoft.EntityFrameworkCore;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>
/// Copies a year's workbook into the next year by the framework's item mapping: owners, due dates a year later and
/// URLs (which the link check then re-checks); statuses, ticks and reviews start again. Items of the next year that
/// already have data are left alone, and every item with no counterpart is named, so nothing is dropped silently.
/// </summary>
public static class OitRollover
{
    public sealed record Result(int From, int To, IReadOnlyList<string> Copied, IReadOnlyList<string> NoCounterpart, IReadOnlyList<string> Kept);

    public static async Task<Result> RunAsync(ProngsaiDb db, FrameworkCatalog catalog, Agency agency, int year, CancellationToken cancellationToken = default)
    {
        var from = catalog.For(year, agency.Regime);
        var to = catalog.For(year + 1, agency.Regime);
        var entries = await db.OitEntries.AsNoTracking().Where(e => e.AgencyId == agency.Id && e.FiscalYear == year).ToListAsync(cancellationToken);
        var existing = (await db.OitEntries.Where(e => e.AgencyId == agency.Id && e.FiscalYear == year + 1).Select(e => e.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var created = new Dictionary<string, OitEntry>(StringComparer.OrdinalIgnoreCase);
        var noCounterpart = new List<string>();
        var kept = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var carry in ItemMapping.Between(from, to))
        {
            var entry = entries.FirstOrDefault(e => string.Equals(e.Code, carry.From.Code, StringComparison.OrdinalIgnoreCase));
            if (carry.To.Count == 0)
            {
                noCounterpart.Add(carry.From.Code);
                continue;
            }

            if (entry is null)
            {
                continue;
            }

            foreach (var target in carry.To)
            {
                if (existing.Contains(target.Code))
                {
                    kept.Add(target.Code);
                    continue;
                }

                // Merged items (2568's O1 carries 2567's O1 and O3): the first owner stays, the URLs are pooled.
                if (!created.TryGetValue(target.Code, out var copy))
                {
                    copy = new OitEntry { AgencyId = agency.Id, FiscalYear = year + 1, Code = target.Code, UnitName = entry.UnitName, DueOn = entry.DueOn?.AddYears(1) };
                    created[target.Code] = copy;
                }

                copy.Urls = [.. copy.Urls.Concat(entry.Urls).Distinct(StringComparer.Ordinal).Take(OitEntry.MaxUrls)];
            }
        }

        using var audit = Audit.AuditBatch.Begin(Audit.AuditBatch.OitRollover, ("from", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("to", (year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        db.OitEntries.AddRange(created.Values);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(year, year + 1, [.. created.Keys.OrderBy(c => to.Items.ToList().FindIndex(i => i.Code == c))], noCounterpart, [.. kept]);
    }
}
