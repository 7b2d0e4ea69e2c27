using Prongsai.Printing;
using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Tests.Reports;

[Trait("Category", "Slow")]
public class PdfPrinterTests(PdfPrinterFixture fixture) : IClassFixture<PdfPrinterFixture>
{
    async Task<string> PrintSeedAsync(string name)
    {
        var pdf = await fixture.Printer.PrintAsync(HtmlReportWriter.Write(Seed.Document()));
        var path = Path.Combine(ExternalTools.OutputDirectory, name);
        await File.WriteAllBytesAsync(path, pdf);
        return path;
    }

    [Fact]
    public async Task Pdf_text_gives_back_every_step_in_thai_without_replacement_characters()
    {
        var text = await ExternalTools.PdfToTextAsync(await PrintSeedAsync("seed-progress.pdf"));

        Assert.DoesNotContain('\uFFFD', text);
        var compact = ThaiText.Compact(text);
        foreach (var step in Seed.Document().Measures.SelectMany(m => m.Steps))
        {
            Assert.Contains(ThaiText.Compact(step), compact);
        }

        Assert.Contains(ThaiText.Compact(ReportText.ProgressTitle), compact);
    }

    [Fact]
    public async Task Pages_are_a4_landscape_and_numbered_in_thai_digits()
    {
        var path = await PrintSeedAsync("seed-pages.pdf");
        var info = await ExternalTools.RunAsync("pdfinfo", [path]);
        Assert.Matches(@"Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts", info);

        var text = ThaiText.Compact(await ExternalTools.PdfToTextAsync(path));
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"หน้า๑/{ThaiDigits.ToThai(pages)}", text);
        Assert.Contains($"หน้า{ThaiDigits.ToThai(pages)}/{ThaiDigits.ToThai(pages)}", text);
    }

    [Fact]
    public async Task First_page_renders_to_a_picture_for_a_person_to_check()
    {
        var pdf = await PrintSeedAsync("seed-picture.pdf");
        var prefix = Path.Combine(ExternalTools.OutputDirectory, "seed-progress-page");
        await ExternalTools.RunAsync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);

        var png = new FileInfo(prefix + ".png");
        Assert.True(png.Exists, $"{png.FullName} was not written");

        // The same page as grey pixels (PGM, 30 dpi): an A4 landscape page with ink where a report has it.
        var grey = Path.Combine(ExternalTools.OutputDirectory, "seed-progress-grey");
        await ExternalTools.RunAsync("pdftoppm", ["-gray", "-r", "30", "-f", "1", "-l", "1", "-singlefile", pdf, grey]);
        var (width, height, pixels) = ReadPgm(await File.ReadAllBytesAsync(grey + ".pgm"));
        Assert.InRange(width, 345, 355);
        Assert.InRange(height, 244, 252);
        double Ink(int fromRow, int toRow) =>
            pixels.Skip(fromRow * width).Take((toRow - fromRow) * width).Count(p => p < 160) / (double)((toRow - fromRow) * width);
        var page = Ink(0, height);
        Assert.InRange(page, 0.02, 0.45);
        // The title and opening paragraph at the top, the table below it: ink in both halves, white margins around.
        Assert.True(Ink(0, height / 4) > 0.01, $"no title at the top of page 1 ({page:P1} ink overall)");
        Assert.True(Ink(height / 2, height) > 0.01, $"no table in the lower half of page 1 ({page:P1} ink overall)");
        Assert.Equal(0, Enumerable.Range(0, width).Count(x => pixels[x] < 160));
    }

    /// <summary>A binary PGM (P5) as width, height and one byte per pixel.</summary>
    static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] file)
    {
        var fields = new List<int>();
        var at = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(file, start, at - start), System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal("P5", System.Text.Encoding.ASCII.GetString(file, 0, 2));
        return (fields[0], fields[1], file[(at + 1)..]);
    }

    [Fact]
    public async Task Concurrent_prints_share_the_warm_browser_safely()
    {
        var documents = Enumerable.Range(1, 6).Select(i => Seed.WithFirstStep($"ขั้นตอนพิเศษหมายเลข{i}")).ToList();
        var pdfs = await Task.WhenAll(documents.Select((d, i) => fixture.Printer.PrintAsync(HtmlReportWriter.Write(d), owner: $"agency-{i % 3}")));

        for (var i = 0; i < pdfs.Length; i++)
        {
            var path = Path.Combine(ExternalTools.OutputDirectory, $"concurrent-{i + 1}.pdf");
            await File.WriteAllBytesAsync(path, pdfs[i]);
            Assert.Contains($"ขั้นตอนพิเศษหมายเลข{ThaiDigits.ToThai(i + 1)}", ThaiText.Compact(await ExternalTools.PdfToTextAsync(path)));
        }
    }

    [Fact]
    public async Task Without_chromium_printing_fails_with_the_install_hint()
    {
        await using var printer = new PdfPrinter(new PdfPrinterOptions { ChromiumPath = "/nonexistent/chromium" });
        var error = await Assert.ThrowsAsync<ChromiumNotFoundException>(() => printer.PrintAsync("<p>x</p>"));
        Assert.Contains("apt-get install chromium", error.Message);
    }
}
