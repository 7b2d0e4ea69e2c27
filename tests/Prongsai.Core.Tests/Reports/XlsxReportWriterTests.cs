using System.IO.Compression;
using MiniExcelLibs;
using Prongsai.Reports;
using Columns = Prongsai.Reports.XlsxReportWriter.Columns;

namespace Prongsai.Tests.Reports;

public class XlsxReportWriterTests
{
    // Values as strings: xunit compares two objects through IComparable, and string's culture-aware CompareTo
    // ignores the zero-width formula guard, so an object-typed assertion passed with the guard gone.
    static List<Dictionary<string, string?>> ReadBack(byte[] xlsx) =>
    [
        .. new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(row => row.ToDictionary(cell => cell.Key, cell => cell.Value?.ToString())),
    ];

    static string Sheet(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return sheet.ReadToEnd();
    }

    [Fact]
    public void Spreadsheet_reads_back_one_row_per_measure_with_thai_dates()
    {
        var rows = ReadBack(XlsxReportWriter.Write(Seed.Document()));
        Assert.Equal(3, rows.Count);
        Assert.Equal("IIT", rows[0][Columns.Tool]);
        Assert.Equal("๑ มี.ค. ๒๕๖๖", rows[0][Columns.Start]);
        Assert.Equal("๓๑ มี.ค. ๒๕๖๖", rows[0][Columns.End]);
        Assert.Equal("๑ ต.ค. ๒๕๖๕", rows[2][Columns.Start]);
        Assert.Equal("ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖", rows[2][Columns.Period]);
        Assert.Equal("๖, ๗, ๘", rows[2][Columns.Indicators]);
        Assert.Equal("ดำเนินการแล้ว", rows[2][Columns.Status]);
        Assert.Equal("รายไตรมาส", rows[2][Columns.Cadence]);
    }

    [Fact]
    public void Lists_are_one_item_per_line()
    {
        var rows = ReadBack(XlsxReportWriter.Write(Seed.Document()));
        var units = ((string)rows[1][Columns.Units]!).Split('\n');
        Assert.Equal(["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"], units);
        var steps = ((string)rows[2][Columns.Steps]!).Split('\n');
        Assert.Equal(5, steps.Length);
        Assert.StartsWith("๕. เปิดโอกาสให้บุคคลภายนอก", steps[4]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Text_that_looks_like_a_formula_is_written_as_plain_text(string attack)
    {
        var document = Seed.Document();
        document = document with { Measures = [document.Measures[0] with { IndicatorText = attack, ResponsibleUnits = [attack] }] };
        var xlsx = XlsxReportWriter.Write(document);

        var row = ReadBack(xlsx).Single();
        Assert.Equal("\u200B" + attack, row[Columns.IndicatorText]);
        Assert.Equal("\u200B" + attack, row[Columns.Units]);
        Assert.DoesNotContain("<x:f>", Sheet(xlsx).Replace("<f>", "<x:f>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@A1")]
    [InlineData("\tTAB")]
    [InlineData("\rCR")]
    public void A_cell_opening_with_a_formula_character_gets_the_guard(string text) =>
        Assert.Equal(XlsxReportWriter.FormulaGuard + text, XlsxReportWriter.Cell(text), StringComparer.Ordinal);

    [Theory]
    [InlineData("ข้อความ = ธรรมดา")]
    [InlineData("1-2")]
    [InlineData("#hashtag")]
    [InlineData("")]
    public void Text_that_cannot_be_a_formula_is_written_as_it_is(string text) =>
        Assert.Equal(text, XlsxReportWriter.Cell(text), StringComparer.Ordinal);

    [Fact]
    public void Header_row_has_a_filter_and_each_column_its_width()
    {
        var sheet = Sheet(XlsxReportWriter.Write(Seed.Document()));
        Assert.Matches("<(x:)?autoFilter ref=\"A1:O4\"", sheet);
        Assert.Matches("<(x:)?col min=\"8\" max=\"8\" width=\"60", sheet);
        Assert.Matches("<(x:)?col min=\"2\" max=\"2\" width=\"30", sheet);
    }

    [Fact]
    public void A_named_measure_has_its_name_in_its_own_column_and_not_again_among_the_steps()
    {
        var document = Seed.Document();
        var named = document.Measures[0] with { Name = "มาตรการเปิดเผยข้อมูล", Steps = ["ประกาศ", "รายงาน"] };
        var unnamed = document.Measures[1] with { Name = null, Steps = ["ประชุม"] };
        var rows = ReadBack(XlsxReportWriter.Write(document with { Measures = [named, unnamed] }));
        Assert.Equal("มาตรการเปิดเผยข้อมูล", rows[0][Columns.Name]);
        Assert.Equal("๑. ประกาศ\n๒. รายงาน", rows[0][Columns.Steps]);
        Assert.Equal("๑. ประชุม", rows[1][Columns.Steps]);
    }

    [Fact]
    public void A_measure_without_period_or_status_leaves_those_cells_empty()
    {
        var document = Seed.Document() with { Kind = Prongsai.Documents.DocumentKind.Measures };
        var bare = document.Measures[0] with { Period = null, Status = null };
        var row = ReadBack(XlsxReportWriter.Write(document with { Measures = [bare] })).Single();
        Assert.All([Columns.Start, Columns.End, Columns.Period, Columns.Status], column => Assert.True(string.IsNullOrEmpty(row[column]), column));
    }
}
