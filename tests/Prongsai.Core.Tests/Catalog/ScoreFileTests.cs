using System.Text;
using Prongsai.Catalog;
using Prongsai.Documents;
using Prongsai.Reports;
using Prongsai.Scores;

namespace Prongsai.Tests.Catalog;

public class ScoreFileTests
{
    const string Header = "agency,fiscal year,total,iit,eit,oit,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10";

    static ScoreFile.Result Read(string csv) => ScoreFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "scores.csv");

    [Fact]
    public void Reads_every_column_with_Thai_or_Arabic_digits()
    {
        var result = Read($"\uFEFF{Header}\nbanchang,๒๕๖๖,88.5,90,80,93.75,95,90,85,80,70,88,89,90,91,92\n");
        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("banchang", 2566, 88.5m, 93.75m), (row.AgencySlug, row.FiscalYear, row.Total, row.Oit));
        Assert.Equal(70m, row.Indicators[4]);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void A_malformed_cell_is_named_by_line_and_column()
    {
        var result = Read($"{Header}\nbanchang,2566,88,90,80,93,95,90,85,80,70,88,89,90,91,92\nother,2566,88,90,80,93,95,90,85,x,70,88,89,90,91,92\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "i4"), (error.Line, error.Column));
    }

    [Fact]
    public void A_missing_required_column_is_refused_at_the_header()
    {
        var error = Assert.Single(Read("agency,total\nbanchang,88\n").Errors);
        Assert.Equal((1, "fiscalyear"), (error.Line, error.Column));
    }

    [Fact]
    public void The_analysis_names_indicators_below_the_target_and_opens_the_report()
    {
        var framework = FrameworkCatalog.Default.For(2566);
        decimal?[] indicators = [95, 90, 84.99m, 80, 70, 88, 89, 90, 91, null];
        Assert.Equal([3, 4, 5], ScoreAnalysis.BelowTarget(framework, indicators, 85).Select(s => s.Indicator));
        Assert.Equal([4, 5], ScoreAnalysis.BelowTarget(framework, indicators, 84).Select(s => s.Indicator));

        var paragraphs = ScoreAnalysis.Paragraphs(framework, 2566, 88.5m, "ผ่าน", indicators, 85);
        Assert.Contains("๘๘.๕", paragraphs[0]);
        Assert.Contains("ตัวชี้วัดที่ ๕", paragraphs[1]);
        var document = new MeasuresDocument
        {
            Agency = new AgencyName("เทศบาลตำบลทดสอบ"), FiscalYear = 2567,
            Measures = [new Measure { Tool = Tool.IIT, Indicators = [5], Steps = ["ประชุมชี้แจง"] }],
        };
        var html = HtmlReportWriter.Write(document, new ReportOptions { AnalysisParagraphs = paragraphs });
        var analysisAt = html.IndexOf("ผลการวิเคราะห์ผลการประเมิน", StringComparison.Ordinal);
        Assert.InRange(analysisAt, 0, html.IndexOf("<table", StringComparison.Ordinal));
        Assert.Contains("ตัวชี้วัดที่ ๕", html);
    }
}
