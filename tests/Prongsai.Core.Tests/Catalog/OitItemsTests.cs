using Prongsai.Catalog;

namespace Prongsai.Tests.Catalog;

public class OitItemsTests
{
    static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    [Theory]
    [InlineData(2564)]
    [InlineData(2565)]
    [InlineData(2566)]
    [InlineData(2567)]
    public void Measures_are_O42_and_progress_O43_from_2564_to_2567(int year)
    {
        var framework = Catalog.For(year);
        Assert.Equal("O42", framework.ItemFor(OitRole.Measures)?.Code);
        Assert.Equal("O43", framework.ItemFor(OitRole.Progress)?.Code);
        Assert.Equal("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", framework.ItemFor(OitRole.Measures)?.Name);
    }

    [Theory]
    [InlineData(2566)]
    [InlineData(2567)]
    public void The_2566_and_2567_lists_have_43_items_in_order_with_the_ethics_items_at_O39_to_O41(int year)
    {
        var items = Catalog.For(year).Items;
        Assert.Equal(Enumerable.Range(1, 43).Select(n => $"O{n}"), items.Select(i => i.Code));
        Assert.Equal("ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ", items[38].Name);
        Assert.Equal("การขับเคลื่อนจริยธรรม", items[39].Name);
        Assert.Equal("การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ", items[40].Name);
        Assert.All(items, i => Assert.NotEmpty(i.Criteria));
        Assert.All(items, i => Assert.False(i.Provisional));
    }

    [Fact]
    public void The_2569_progress_item_reports_on_the_previous_fiscal_year()
    {
        var framework = Catalog.For(2569);
        var progress = framework.ItemFor(OitRole.Progress)!;

        Assert.Equal("O26", progress.Code);
        Assert.Equal(-1, progress.Covers);
        Assert.Equal(2568, framework.FiscalYearCovered(progress));
        Assert.Equal("O25", framework.ItemFor(OitRole.Measures)?.Code);
        Assert.Equal(0, framework.ItemFor(OitRole.Measures)?.Covers);
    }

    [Theory]
    [InlineData(2568, new string[0])]
    [InlineData(2569, new[] { "O25", "O26" })]
    public void Unconfirmed_items_are_marked_provisional_and_the_years_name_their_sources(int year, string[] confirmed)
    {
        var framework = Catalog.For(year);
        Assert.NotEmpty(framework.Items);
        Assert.Equal(confirmed, framework.Items.Where(i => !i.Provisional).Select(i => i.Code));
        Assert.True(framework.Sources.Count >= 2);
        Assert.Contains("PROVISIONAL", framework.Note);
    }

    [Fact]
    public void The_2569_list_follows_the_second_source_and_carries_2568_by_meaning()
    {
        var framework = Catalog.For(2569);
        var carry = ItemMapping.Between(Catalog.For(2568), framework);

        Assert.Equal(26, framework.Items.Count);
        Assert.Equal(["O12", "O14", "O18", "O22", "O24", "O26", "O9"], framework.Items.Where(i => i.Covers == -1).Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["O20"], carry.Single(c => c.From.Code == "O21").To.Select(i => i.Code));
        Assert.Equal(["O20"], carry.Single(c => c.From.Code == "O22").To.Select(i => i.Code));
        Assert.Equal(["O23", "O25"], carry.Single(c => c.From.Code == "O25").To.Select(i => i.Code));
        Assert.Empty(carry.Single(c => c.From.Code == "O10").To);
    }

    [Fact]
    public void Every_shipped_file_names_its_sources() =>
        Assert.All(Catalog.FiscalYears, y => Assert.NotEmpty(Catalog.For(y).Sources));

