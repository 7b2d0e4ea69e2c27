using Prongsai.Import;
using static Prongsai.Tests.Import.HandWorkbook;

namespace Prongsai.Tests.Import;

/// <summary>A damaged workbook is refused with an error that names the sheet or part and, inside a sheet, the cell.</summary>
public class XlsxDamagedTests
{
    static readonly string Rows = InlineRow(1, "ความก้าวหน้าตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๗")
        + InlineRow(3, "ตัวชี้วัด", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีปฏิบัติ", "ระยะเวลาดำเนินการ")
        + InlineRow(4, "การใช้งบประมาณ", "กองคลัง", "ประชุม", "ต.ค. ๒๕๖๖");

    static ImportException Refused(HandWorkbook workbook) =>
        Assert.Throws<ImportException>(() => DocumentImporter.Read(workbook.Build(), "damaged.xlsx"));

    [Fact]
    public void The_intact_workbook_the_damage_is_done_to_is_read() =>
        Assert.Equal([2], DocumentImporter.Read(new HandWorkbook().Sheet("IIT", Rows).Build(), "intact.xlsx").Document.Measures.Single().Indicators);

    [Fact]
    public void A_sheet_whose_part_is_missing_is_refused_naming_the_sheet_and_the_part()
    {
        var error = Refused(new HandWorkbook().Sheet("IIT", Rows).Sheet("EIT", Rows).Part("xl/worksheets/sheet2.xml", null));

        Assert.Equal("damaged.xlsx", error.Location.File);
        Assert.Equal("the sheet \"EIT\" is in xl/worksheets/sheet2.xml, which is not in the file", error.Reason);
    }

    [Theory]
    [InlineData("../../outside.xml")]
    [InlineData("/../worksheets/sheet1.xml")]
    [InlineData("worksheets/%2E%2E/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://example.org/sheet1.xml")]
    public void A_sheet_pointing_outside_the_zip_is_refused_naming_the_sheet(string target)
    {
        var error = Refused(new HandWorkbook().Sheet("แบบวัด IIT", Rows, target: target));

        Assert.StartsWith("the sheet \"แบบวัด IIT\" points outside the workbook, to ", error.Reason);
        Assert.Contains(target, error.Reason);
    }

    [Fact]
    public void A_sheet_relationship_marked_external_is_refused()
    {
        var rels = """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdSheet1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml" TargetMode="External"/></Relationships>""";

        var error = Refused(new HandWorkbook().Sheet("IIT", Rows).Part("xl/_rels/workbook.xml.rels", rels));

        Assert.Contains("the sheet \"IIT\" points outside the workbook", error.Reason);
    }

    [Fact]
    public void A_sheet_naming_a_relationship_the_workbook_does_not_have_is_refused()
    {
        var rels = """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>""";

        var error = Refused(new HandWorkbook().Sheet("IIT", Rows).Part("xl/_rels/workbook.xml.rels", rels));

        Assert.Equal("the sheet \"IIT\" names the relationship \"rIdSheet1\", which the workbook's relationships do not hold", error.Reason);
    }

    [Fact]
    public void Bad_xml_in_a_sheet_is_refused_at_the_cell_read_last()
    {
        var broken = Rows + """<row r="5"><c r="A5" t="inlineStr"><is><t>การใช้อำนาจ</t></is></c><c r="B5" t="inlineStr"><is><t>กองช่าง</is></c></row>""";

        var error = Refused(new HandWorkbook().Sheet("IIT", broken));

        Assert.Equal((5, "IIT!B5"), (error.Location.Row, error.Location.Cell));
        Assert.StartsWith("xl/worksheets/sheet1.xml is not well-formed XML (line 1, position ", error.Reason);
        Assert.Contains("in or after cell IIT!B5", error.Reason);
        Assert.Equal("damaged.xlsx, row 5, cell IIT!B5: " + error.Reason, error.Message);
    }

    [Theory]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    [InlineData("_rels/.rels")]
    [InlineData("xl/sharedStrings.xml")]
    [InlineData("xl/styles.xml")]
    public void Bad_xml_in_any_part_is_refused_naming_the_part(string part)
    {
        var workbook = new HandWorkbook { SharedStrings = "<si><t>x</t></si>", Styles = "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>" }
            .Sheet("IIT", Rows)
            .Part(part, "<?xml version=\"1.0\"?><root><unclosed></root>");

        var error = Refused(workbook);

        Assert.StartsWith($"{part} is not well-formed XML (line 1, position ", error.Reason);
    }

    [Fact]
    public void A_workbook_without_its_workbook_part_is_refused()
    {
        var rels = """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/book.xml"/></Relationships>""";

        var error = Refused(new HandWorkbook().Sheet("IIT", Rows).Part("_rels/.rels", rels));

        Assert.Equal("the XLSX has no workbook: xl/book.xml is not in the file", error.Reason);
    }

    [Fact]
    public void A_sheet_listed_ten_thousand_times_is_refused_without_reading_it_again_and_again()
    {
        var sheets = string.Concat(Enumerable.Range(1, 10_000).Select(i => $"<sheet name=\"s{i}\" sheetId=\"{i}\" r:id=\"rIdSheet1\"/>"));
        var workbook = $"""<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>""";

        var error = Refused(new HandWorkbook().Sheet("IIT", Rows).Part("xl/workbook.xml", workbook));

        Assert.Equal("the workbook lists more than 1,000 sheets; a measures workbook has a few", error.Reason);
    }
}
