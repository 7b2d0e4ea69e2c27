using System.IO.Compression;
using System.Text;

namespace Prongsai.Tests.Cli;

/// <summary>
/// Crafted DOCX files whose document.xml inflates to about 90 MB from a few hundred KB (probe failure F6): a real
/// measures table padded with formatting that holds no text, or with text far beyond any measures document.
/// </summary>
static class LargeDocx
{
    public const long TargetXmlBytes = 90L * 1024 * 1024;

    const string Header =
        "<w:tr><w:tc><w:p><w:r><w:t>ตัวชี้วัด</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ผู้รับผิดชอบ</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>ขั้นตอนหรือวิธีปฏิบัติ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>การกำกับติดตาม</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>ระยะเวลาดำเนินการ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>การรายงานผล</w:t></w:r></w:p></w:tc></w:tr>";

    /// <summary>Three measures; every step paragraph padded with empty formatted runs (what bloated Word files hold).</summary>
    public static void WritePadded(string path) => Write(path, xml =>
    {
        const string padding = "<w:r><w:rPr><w:rFonts w:ascii=\"TH SarabunPSK\" w:cs=\"TH SarabunPSK\"/><w:b/><w:sz w:val=\"32\"/></w:rPr><w:t></w:t></w:r>";
        var paddingPerRow = (int)(TargetXmlBytes / 3 / padding.Length);
        for (var measure = 1; measure <= 3; measure++)
        {
            xml.Write("<w:tr><w:tc><w:p><w:r><w:t>การใช้งบประมาณ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>กองคลัง</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>๑. ประชุมชี้แจง</w:t></w:r>");
            for (var i = 0; i < paddingPerRow; i++)
            {
                xml.Write(padding);
            }

            xml.Write("</w:p></w:tc><w:tc><w:p><w:r><w:t>รายงานนายก</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>รายไตรมาส</w:t></w:r></w:p></w:tc></w:tr>");
        }
    });

    /// <summary>The same measure row repeated until the XML is 90 MB (or <paramref name="rows"/> times): far more text than any measures document.</summary>
    public static void WriteText(string path, long? rows = null) => Write(path, xml =>
    {
        const string row =
            "<w:tr><w:tc><w:p><w:r><w:t>การใช้งบประมาณ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>กองคลัง</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>๑. ประชุมชี้แจงแนวทางการใช้งบประมาณอย่างโปร่งใส</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>รายงานนายก</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>รายไตรมาส</w:t></w:r></w:p></w:tc></w:tr>";
        var count = rows ?? TargetXmlBytes / Encoding.UTF8.GetByteCount(row);
        for (var i = 0; i < count; i++)
        {
            xml.Write(row);
        }
    });

    static void Write(string path, Action<StreamWriter> rows)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        Entry(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        using var xml = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        xml.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        xml.Write("<w:p><w:r><w:t>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ เทศบาลตำบลบ้านฉาง</w:t></w:r></w:p>");
        xml.Write("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" + Header);
        rows(xml);
        xml.Write("</w:tbl></w:body></w:document>");
    }

    static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
