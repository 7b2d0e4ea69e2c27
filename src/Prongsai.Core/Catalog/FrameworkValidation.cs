using System.Text.RegularExpressions;

namespace Prongsai.Catalog;

/// <summary>What a framework file must satisfy; every refusal names the file and the item.</summary>
static partial class FrameworkValidation
{
    const int MaxItems = 200;
    const int MaxText = 1000;

    public static void Check(Framework framework, string source)
    {
        if (framework.FiscalYear is < 2500 or > 2700)
        {
            throw new InvalidDataException($"{source}: fiscalYear {framework.FiscalYear} is not a Buddhist-era year");
        }

        if (!RegimeName().IsMatch(framework.Regime))
        {
            throw new InvalidDataException($"{source}: regime '{framework.Regime}' must be 2–20 lower-case letters, digits or '-'");
        }

        if (framework.Indicators.Count == 0 || framework.Levels.Bands.Count == 0)
        {
            throw new InvalidDataException($"{source}: a framework needs indicators and level bands");
        }

        var duplicate = framework.Indicators.GroupBy(i => i.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{source}: indicator {duplicate.Key} appears twice");
        }

        CheckItems(framework, source);
        foreach (var entry in framework.Calendar.Where(e => e.End < e.Start))
        {
            throw new InvalidDataException($"{source}: calendar '{entry.Key}' ends before it starts");
        }
    }

    static void CheckItems(Framework framework, string source)
    {
        if (framework.Items.Count > MaxItems)
        {
            throw new InvalidDataException($"{source}: {framework.Items.Count} items, at most {MaxItems}");
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in framework.Items)
        {
            if (!ItemCode().IsMatch(item.Code) || !codes.Add(item.Code))
            {
                throw new InvalidDataException($"{source}: item code '{item.Code}' is not a letter and a number, or appears twice");
            }

            if (string.IsNullOrWhiteSpace(item.Name) || item.Name.Length > MaxText || item.Criteria.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > MaxText))
            {
                throw new InvalidDataException($"{source}: item {item.Code} needs a name, and criteria of 1–{MaxText} characters");
            }

            if (item.Covers is not (0 or -1))
            {
                throw new InvalidDataException($"{source}: item {item.Code} covers {item.Covers}; only 0 (this fiscal year) or -1 (the previous one)");
            }

            if (item.Indicator is { } number && framework.Indicator(number) is null)
            {
                throw new InvalidDataException($"{source}: item {item.Code} names indicator {number}, which the file does not define");
            }
        }

        var twice = framework.Items.Where(i => i.Role is not null).GroupBy(i => i.Role).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidDataException($"{source}: role {twice.Key} is given to {string.Join(" and ", twice.Select(i => i.Code))}; one item each");
        }
    }

    /// <summary>Every mapping to the previous year names an item that year has.</summary>
    public static void CheckPrevious(Framework framework, Framework? previous, string source)
    {
        if (previous is null)
        {
            return;
        }

        foreach (var item in framework.Items)
        {
            var unknown = item.Previous.FirstOrDefault(code => previous.Item(code) is null);
            if (unknown is not null)
            {
                throw new InvalidDataException($"{source}: item {item.Code} carries on {previous.FiscalYear}'s {unknown}, which that year does not have");
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,19}$")]
    private static partial Regex RegimeName();

    [GeneratedRegex("^[A-Za-z]{1,5}[0-9]{1,3}(\\.[0-9]{1,2})?$")]
    private static partial Regex ItemCode();
}
