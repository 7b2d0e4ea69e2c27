using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class UnreadableInputTests
{
    static ImportException Refused(byte[] bytes, string name) =>
        Assert.Throws<ImportException>(() => DocumentImporter.Read(bytes, name));

    [Fact]
    public void An_empty_file_is_refused_by_name() =>
        Assert.Equal("empty.txt: the file is empty", Refused([], "empty.txt").Message);

    [Fact]
    public void Binary_content_is_refused_whatever_the_name()
    {
        var error = Refused([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], "report.txt");

        Assert.StartsWith("report.txt: binary content", error.Message);
    }

    [Fact]
    public void A_truncated_docx_is_refused_as_damaged()
    {
        var docx = TestDocuments.Docx(Fixtures.Expected());

        var error = Refused(docx[..(docx.Length / 2)], "seed.docx");

        Assert.Contains("seed.docx", error.Message);
        Assert.Contains("damaged or truncated", error.Message);
    }

    [Fact]
    public void Text_without_a_table_of_measures_is_refused()
    {
        var error = Refused("ความก้าวหน้าการดำเนินงาน\nไม่มีตาราง\n"u8.ToArray(), "notes.txt");

        Assert.Equal("notes.txt", error.Location.File);
        Assert.Contains("no table of measures found", error.Reason);
    }

    [Fact]
    public void A_header_with_nothing_under_it_is_refused()
    {
        var header = File.ReadAllLines(Fixtures.BanchangText)[10];

        var error = Refused(System.Text.Encoding.UTF8.GetBytes(header + "\n"), "header-only.txt");

        Assert.Contains("header row but no measures", error.Reason);
    }

    [Fact]
    public void A_zip_that_is_no_office_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("hello");
        }

        Assert.Contains("neither a DOCX nor an XLSX", Refused(stream.ToArray(), "archive.docx").Reason);
    }

    [Fact]
    public void Legacy_thai_code_page_text_is_read()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var tis620 = System.Text.Encoding.GetEncoding(874).GetBytes(File.ReadAllText(Fixtures.BanchangText));

        var document = DocumentImporter.Read(tis620, "legacy.txt").Document;

        MeasuresAssert.SameDocument(Fixtures.Expected(), document);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_text_with_its_byte_order_mark_is_read(string encodingName)
    {
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        var utf16 = (byte[])[.. encoding.GetPreamble(), .. encoding.GetBytes(File.ReadAllText(Fixtures.BanchangText))];

        var document = DocumentImporter.Read(utf16, "utf16.txt").Document;

        MeasuresAssert.SameDocument(Fixtures.Expected(), document);
    }

    [Fact]
    public void A_document_without_any_year_asks_for_one()
    {
        var lines = File.ReadAllLines(Fixtures.BanchangText)
            .Select(l => l.Replace("ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖", "ตลอดปี", StringComparison.Ordinal).Replace("มี.ค. ๒๕๖๖", "ตามความเหมาะสม", StringComparison.Ordinal));

        var error = Refused(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)), "no-year.txt");

        Assert.Contains("fiscal year could not be found", error.Reason);
    }

    [Fact]
    public void The_caller_can_give_the_fiscal_year_a_document_leaves_out()
    {
        var lines = File.ReadAllLines(Fixtures.BanchangText).Select(l => l.Replace("มี.ค. ๒๕๖๖", "ตลอดปีงบประมาณ", StringComparison.Ordinal));

        var document = DocumentImporter.Read(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)), "x.txt", new ImportOptions { FiscalYear = 2566 }).Document;

        Assert.Equal(new DateOnly(2022, 10, 1), document.Measures[0].Period?.Start);
    }

    [Fact]
    public void Broken_interchange_json_is_refused_at_its_line()
    {
        var error = Refused("{\n  \"agency\": { \"name\": \"x\" },\n  \"fiscalYear\": \"soon\"\n}"u8.ToArray(), "broken.json");

        Assert.Equal(3, error.Location.Row);
        Assert.Contains("not interchange JSON", error.Reason);
    }
}
