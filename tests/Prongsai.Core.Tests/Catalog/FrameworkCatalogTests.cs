using Prongsai.Catalog;
using Prongsai.Documents;

namespace Prongsai.Tests.Catalog;

public class FrameworkCatalogTests
{
    [Fact]
    public void Ships_the_frameworks_of_2564_to_2569()
    {
        Assert.Equal([2564, 2565, 2566, 2567, 2568, 2569], FrameworkCatalog.Default.FiscalYears);
        foreach (var year in FrameworkCatalog.Default.FiscalYears)
        {
            var framework = FrameworkCatalog.Default.For(year);
            Assert.Equal(10, framework.Indicators.Count);
            Assert.Equal(1.0m, framework.Tools.Sum(t => t.Weight));
        }
    }

    [Fact]
    public void Grades_until_2565_and_levels_from_2566()
    {
        Assert.Equal("AA", FrameworkCatalog.Default.For(2565).Levels.Bands[0].Name);
        Assert.Equal("ผ่านดีเยี่ยม", FrameworkCatalog.Default.For(2566).Levels.Bands[0].Name);
    }

    [Fact]
    public void The_year_without_a_file_uses_the_latest_earlier_framework() =>
        Assert.Equal(2569, FrameworkCatalog.Default.For(2570).FiscalYear);

