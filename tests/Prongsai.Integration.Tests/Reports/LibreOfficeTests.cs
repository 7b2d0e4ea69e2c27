using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Tests.Reports;

[Trait("Category", "Slow")]
public class LibreOfficeTests
{
    [Fact]
    public async Task LibreOffice_converts_our_docx_to_pdf_with_the_thai_text()
    {
        var directory = Path.Combine(ExternalTools.OutputDirectory, "libreoffice");
        Directory.CreateDirectory(directory);
        var docx = Path.Combine(directory, "seed-progress.docx");
        await File.WriteAllBytesAsync(docx, DocxReportWriter.Write(Seed.Document()));
        var pdf = Path.ChangeExtension(docx, ".pdf");
        File.Delete(pdf);

        // A private profile: LibreOffice refuses to run twice on one profile, and other tests may use it too.
        var profile = new Uri(Path.Combine(directory, "profile")).AbsoluteUri;
        await ExternalTools.RunAsync("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", directory, docx], TimeSpan.FromMinutes(3));

        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
        var raw = await ExternalTools.PdfToTextAsync(pdf);
        Assert.DoesNotContain('\uFFFD', raw);
        var text = ThaiText.Compact(raw);
        Assert.Contains(ThaiText.Compact(ReportText.ProgressTitle), text);
        Assert.Contains(ThaiText.Compact(ReportText.ToolHeading(Documents.Tool.EIT)), text);
        // Steps are not compared whole: LibreOffice splits tall rows across pages and pdftotext interleaves
        // cells that share a baseline, so a step's text is not contiguous in the extracted text (ours is, in Chromium's PDF).
        Assert.All(Seed.Document().Measures.SelectMany(m => m.ResponsibleUnits), unit => Assert.Contains(ThaiText.Compact(unit), text));
        var info = await ExternalTools.RunAsync("pdfinfo", [pdf]);
        Assert.Matches(@"Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts", info);
    }

    [Fact]
    public async Task LibreOffice_reads_every_step_monitoring_item_and_unit_of_our_docx()
    {
        var directory = Path.Combine(ExternalTools.OutputDirectory, "libreoffice-text");
        Directory.CreateDirectory(directory);
        var docx = Path.Combine(directory, "seed-progress.docx");
        var document = Seed.Document();
        await File.WriteAllBytesAsync(docx, DocxReportWriter.Write(document));
        var txt = Path.ChangeExtension(docx, ".txt");
        File.Delete(txt);

        // Plain text in document order, read by LibreOffice's own DOCX reader (not ours): every cell's text is whole.
        var profile = new Uri(Path.Combine(directory, "profile")).AbsoluteUri;
        await ExternalTools.RunAsync("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", directory, docx], TimeSpan.FromMinutes(3));

        Assert.True(File.Exists(txt), "LibreOffice wrote no text");
        var text = ThaiText.Compact(await File.ReadAllTextAsync(txt));
        var expected = document.Measures.SelectMany(m => m.Steps.Concat(m.Monitoring).Concat(m.ResponsibleUnits).Concat(m.Results)).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, item => Assert.Contains(ThaiText.Compact(item), text));
        Assert.Contains(ThaiText.Compact(ReportText.ProgressTitle), text);
    }
}
