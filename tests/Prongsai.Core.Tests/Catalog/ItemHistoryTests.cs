using Prongsai.Catalog;
using Prongsai.Scores;

namespace Prongsai.Tests.Catalog;

public class ItemHistoryTests
{
    static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    static ItemHistory.Line Line(IEnumerable<int> years, string code) =>
        ItemHistory.Trace([.. years.Select(y => Catalog.For(y))]).Single(l => l.Item.Code == code);

    [Fact]
    public void The_2568_progress_item_is_2567s_O43_by_the_mapping_not_2567s_O26()
    {
        var line = Line([2567, 2568], "O26");

        Assert.Equal(["O26"], line.CodesByYear[2568]);
        Assert.Contains("O43", line.CodesByYear[2567]);
        Assert.DoesNotContain("O26", line.CodesByYear[2567]);
    }

    [Fact]
    public void An_item_is_followed_back_over_several_years_and_through_a_year_that_kept_its_numbering()
    {
        var measures = Line([2566, 2567, 2568, 2569], "O25");

        Assert.Equal(["O25"], measures.CodesByYear[2568]);
        Assert.Equal(["O36", "O42"], measures.CodesByYear[2567].Order(StringComparer.Ordinal));
        Assert.Equal(["O36", "O42"], measures.CodesByYear[2566].Order(StringComparer.Ordinal));
        Assert.Equal(4, measures.CodesByYear.Count);
    }

    [Fact]
    public void Merged_items_carry_every_earlier_code_and_the_years_may_come_in_any_order()
    {
        var structure = Line([2568, 2567], "O1");

        Assert.Equal(["O1", "O3"], structure.CodesByYear[2567].Order(StringComparer.Ordinal));
        Assert.Empty(ItemHistory.Trace([]));
    }
}
