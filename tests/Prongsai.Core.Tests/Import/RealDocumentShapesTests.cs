using System.Text;
using Prongsai.Catalog;
using Prongsai.Documents;
using Prongsai.Import;
using static Prongsai.Tests.Import.RealDocuments;

namespace Prongsai.Tests.Import;

/// <summary>What real documents hold that the seed does not (issue 12 §3).</summary>
public class RealDocumentShapesTests
{
    static readonly CellContent[] Integrity =
    [
        Plain("๑"),
        Plain("๑. มาตรการส่งเสริมการปฏิบัติหน้าที่อย่างโปร่งใส"),
        Plain("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ และตัวชี้วัดที่ ๒ การใช้งบประมาณ"),
        Plain("ทุกกอง/ฝ่าย"),
        Listed("ประชุมชี้แจงแนวทาง", "จัดทำคู่มือการปฏิบัติงาน", "เผยแพร่คู่มือทางเว็บไซต์"),
        new CellContent(["ติดตามผลทุกไตรมาส"], Nested: [["ผู้ติดตาม", "ปลัดเทศบาล"]]),
        Plain("ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗"),
        Plain("รายไตรมาส"),
    ];

    static readonly CellContent[] Budget =
    [
        Plain("๒"),
        Plain("มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ"),
        Plain("การใช้งบประมาณ"),
        Plain("กองคลัง/กองช่าง"),
        Listed("ประกาศแผนการใช้จ่ายงบประมาณ", "รายงานผลการใช้จ่ายรายเดือน"),
        Plain("นายกเทศมนตรีกำกับ"),
        Plain("ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗"),
        Plain("ราย ๖ เดือน"),
    ];

    static MeasuresDocument Import(byte[] bytes, string name) => DocumentImporter.Read(bytes, name).Document;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_word_measures_plan_keeps_names_and_reads_what_word_writes(bool framed)
    {
        var document = Import(WordPlan([Integrity, Budget], framed), "plan.docx");

        Assert.Equal((DocumentKind.Measures, 2567, "เทศบาลตำบลบ้านฉาง"), (document.Kind, document.FiscalYear, document.Agency.Name));
        Assert.Equal(["มาตรการส่งเสริมการปฏิบัติหน้าที่อย่างโปร่งใส", "มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ"], document.Measures.Select(m => m.Name));
        var first = document.Measures[0];
        Assert.Equal([1, 2], first.Indicators);
        Assert.Equal(["ทุกกอง/ฝ่าย"], first.ResponsibleUnits);
        Assert.Equal(["ประชุมชี้แจงแนวทาง", "จัดทำคู่มือการปฏิบัติงาน", "เผยแพร่คู่มือทางเว็บไซต์"], first.Steps);
        Assert.Equal(["ติดตามผลทุกไตรมาส", "ผู้ติดตาม", "ปลัดเทศบาล"], first.Monitoring);
        Assert.Null(first.Status);
        Assert.Empty(first.Results);
        Assert.Equal(["กองคลัง", "กองช่าง"], document.Measures[1].ResponsibleUnits);
        Assert.All(document.Measures, m => Assert.DoesNotContain(m.Steps.Concat(m.Monitoring), t => t.Contains("ลงชื่อ")));
    }

    [Fact]
    public void A_measures_plan_without_status_columns_has_no_status_findings()
    {
        var document = Import(WordPlan([Integrity]), "plan.docx");

        Assert.DoesNotContain(Prongsai.Checks.DocumentChecks.Run(document), f => f.Rule.StartsWith("status-", StringComparison.Ordinal));
    }

    [Fact]
    public void Status_written_as_a_word_in_one_column_is_read()
    {
        var markdown = """
            ความก้าวหน้าการดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลตำบลบ้านฉาง

            | ลำดับ | ชื่อมาตรการ | ตัวชี้วัด | ผู้รับผิดชอบ | ขั้นตอน | ระยะเวลา | สถานะการดำเนินงาน | ผลการดำเนินงาน |
            |---|---|---|---|---|---|---|---|
            | 1 | มาตรการ ก | การใช้อำนาจ | สำนักปลัด | ประชุม | ต.ค. ๖๖ | ดำเนินการแล้ว | ประชุมแล้ว ๒ ครั้ง |
            | 2 | มาตรการ ข | การใช้ทรัพย์สินของราชการ | กองคลัง | สำรวจ | ต.ค. ๖๖ | อยู่ระหว่างดำเนินการ | |
            | 3 | มาตรการ ค | การเปิดเผยข้อมูล | กองช่าง | เผยแพร่ | ต.ค. ๖๖ | ยังไม่ได้ดำเนินการ | |
            | 4 | มาตรการ ง | การป้องกันการทุจริต | กองช่าง | ตรวจ | ต.ค. ๖๖ | ยังไม่แล้วเสร็จ | |
            """;
        var document = Import(Encoding.UTF8.GetBytes(markdown), "progress.md");

        Assert.Equal(DocumentKind.Progress, document.Kind);
        Assert.Equal(["มาตรการ ก", "มาตรการ ข", "มาตรการ ค", "มาตรการ ง"], document.Measures.Select(m => m.Name));
        Assert.Equal([MeasureStatus.Done, MeasureStatus.InProgress, MeasureStatus.NotStarted, MeasureStatus.InProgress], document.Measures.Select(m => m.Status));
        Assert.Equal(["ประชุมแล้ว ๒ ครั้ง"], document.Measures[0].Results);
        Assert.Equal([[3], [4], [9], [10]], document.Measures.Select(m => m.Indicators));
    }

