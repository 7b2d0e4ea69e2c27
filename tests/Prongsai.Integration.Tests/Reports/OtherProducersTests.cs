using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Tests.Reports;

/// <summary>
/// Documents made by another producer than ours or the SDK: LibreOffice turns an HTML measures plan (a name column,
/// a row-number column, a numbered list in a cell, a signature line after the table) into DOCX, as agencies'
/// staff do when they save from LibreOffice, and the importer reads it. Workbooks from Calc: Import/CalcWorkbookTests.
/// </summary>
public class OtherProducersTests
{
    const string Plan = """
        <html><head><meta charset="utf-8"></head><body>
        <p>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>
        <p>เทศบาลตำบลบ้านฉาง</p><p></p>
        <table border="1">
        <tr><td>ที่</td><td>มาตรการ</td><td>ตัวชี้วัด</td><td>ผู้รับผิดชอบ</td><td>ขั้นตอนหรือวิธีปฏิบัติ</td><td>ระยะเวลาดำเนินการ</td><td>การรายงานผล</td></tr>
        <tr><td>1</td><td>มาตรการส่งเสริมการปฏิบัติหน้าที่</td><td>ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ และตัวชี้วัดที่ ๒ การใช้งบประมาณ</td>
            <td>ทุกกอง/ฝ่าย</td><td><ol><li>ประชุมชี้แจง</li><li>จัดทำคู่มือ</li></ol></td><td>ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗</td><td>รายไตรมาส</td></tr>
        <tr><td>2</td><td>มาตรการเปิดเผยข้อมูล</td><td>การเปิดเผยข้อมูล</td>
            <td>กองคลัง/กองช่าง</td><td>เผยแพร่ทางเว็บไซต์</td><td>ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗</td><td>ราย ๖ เดือน</td></tr>
        </table>
        <p>ลงชื่อ ............................ ผู้รายงาน</p>
        </body></html>
        """;

    [Fact]
    public async Task A_plan_saved_by_libreoffice_writer_keeps_its_names_indicators_and_units()
    {
        const string filter = "HTML (StarWriter)", target = "docx:MS Word 2007 XML", extension = "docx";
        var directory = Path.Combine(ExternalTools.OutputDirectory, "other-producers", extension);
        Directory.CreateDirectory(directory);
        var html = Path.Combine(directory, "plan.html");
        await File.WriteAllTextAsync(html, Plan);
        var output = Path.ChangeExtension(html, extension);
        File.Delete(output);
        var profile = new Uri(Path.Combine(directory, "profile")).AbsoluteUri;

        await ExternalTools.RunAsync("soffice",
            [$"-env:UserInstallation={profile}", "--headless", $"--infilter={filter}", "--convert-to", target, "--outdir", directory, html],
            TimeSpan.FromMinutes(3));

        var document = DocumentImporter.Import(output);
        Assert.Equal((DocumentKind.Measures, 2567, "เทศบาลตำบลบ้านฉาง"), (document.Kind, document.FiscalYear, document.Agency.Name));
        Assert.Equal(["มาตรการส่งเสริมการปฏิบัติหน้าที่", "มาตรการเปิดเผยข้อมูล"], document.Measures.Select(m => m.Name));
        Assert.Equal([[1, 2], [9]], document.Measures.Select(m => m.Indicators));
        Assert.Equal(["ทุกกอง/ฝ่าย"], document.Measures[0].ResponsibleUnits);
        Assert.Equal(["กองคลัง", "กองช่าง"], document.Measures[1].ResponsibleUnits);
        Assert.Equal(2, document.Measures[0].Steps.Count);
        Assert.All(document.Measures, m => Assert.Null(m.Status));
    }
}
