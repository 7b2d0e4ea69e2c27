namespace Prongsai.Catalog;

/// <summary>How one year's OIT items carry into the next year's, by each item's <see cref="OitItem.Previous"/>.</summary>
public static class ItemMapping
{
    /// <summary>One item of the earlier year and the later year's items that carry it on (none: it has no counterpart).</summary>
    public sealed record Carry(OitItem From, IReadOnlyList<OitItem> To);

    public static IReadOnlyList<Carry> Between(Framework from, Framework to)
    {
        // When the two files are the same list (a year that kept the numbering and gave no mapping), same code is same item.
        var mapped = to.Items.Any(i => i.Previous.Count > 0);
        return from.Items
            .Select(item => new Carry(item, mapped
                ? to.Items.Where(t => t.Previous.Contains(item.Code, StringComparer.OrdinalIgnoreCase)).ToList()
                : to.Items.Where(t => string.Equals(t.Code, item.Code, StringComparison.OrdinalIgnoreCase)).ToList()))
            .ToList();
    }

    /// <summary>The later year's items that carry on nothing from the earlier year (new items).</summary>
    public static IReadOnlyList<OitItem> New(Framework from, Framework to)
    {
        var carried = Between(from, to).SelectMany(c => c.To).Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return to.Items.Where(i => !carried.Contains(i.Code)).ToList();
    }
}