    [Fact]
    public void Items_carry_from_2567_to_2568_by_meaning_and_the_unmatched_are_listed()
    {
        var carry = ItemMapping.Between(Catalog.For(2567), Catalog.For(2568));

        Assert.Equal(43, carry.Count);
        Assert.Equal(["O25"], carry.Single(c => c.From.Code == "O42").To.Select(i => i.Code));
        Assert.Equal(["O26"], carry.Single(c => c.From.Code == "O43").To.Select(i => i.Code));
        Assert.Equal(["O1"], carry.Single(c => c.From.Code == "O3").To.Select(i => i.Code));
        Assert.Equal(["O16"], carry.Single(c => c.From.Code == "O40").To.Select(i => i.Code));
        Assert.Empty(ItemMapping.New(Catalog.For(2567), Catalog.For(2568)));
    }

    [Fact]
    public void Years_with_the_same_numbering_carry_by_code()
    {
        var carry = ItemMapping.Between(Catalog.For(2566), Catalog.For(2567));
        Assert.All(carry, c => Assert.Equal([c.From.Code], c.To.Select(i => i.Code)));
    }

    [Fact]
    public void An_administrator_adds_a_regime_as_a_file_without_touching_the_nacc_years()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-regime-").FullName;
        var json = ShippedFrameworks.TextOf(2567)
            .Replace("\"regime\": \"nacc\"", "\"regime\": \"moit\"", StringComparison.Ordinal)
            .Replace("\"fiscalYear\": 2567", "\"fiscalYear\": 2568", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "moit-2568.json"), json);

        var catalog = FrameworkCatalog.Load(folder);

        Assert.Equal(["moit", "nacc"], catalog.Regimes);
        Assert.Equal(43, catalog.For(2568, "moit").Items.Count);
        Assert.Equal(26, catalog.For(2568).Items.Count);
        Assert.False(catalog.Has(2567, "moit"));
    }

    [Fact]
    public void A_mapping_to_an_item_the_previous_year_lacks_is_refused_naming_the_file_and_item()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-regime-").FullName;
        var json = ShippedFrameworks.TextOf(2568).Replace("\"O36\",", "\"O99\",", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "ita-2568.json"), json);

        var error = Assert.Throws<InvalidDataException>(() => FrameworkCatalog.Load(folder));

        Assert.Contains("ita-2568.json", error.Message);
        Assert.Contains("O25", error.Message);
        Assert.Contains("O99", error.Message);
    }

    [Fact]
    public void Two_items_with_the_measures_role_are_refused()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-regime-").FullName;
        var json = ShippedFrameworks.TextOf(2566).Replace("\"role\": \"progress\"", "\"role\": \"measures\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "ita-2566.json"), json);

        var error = Assert.Throws<InvalidDataException>(() => FrameworkCatalog.Load(folder));

        Assert.Contains("O42 and O43", error.Message);
    }

    [Fact]
    public void Once_any_item_gives_a_mapping_only_mappings_carry_items_not_equal_codes()
    {
        var from = Year(2570, Item("O1"), Item("O2"));
        var to = Year(2571, Item("O1"), Item("O9", previous: "O1"));

        var carry = ItemMapping.Between(from, to);

        Assert.Equal(["O9"], carry.Single(c => c.From.Code == "O1").To.Select(i => i.Code));
        Assert.Empty(carry.Single(c => c.From.Code == "O2").To);
        Assert.Equal(["O1"], ItemMapping.New(from, to).Select(i => i.Code));
    }

    [Fact]
    public void Without_any_mapping_items_carry_by_code_in_any_letter_case()
    {
        var from = Year(2570, Item("O1"), Item("O2"));
        var to = Year(2571, Item("o1"), Item("O3"));

        var carry = ItemMapping.Between(from, to);

        Assert.Equal(["o1"], carry.Single(c => c.From.Code == "O1").To.Select(i => i.Code));
        Assert.Empty(carry.Single(c => c.From.Code == "O2").To);
        Assert.Equal(["O3"], ItemMapping.New(from, to).Select(i => i.Code));
    }

    static Framework Year(int year, params OitItem[] items) => new() { FiscalYear = year, Items = items };

    static OitItem Item(string code, params string[] previous) => new() { Code = code, Name = "ข้อ " + code, Previous = previous };
}
