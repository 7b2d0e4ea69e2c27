using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Prongsai.Testing;

/// <summary>Scanned PDFs made in the test from a text PDF, as an agency's scanner makes them from the printed page.</summary>
public static class PdfScan
{
    /// <summary>
    /// Pages rasterised by pdftoppm at 200 dpi (a common scanner setting), wrapped as image-only pages of the same size;
    /// the intermediate files and NAME-scanned.pdf are left in <paramref name="folder"/> to look at.
    /// </summary>
    public static async Task<byte[]> ScanAsync(byte[] pdf, string folder, string name)
    {
        var input = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(input, pdf);
        var prefix = Path.Combine(folder, name + "-scan");
        foreach (var old in Directory.EnumerateFiles(folder, Path.GetFileName(prefix) + "-*.png"))
        {
            File.Delete(old);
        }

        await ExternalTools.RunAsync("pdftoppm", ["-r", "200", "-png", input, prefix]);
        var builder = new PdfDocumentBuilder();
        using var original = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pngs = Directory.EnumerateFiles(folder, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < pngs.Count; i++)
        {
            var size = original.GetPage(i + 1);
            var page = builder.AddPage(size.Width, size.Height);
            page.AddPng(await File.ReadAllBytesAsync(pngs[i]), new PdfRectangle(0, 0, size.Width, size.Height));
        }

        var scan = builder.Build();
        await File.WriteAllBytesAsync(Path.Combine(folder, name + "-scanned.pdf"), scan);
        return scan;
    }
}
