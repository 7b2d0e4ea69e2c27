using System.IO.Compression;
using MiniExcelLibs;
using Prongsai.Reports;
using Columns = Prongsai.Reports.XlsxReportWriter.Columns;

namespace Prongsai.Tests.Reports;

public class XlsxReportWriterTests
{
    static List<IDictionary<string, object?>> ReadBack(byte[] xlsx) =>
        [.. new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];

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
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.DoesNotContain("<x:f>", sheet.ReadToEnd().Replace("<f>", "<x:f>", StringComparison.Ordinal));
    }
}