    [Fact]
    public void An_administrator_adds_next_years_framework_as_a_file()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-catalog-").FullName;
        var json = ShippedFrameworks.TextOf(2569)
            .Replace("\"fiscalYear\": 2569", "\"fiscalYear\": 2570", StringComparison.Ordinal)
            .Replace("\"passMark\": 85", "\"passMark\": 90", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "ita-2570.json"), json);

        var catalog = FrameworkCatalog.Load(folder);

        Assert.True(catalog.Has(2570));
        Assert.Equal(90, catalog.For(2570).PassMark);
    }

    [Fact]
    public void A_broken_framework_file_is_refused_with_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-catalog-").FullName;
        File.WriteAllText(Path.Combine(folder, "ita-2569.json"), "{ \"fiscalYear\": 2569, \"indicators\": [] }");

        var error = Assert.Throws<InvalidDataException>(() => FrameworkCatalog.Load(folder));

        Assert.Contains("ita-2569.json", error.Message);
    }

    [Theory]
    [InlineData("การใช้ งบประมาณ", 2)]
    [InlineData("การแก้ไขปัญหามูลค่าการทุจริต", 5)]
    [InlineData("การปรับปรุง การทำงาน", 8)]
    [InlineData("๑ . คุณภาพการดำเนินงาน", 6)]
    [InlineData("ประสิทธิภาพการสื่อสาร", 7)]
    [InlineData("คุณภาพการปฏิบัติงาน", 6)]
    [InlineData("การปฏิบัติหน้าที่", 1)]
    [InlineData("การใช้ทรัพย์สินของทางราชการ", 4)]
    [InlineData("การเปิดเผย ข้อมูล", 9)]
    [InlineData("การป้องกัน การทุจริต", 10)]
    [InlineData("ตัวชี้วัดที่ ๓", 3)]
    public void Matches_indicators_by_meaning_from_loose_text(string text, int expected) =>
        Assert.Equal(expected, IndicatorMatcher.Match(FrameworkCatalog.Default.For(2566), text)?.Number);

    [Fact]
    public void Text_that_names_no_indicator_matches_none() =>
        Assert.Null(IndicatorMatcher.Match(FrameworkCatalog.Default.For(2566), "ตัวชี้วัดของการประเมิน ITA อื่น ๆ"));

    [Fact]
    public void Several_indicators_in_prose_are_found_by_name_or_alias_in_the_order_written() =>
        Assert.Equal([1, 3], IndicatorMatcher.MatchAll(FrameworkCatalog.Default.For(2566), "การปฏิบัติงาน และการใช้อำนาจ").Select(i => i.Number));

    [Theory]
    [InlineData("การใช้งบประมาณการปฏิบัติหน้าที่", new[] { 2, 1 })]
    [InlineData("การปฏิบัติหน้าที่การใช้งบประมาณ", new[] { 1, 2 })]
    public void Names_written_end_to_end_are_both_found(string text, int[] expected) =>
        Assert.Equal(expected, IndicatorMatcher.MatchAll(FrameworkCatalog.Default.For(2566), text).Select(i => i.Number));

    [Fact]
    public void One_explicit_number_gives_way_to_a_keyword_as_the_single_match() =>
        Assert.Equal([7], IndicatorMatcher.MatchAll(FrameworkCatalog.Default.For(2566), "ตัวชี้วัดที่ ๓ ประชาสัมพันธ์").Select(i => i.Number));

    [Fact]
    public void A_shorter_name_right_after_a_longer_one_is_found_too()
    {
        var framework = FrameworkCatalog.Default.For(2566);
        var namesOnly = framework with { Indicators = [.. framework.Indicators.Select(i => i with { Aliases = [] })] };

        Assert.Equal([6, 1], IndicatorMatcher.MatchAll(namesOnly, "คุณภาพการดำเนินงานการปฏิบัติหน้าที่").Select(i => i.Number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_matches_no_indicator(string text)
    {
        Assert.Null(IndicatorMatcher.Match(FrameworkCatalog.Default.For(2566), text));
        Assert.Empty(IndicatorMatcher.MatchAll(FrameworkCatalog.Default.For(2566), text));
    }

    [Fact]
    public void An_item_code_the_year_lacks_is_no_item()
    {
        Assert.Null(FrameworkCatalog.Default.For(2566).Item("O99"));
        Assert.Equal("O43", FrameworkCatalog.Default.For(2566).Item("o43")?.Code);
    }

    [Fact]
    public void An_alias_of_only_spaces_and_tone_marks_matches_nothing()
    {
        var framework = FrameworkCatalog.Default.For(2566);
        var blankAlias = framework with
        {
            Indicators = [.. framework.Indicators.Select(i => i.Number == 3 ? i with { Aliases = [" ่ "] } : i)],
        };

        Assert.Equal([2], IndicatorMatcher.MatchAll(blankAlias, "การใช้งบประมาณ").Select(i => i.Number));
    }

    [Theory]
    [InlineData("การปฏิบัติหนาที", 1)]
    [InlineData("การใชงบประมาณ", 2)]
    [InlineData("การใช้งบประ๋มาณ", 2)]
    [InlineData("การใช้งบประ๊มาณ", 2)]
    public void Tone_marks_lost_or_added_by_a_scan_do_not_change_the_match(string text, int expected)
    {
        Assert.Equal(expected, IndicatorMatcher.Match(FrameworkCatalog.Default.For(2566), text)?.Number);
        Assert.Equal([expected], IndicatorMatcher.MatchAll(FrameworkCatalog.Default.For(2566), text).Select(i => i.Number));
    }

    [Fact]
    public void A_year_before_every_framework_uses_the_first_one() =>
        Assert.Equal(2564, FrameworkCatalog.Default.For(2560).FiscalYear);

    [Fact]
    public void A_frameworks_folder_that_does_not_exist_leaves_the_shipped_ones() =>
        Assert.Equal(FrameworkCatalog.Default.FiscalYears, FrameworkCatalog.Load(Path.Combine(Path.GetTempPath(), "prongsai-no-such-folder")).FiscalYears);

    [Fact]
    public void Only_files_named_regime_and_year_are_read_and_the_later_name_wins()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-catalog-").FullName;
        File.WriteAllText(Path.Combine(folder, "notes.json"), "not a framework");
        var json = ShippedFrameworks.TextOf(2569)
            .Replace("\"fiscalYear\": 2569", "\"fiscalYear\": 2570", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "ita-2570-b.json"), json.Replace("\"passMark\": 85", "\"passMark\": 90", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "ita-2570-a.json"), json.Replace("\"passMark\": 85", "\"passMark\": 80", StringComparison.Ordinal));

        var catalog = FrameworkCatalog.Load(folder);

        Assert.Equal(90, catalog.For(2570).PassMark);
    }

    [Fact]
    public void Every_indicator_belongs_to_its_tool()
    {
        var framework = FrameworkCatalog.Default.For(2566);
        Assert.All(framework.Indicators.Where(i => i.Number <= 5), i => Assert.Equal(Tool.IIT, i.Tool));
        Assert.All(framework.Indicators.Where(i => i.Number is >= 6 and <= 8), i => Assert.Equal(Tool.EIT, i.Tool));
        Assert.All(framework.Indicators.Where(i => i.Number >= 9), i => Assert.Equal(Tool.OIT, i.Tool));
    }
}
