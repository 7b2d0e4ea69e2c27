using Prongsai.Documents;
using Prongsai.Import;
using static Prongsai.Tests.Import.HandWorkbook;

namespace Prongsai.Tests.Import;

/// <summary>
/// Workbooks as other producers than Excel write them (LibreOffice Calc, Google Sheets, WPS, Numbers, generators),
/// each built by hand as small as its producer makes it, read to the measures the importer yields (issue 12).
/// </summary>
public class XlsxProducersTests
{
    const string Title = "ความก้าวหน้าการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๗";
    const string Agency = "เทศบาลตำบลบ้านฉาง";

    static readonly string[] Header = ["ที่", "มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีปฏิบัติ", "ระยะเวลาดำเนินการ", "สถานะ", "ผลการดำเนินงาน"];

    static readonly string[] Budget = ["1", "มาตรการใช้งบประมาณ", "การใช้งบประมาณ", "กองคลัง", "1. ประชุม\n2. รายงาน", "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗", "ดำเนินการแล้ว", "รายงานแล้ว"];

    static readonly string[] Communication = ["2", "มาตรการสื่อสาร", "ประสิทธิภาพการสื่อสาร", "สำนักปลัด", "ประชาสัมพันธ์", "ต.ค. ๒๕๖๖ – มี.ค. ๒๕๖๗", "อยู่ระหว่างดำเนินการ", ""];

    /// <summary>Title, agency and header rows, then the two measures, all as inline strings.</summary>
    static string Rows(params string[][] measures) =>
        InlineRow(1, Title) + InlineRow(2, Agency) + InlineRow(3, Header)
        + string.Concat(measures.Select((m, i) => InlineRow(4 + i, m)));

    static MeasuresDocument Import(byte[] xlsx) => DocumentImporter.Read(xlsx, "other.xlsx").Document;

    static ImportException Refused(byte[] xlsx) => Assert.Throws<ImportException>(() => DocumentImporter.Read(xlsx, "damaged.xlsx"));

