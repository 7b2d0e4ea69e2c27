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
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Prongsai.Core", "Catalog", "Frameworks", "ita-2569.json"))
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
    public void Every_indicator_belongs_to_its_tool()
    {
        var framework = FrameworkCatalog.Default.For(2566);
        Assert.All(framework.Indicators.Where(i => i.Number <= 5), i => Assert.Equal(Tool.IIT, i.Tool));
        Assert.All(framework.Indicators.Where(i => i.Number is >= 6 and <= 8), i => Assert.Equal(Tool.EIT, i.Tool));
        Assert.All(framework.Indicators.Where(i => i.Number >= 9), i => Assert.Equal(Tool.OIT, i.Tool));
    }
}
