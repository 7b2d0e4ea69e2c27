using Prongsai.Documents;
using Prongsai.Import;
using static Prongsai.Tests.Import.HandWorkbook;

namespace Prongsai.Tests.Import;

/// <summary>
/// A period typed as a date in a spreadsheet is a number shown through a format (or ISO text); the reader gives the
/// interpreter the date the user saw, and the period is read from it as from typed text.
/// </summary>
public class XlsxDateCellsTests
{
    static readonly string[] Header = ["ที่", "มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีปฏิบัติ", "ระยะเวลาดำเนินการ", "สถานะ"];

    /// <summary>A measure whose period cell is <paramref name="cell"/> (at F4), under a cell format of number format <paramref name="numFmtId"/>.</summary>
    static Measure Read(string cell, int numFmtId, string? formatCode, bool date1904 = false)
    {
        var custom = formatCode is null ? "" : $"""<numFmts count="1"><numFmt numFmtId="{numFmtId}" formatCode="{System.Security.SecurityElement.Escape(formatCode)}"/></numFmts>""";
        var row = InlineRow(4, "1", "มาตรการใช้งบประมาณ", "การใช้งบประมาณ", "กองคลัง", "ประชุม").Replace("</row>", "", StringComparison.Ordinal)
            + cell + Inline("G4", "ดำเนินการแล้ว") + "</row>";
        var xlsx = new HandWorkbook
        {
            Date1904 = date1904,
            Styles = $"""{custom}<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="{numFmtId}" fontId="0" applyNumberFormat="1"/></cellXfs>""",
        }.Sheet("Sheet1", InlineRow(1, "ความก้าวหน้าตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๗") + InlineRow(3, Header) + row).Build();

        return DocumentImporter.Read(xlsx, "dates.xlsx").Document.Measures.Single();
    }

    static string Serial(double serial) => $"<c r=\"F4\" s=\"1\"><v>{serial.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";

    [Theory]
    [InlineData(14, null, "1 ต.ค. 2566")]                            // built-in d/m/yyyy
    [InlineData(22, null, "1 ต.ค. 2566")]                            // built-in date and time
    [InlineData(71, null, "1 ต.ค. 2566")]                            // built-in Thai ว/ด/ปปปป
    [InlineData(164, "[$-th-TH]d mmm yyyy", "1 ต.ค. 2566")]          // Excel's Thai date
    [InlineData(165, "[$-107041E]d/m/yyyy;@", "1 ต.ค. 2566")]        // Thai locale, Buddhist calendar
    [InlineData(166, "B2dd/mm/yyyy", "1 ต.ค. 2566")]                 // calendar prefix before the date
    [InlineData(167, "d/m/bbbb", "1 ต.ค. 2566")]                     // bbbb: the Buddhist year
    [InlineData(168, "[$-D07041E]d mmmm yyyy", "๑ ตุลาคม ๒๕๖๖")]     // Thai digits, the month's full name
    [InlineData(169, "dd\\-mm\\-yyyy\\ \"น.\"", "1 ต.ค. 2566")]      // literals escaped and quoted
    [InlineData(175, "[$-1070000]d/m/yyyy", "1 ต.ค. 2566")]          // as WPS writes the Thai calendar
    [InlineData(176, "DD/MM/YYYY", "1 ต.ค. 2566")]                   // as LibreOffice writes its own codes
    public void A_date_under_a_date_format_is_the_day_the_user_saw(int numFmtId, string? formatCode, string text)
    {
        var measure = Read(Serial(45200), numFmtId, formatCode);

        Assert.Equal(text, measure.Period?.Text);
        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 1)), (measure.Period?.Start, measure.Period?.End));
    }

    [Theory]
    [InlineData(17, null, "ต.ค. 2566")]                             // built-in mmm-yy
    [InlineData(170, "[$-th-TH]mmmm yyyy", "ตุลาคม 2566")]
    [InlineData(171, "mmm\\ bb", "ต.ค. 2566")]
    public void A_date_under_a_month_format_is_the_whole_month(int numFmtId, string? formatCode, string text)
    {
        var measure = Read(Serial(45200.5), numFmtId, formatCode);

        Assert.Equal(text, measure.Period?.Text);
        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 31)), (measure.Period?.Start, measure.Period?.End));
    }

    [Theory]
    [InlineData(0, null)]                                            // General
    [InlineData(4, null)]                                            // #,##0.00
    [InlineData(172, "#,##0.00 \"วัน\";[Red]-#,##0.00")]             // d inside a literal and in [Red]
    [InlineData(173, "0.00E+00")]
    [InlineData(177, "[$฿-41E]#,##0.00")]                            // baht
    [InlineData(20, null)]                                           // h:mm, a time
    [InlineData(174, "[h]:mm:ss")]
    public void A_number_under_a_format_that_shows_no_date_stays_a_number(int numFmtId, string? formatCode)
    {
        var measure = Read(Serial(45200), numFmtId, formatCode);

        Assert.Equal("45200", measure.Period?.Text);
        Assert.Null(measure.Period?.Start);
    }

    [Fact]
    public void A_buddhist_year_typed_where_excel_expected_a_gregorian_one_is_the_year_the_user_saw()
    {
        // Typed 1/10/2566 in a Gregorian Excel: the number is 1 October of the year 2566, shown as 1/10/2566.
        var measure = Read(Serial(243527), 14, null);

        Assert.Equal(new DateOnly(2023, 10, 1), measure.Period?.Start);
    }

    [Fact]
    public void The_1904_date_system_counts_from_1904()
    {
        var measure = Read(Serial(45200 - 1462), 14, null, date1904: true);

        Assert.Equal(new DateOnly(2023, 10, 1), measure.Period?.Start);
    }

    [Theory]
    [InlineData("2023-10-01T00:00:00Z", 14, null, "1 ต.ค. 2566")]
    [InlineData("2023-10-01", 0, null, "1 ต.ค. 2566")]
    [InlineData("2023-10-15T08:30:00", 170, "[$-th-TH]mmmm yyyy", "ตุลาคม 2566")]
    public void An_iso_date_cell_is_read_as_the_format_shows_it(string iso, int numFmtId, string? formatCode, string text)
    {
        var measure = Read($"<c r=\"F4\" s=\"1\" t=\"d\"><v>{iso}</v></c>", numFmtId, formatCode);

        Assert.Equal(text, measure.Period?.Text);
        Assert.Equal(new DateOnly(2023, 10, 1), measure.Period?.Start);
    }

    [Fact]
    public void The_fiscal_year_comes_from_date_cells_when_the_title_names_none()
    {
        var xlsx = new HandWorkbook { Styles = """<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""" }
            .Sheet("Sheet1", InlineRow(1, "ความก้าวหน้าตามมาตรการ") + InlineRow(3, Header)
                + InlineRow(4, "1", "มาตรการใช้งบประมาณ", "การใช้งบประมาณ", "กองคลัง", "ประชุม").Replace("</row>", "", StringComparison.Ordinal)
                + Serial(45382) + Inline("G4", "ดำเนินการแล้ว") + "</row>")
            .Build();

        Assert.Equal(2567, DocumentImporter.Read(xlsx, "no-year.xlsx").Document.FiscalYear);
    }
}