    /// <summary>The measures the standard rows hold, whatever wrote them.</summary>
    static void AssertTheTwoMeasures(MeasuresDocument document)
    {
        Assert.Equal((DocumentKind.Progress, 2567), (document.Kind, document.FiscalYear));
        Assert.Equal(["มาตรการใช้งบประมาณ", "มาตรการสื่อสาร"], document.Measures.Select(m => m.Name));
        Assert.Equal([[2], [7]], document.Measures.Select(m => m.Indicators));
        Assert.Equal([Tool.IIT, Tool.EIT], document.Measures.Select(m => m.Tool));
        Assert.Equal([["กองคลัง"], ["สำนักปลัด"]], document.Measures.Select(m => m.ResponsibleUnits));
        Assert.Equal(["ประชุม", "รายงาน"], document.Measures[0].Steps);
        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2024, 9, 30)), (document.Measures[0].Period?.Start, document.Measures[0].Period?.End));
        Assert.Equal(new DateOnly(2024, 3, 31), document.Measures[1].Period?.End);
        Assert.Equal([MeasureStatus.Done, MeasureStatus.InProgress], document.Measures.Select(m => m.Status));
        Assert.Equal(["รายงานแล้ว"], document.Measures[0].Results);
    }

    [Fact]
    public void A_workbook_of_inline_strings_without_styles_or_shared_strings_is_read()
    {
        var xlsx = new HandWorkbook().Sheet("Sheet1", Rows(Budget, Communication)).Build();

        AssertTheTwoMeasures(Import(xlsx));
    }

    [Fact]
    public void Rich_inline_runs_and_formula_text_results_are_the_text_the_cell_shows()
    {
        var row = $"""
            <row r="4">{Inline("A4", "1")}
            <c r="B4" t="inlineStr"><is><r><rPr><b/></rPr><t>มาตรการ</t></r><r><t xml:space="preserve">ใช้งบประมาณ</t></r></is></c>
            {Inline("C4", "การใช้งบประมาณ")}{Inline("D4", "กองคลัง")}
            <c r="E4" t="inlineStr"><is><r><t xml:space="preserve">1. ประชุม
            </t></r><r><rPr><i/></rPr><t>2. รายงาน</t></r></is></c>
            {Inline("F4", "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗")}
            <c r="G4" t="str"><f>IF(H4&lt;&gt;"","ดำเนินการแล้ว","ยังไม่ดำเนินการ")</f><v>ดำเนินการแล้ว</v></c>
            <c r="H4" t="str"><f>"รายงาน"&amp;"แล้ว"</f><v>รายงานแล้ว</v></c></row>
            """;
        var sheet = InlineRow(1, Title) + InlineRow(2, Agency) + InlineRow(3, Header) + row + InlineRow(5, Communication);

        AssertTheTwoMeasures(Import(new HandWorkbook().Sheet("Sheet1", sheet).Build()));
    }

    [Fact]
    public void Shared_strings_keep_their_rich_runs_and_leave_phonetic_guides_out()
    {
        var strings = string.Concat(Budget.Concat(Communication).Select(t => $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(t)}</t></si>"))
            + "<si><r><rPr><b/></rPr><t>ความก้าวหน้า</t></r><r><t>การดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๗</t></r><rPh sb=\"0\" eb=\"4\"><t>ふりがな</t></rPh><phoneticPr fontId=\"1\"/></si>";
        static string Shared(int row, int first, int count) =>
            $"""<row r="{row}">{string.Concat(Enumerable.Range(0, count).Select(i => $"<c r=\"{Column(i)}{row}\" t=\"s\"><v>{first + i}</v></c>"))}</row>""";
        var sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>16</v></c></row>" + InlineRow(2, Agency) + InlineRow(3, Header)
            + Shared(4, 0, 8) + Shared(5, 8, 7);
        var xlsx = new HandWorkbook { SharedStrings = strings }.Sheet("Sheet1", sheet).Build();

        var source = DocumentImporter.ReadSource(xlsx, "shared.xlsx");

        Assert.Equal("ความก้าวหน้าการดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๗", source.Blocks.OfType<SourceRow>().First().Cells[0].Text);
        AssertTheTwoMeasures(Import(xlsx));
    }

    [Fact]
    public void Cells_without_references_take_their_place_from_the_order_they_come_in()
    {
        // Rows and cells without r, an empty cell holding a place, and a cell with r after a gap followed by ones without.
        static string Plain(string[] cells) => $"<row>{string.Concat(cells.Select(c => c.Length == 0 ? "<c/>" : Inline(null, c)))}</row>";
        var gapped = $"<row r=\"5\">{Inline(null, "2")}{Inline("B5", Communication[1])}{string.Concat(Communication[2..].Select(c => c.Length == 0 ? "" : Inline(null, c)))}</row>";
        var sheet = Plain([Title]) + Plain([Agency]) + Plain(Header) + Plain(Budget) + gapped;
        var xlsx = new HandWorkbook().Sheet("Sheet1", sheet).Build();

        var cells = DocumentImporter.ReadSource(xlsx, "implied.xlsx").Blocks.OfType<SourceRow>().SelectMany(r => r.Cells).ToDictionary(c => c.Name, c => c.Text);

        Assert.Equal("กองคลัง", cells["Sheet1!D4"]);
        Assert.Equal("ประสิทธิภาพการสื่อสาร", cells["Sheet1!C5"]);
        AssertTheTwoMeasures(Import(xlsx));
    }

    [Fact]
    public void Sheets_come_in_workbook_order_under_thai_names_whatever_their_files_and_targets()
    {
        static string Sheet(string[] measure) => InlineRow(1, Title) + InlineRow(2, Agency) + InlineRow(3, Header) + InlineRow(4, measure);
        string[] open = ["1", "มาตรการเปิดเผยข้อมูล", "การเปิดเผยข้อมูล", "กองช่าง", "เผยแพร่", "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗", "ยังไม่ดำเนินการ", ""];
        var xlsx = new HandWorkbook()
            .Sheet("ส่วนได้ส่วนเสียภายใน", Sheet(Budget), file: "xl/worksheets/sheet3.xml", target: "/xl/worksheets/sheet3.xml")
            .Sheet("รายการ", InlineRow(1, "กองคลัง"), file: "xl/worksheets/sheet4.xml", state: "hidden")
            .Sheet("ส่วนได้ส่วนเสียภายนอก", Sheet(Communication), file: "xl/worksheets/sheet1.xml", target: "worksheets/sheet1.xml")
            .Sheet("เปิดเผยข้อมูลสาธารณะ", Sheet(open), file: "xl/worksheets/Sheet2.XML", target: "./worksheets/../worksheets/sheet2.xml")
            .Build();

        var document = Import(xlsx);

        Assert.Equal([Tool.IIT, Tool.EIT, Tool.OIT], document.Measures.Select(m => m.Tool));
        Assert.Equal(["มาตรการใช้งบประมาณ", "มาตรการสื่อสาร", "มาตรการเปิดเผยข้อมูล"], document.Measures.Select(m => m.Name));
        Assert.Equal([MeasureStatus.Done, MeasureStatus.InProgress, MeasureStatus.NotStarted], document.Measures.Select(m => m.Status));
        Assert.DoesNotContain(DocumentImporter.ReadSource(xlsx, "x.xlsx").Blocks, b => b is SourceText { Text: "รายการ" });
    }

    [Fact]
    public void Strict_open_xml_is_read_like_transitional()
    {
        var strings = string.Concat(Budget.Select(t => $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(t)}</t></si>"));
        var budgetRow = $"""<row r="4">{string.Concat(Enumerable.Range(0, 8).Select(i => $"<c r=\"{Column(i)}4\" t=\"s\"><v>{i}</v></c>"))}</row>""";
        // The second measure's period ends on a date cell: 31 March 2024 (serial 45382) under a Thai date format.
        var communication = InlineRow(5, [.. Communication[..5]]).Replace("</row>", "", StringComparison.Ordinal)
            + $"<c r=\"F5\" s=\"1\"><v>45382</v></c>{Inline("G5", Communication[6])}</row>";
        var xlsx = new HandWorkbook
        {
            Strict = true,
            SharedStrings = strings,
            Styles = """<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-th-TH]d mmm yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>""",
        }.Sheet("Sheet1", InlineRow(1, Title) + InlineRow(2, Agency) + InlineRow(3, Header) + budgetRow + communication).Build();

        var document = Import(xlsx);

        Assert.Equal(["มาตรการใช้งบประมาณ", "มาตรการสื่อสาร"], document.Measures.Select(m => m.Name));
        Assert.Equal(["ประชุม", "รายงาน"], document.Measures[0].Steps);
        Assert.Equal("31 มี.ค. 2567", document.Measures[1].Period?.Text);
        Assert.Equal(new DateOnly(2024, 3, 31), document.Measures[1].Period?.End);
        Assert.Equal([MeasureStatus.Done, MeasureStatus.InProgress], document.Measures.Select(m => m.Status));
    }

    [Fact]
    public void Excel_checkboxes_in_the_three_status_columns_mark_the_status_that_is_true()
    {
        // Excel 365's checkboxes are boolean cells: t="b" with 1 for ticked and 0 for not.
        string[] header = [.. Header[..6], "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว", "ผลการดำเนินงาน"];
        static string Row(int row, string[] texts, bool[] ticks) =>
            InlineRow(row, texts[..6]).Replace("</row>", string.Concat(ticks.Select((t, i) => $"<c r=\"{Column(6 + i)}{row}\" t=\"b\"><v>{(t ? 1 : 0)}</v></c>"))
                + Inline($"J{row}", texts[7]) + "</row>", StringComparison.Ordinal);
        var sheet = InlineRow(1, Title) + InlineRow(2, Agency) + InlineRow(3, header)
            + Row(4, Budget, [false, false, true]) + Row(5, Communication, [false, true, false]);

        var document = Import(new HandWorkbook().Sheet("Sheet1", sheet).Build());

        Assert.Equal([MeasureStatus.Done, MeasureStatus.InProgress], document.Measures.Select(m => m.Status));
        Assert.Equal(["รายงานแล้ว"], document.Measures[0].Results);
    }

    [Fact]
    public void A_header_merged_over_the_status_columns_reads_its_statuses_from_the_row_below()
    {
        string[] top = ["ที่", "มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีปฏิบัติ", "ระยะเวลาดำเนินการ", "สถานะการดำเนินงาน", "", "", "ผลการดำเนินงาน"];
        string[] below = ["", "", "", "", "", "", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว", ""];
        string[] first = [.. Budget[..6], "", "", "✓", Budget[7]];
        string[] second = [.. Communication[..6], "", "✓", "", ""];
        // Calc and Excel write the merged cells' places as empty styled cells; the value stays in the first.
        var merges = "<mergeCells count=\"8\"><mergeCell ref=\"A3:A4\"/><mergeCell ref=\"B3:B4\"/><mergeCell ref=\"C3:C4\"/><mergeCell ref=\"D3:D4\"/>"
            + "<mergeCell ref=\"E3:E4\"/><mergeCell ref=\"F3:F4\"/><mergeCell ref=\"G3:I3\"/><mergeCell ref=\"J3:J4\"/></mergeCells>";
        var sheet = InlineRow(1, Title) + InlineRow(2, Agency) + InlineRow(3, top).Replace("</row>", "<c r=\"H3\" s=\"1\"/><c r=\"I3\" s=\"1\"/></row>", StringComparison.Ordinal)
            + InlineRow(4, below) + InlineRow(5, first) + InlineRow(6, second);

        var document = Import(new HandWorkbook().Sheet("Sheet1", sheet, after: merges).Build());

        Assert.Equal(["มาตรการใช้งบประมาณ", "มาตรการสื่อสาร"], document.Measures.Select(m => m.Name));
        Assert.Equal([MeasureStatus.Done, MeasureStatus.InProgress], document.Measures.Select(m => m.Status));
        Assert.Equal(["รายงานแล้ว"], document.Measures[0].Results);
        Assert.Equal(["ประชุม", "รายงาน"], document.Measures[0].Steps);
    }

    [Fact]
    public void Our_own_xlsx_report_imports_back_to_the_same_measures()
    {
        var expected = Fixtures.Expected();

        var document = DocumentImporter.Read(Prongsai.Reports.XlsxReportWriter.Write(expected), "report.xlsx").Document;

        MeasuresAssert.SameMeasures(expected.Measures, document.Measures);
    }
}