    [Fact]
    public void A_workbook_with_one_sheet_per_tool_under_title_rows_gives_each_sheet_its_tool()
    {
        string[] header = ["ที่", "มาตรการ", "ตัวชี้วัด", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีปฏิบัติ", "ระยะเวลาดำเนินการ", "สถานะ", "ผลการดำเนินงาน"];
        var sheets = new Dictionary<string, string[][]>
        {
            ["IIT"] = [["1", "มาตรการใช้งบประมาณ", "การใช้งบประมาณ", "กองคลัง", "1. ประชุม\n2. รายงาน", "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗", "ดำเนินการแล้ว", "รายงานแล้ว"]],
            ["EIT"] = [["1", "มาตรการสื่อสาร", "ประสิทธิภาพการสื่อสาร", "สำนักปลัด", "ประชาสัมพันธ์", "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗", "อยู่ระหว่างดำเนินการ", ""]],
            ["OIT"] = [["1", "มาตรการเปิดเผยข้อมูล", "การเปิดเผยข้อมูล", "กองช่าง", "เผยแพร่", "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗", "ยังไม่ดำเนินการ", ""]],
        };

        var document = Import(WorkbookPerTool(sheets, header), "progress.xlsx");

        Assert.Equal(2567, document.FiscalYear);
        Assert.Equal([Tool.IIT, Tool.EIT, Tool.OIT], document.Measures.Select(m => m.Tool));
        Assert.Equal(["มาตรการใช้งบประมาณ", "มาตรการสื่อสาร", "มาตรการเปิดเผยข้อมูล"], document.Measures.Select(m => m.Name));
        Assert.Equal(["ประชุม", "รายงาน"], document.Measures[0].Steps);
        Assert.Equal([MeasureStatus.Done, MeasureStatus.InProgress, MeasureStatus.NotStarted], document.Measures.Select(m => m.Status));
    }

    [Theory]
    [InlineData("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ และตัวชี้วัดที่ ๒ การใช้งบประมาณ", new[] { 1, 2 })]
    [InlineData("การปฏิบัติหน้าที่ และการใช้งบประมาณ และการใช้อำนาจ", new[] { 1, 2, 3 })]
    [InlineData("ตัวชี้วัดที่ 9 และตัวชี้วัดที่ 10", new[] { 9, 10 })]
    [InlineData("คุณภาพการปฏิบัติงาน", new[] { 6 })]
    [InlineData("การแก้ไขปัญหามูลค่าการทุจริต", new[] { 5 })]
    [InlineData("การใช้จ่ายงบประมาณ", new[] { 2 })]
    public void One_cell_naming_several_indicators_maps_to_all_of_them(string text, int[] expected)
    {
        var indicators = IndicatorMatcher.MatchAll(FrameworkCatalog.Default.For(2566), text);

        Assert.Equal(expected, indicators.Select(i => i.Number));
    }

    [Theory]
    [InlineData("ทุกกอง/ฝ่าย", new[] { "ทุกกอง/ฝ่าย" }, new string[0])]
    [InlineData("ทุกกอง/สำนัก/ส่วน", new[] { "ทุกกอง/สำนัก/ส่วน" }, new string[0])]
    [InlineData("ทุกส่วนราชการ", new[] { "ทุกส่วนราชการ" }, new string[0])]
    [InlineData("ทุก ส่วนราชการ", new[] { "ทุกส่วนราชการ" }, new string[0])]
    [InlineData("ผอ.ทุกกอง/ฝ่าย", new string[0], new[] { "ผอ.ทุกกอง/ฝ่าย" })]
    [InlineData("สำนักปลัด/กองคลัง", new[] { "สำนักปลัด", "กองคลัง" }, new string[0])]
    public void Unit_phrases_stay_whole(string cell, string[] units, string[] persons)
    {
        var parsed = ResponsibleParser.Parse([cell]);

        Assert.Equal(units, parsed.Units);
        Assert.Equal(persons, parsed.Persons);
    }

    [Theory]
    [InlineData("ดำเนินการแล้ว", MeasureStatus.Done)]
    [InlineData("ดำเนินการแล้วเสร็จ", MeasureStatus.Done)]
    [InlineData("อยู่ระหว่างดำเนินการ", MeasureStatus.InProgress)]
    [InlineData("ยังไม่แล้วเสร็จ", MeasureStatus.InProgress)]
    [InlineData("ยังไม่ได้ดำเนินการ", MeasureStatus.NotStarted)]
    [InlineData("ยังไม่ดำเนินการ", MeasureStatus.NotStarted)]
    public void Status_words(string word, MeasureStatus status) => Assert.Equal(status, StatusMarks.FromWords(word));
}
