using Prongsai.Catalog;

namespace Prongsai.Scores;

/// <summary>
/// One OIT item followed back through the years by the frameworks' item mapping, not by its code: 2568's O26 is
/// 2567's O37, O38 and O43, while 2567's O26 is another item altogether.
/// </summary>
public static class ItemHistory
{
    /// <summary>An item of the latest year and the codes that carried it in each year (none: no counterpart that year).</summary>
    public sealed record Line(OitItem Item, IReadOnlyDictionary<int, IReadOnlyList<string>> CodesByYear);

    /// <summary>The latest framework's items traced back through <paramref name="frameworks"/> (any order, one per year).</summary>
    public static IReadOnlyList<Line> Trace(IReadOnlyList<Framework> frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var years = frameworks.OrderBy(f => f.FiscalYear).ToList();
        if (years.Count == 0)
        {
            return [];
        }

        var latest = years[^1];
        return [.. latest.Items.Select(item =>
        {
            var byYear = new Dictionary<int, IReadOnlyList<string>> { [latest.FiscalYear] = [item.Code] };
            IReadOnlyList<string> codes = [item.Code];
            for (var i = years.Count - 1; i > 0; i--)
            {
                var later = years[i];
                var earlier = years[i - 1];
                // Frameworks a year or more apart (a year with no result) are mapped as if adjacent.
                codes = [.. ItemMapping.Between(earlier, later)
                    .Where(carry => carry.To.Any(to => codes.Contains(to.Code, StringComparer.OrdinalIgnoreCase)))
                    .Select(carry => carry.From.Code)];
                byYear[earlier.FiscalYear] = codes;
            }

            return new Line(item, byYear);
        })];
    }
}
