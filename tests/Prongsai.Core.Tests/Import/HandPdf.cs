using System.Globalization;
using System.Text;

namespace Prongsai.Tests.Import;

/// <summary>
/// A PDF written object by object, 600 × 800 points, each page one content stream in PDF's own operators: so that a
/// test draws exactly the letters, marked content and paths it is about (text in Helvetica, y growing upwards).
/// </summary>
static class HandPdf
{
    public static byte[] Write(params string[] pages) => Write(pages, trailer: "");

    /// <summary>
    /// <paramref name="trailer"/> goes into the trailer dictionary, <paramref name="extra"/> are objects after the
    /// pages (numbered from 4 + 2 × pages), <paramref name="pagesCount"/> replaces the page tree's /Count.
    /// </summary>
    public static byte[] Write(IReadOnlyList<string> pages, string trailer, IReadOnlyList<string>? extra = null, string pagesCount = "")
    {
        // 1 catalog, 2 page tree, 3 font, then a page and its content for each page.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", pages.Select((_, i) => $"{4 + 2 * i} 0 R"))}] /Count {(pagesCount.Length > 0 ? pagesCount : pages.Count.ToString())} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        for (var i = 0; i < pages.Count; i++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>");
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(pages[i])} >>\nstream\n{pages[i]}\nendstream");
        }

        objects.AddRange(extra ?? []);
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>Helvetica text at (x, y) from the page's bottom left.</summary>
    public static string Text(string text, double x, double y, double size = 10) =>
        string.Create(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET\n");

    /// <summary>Marked content whose /ActualText (UTF-16, as producers write it) stands for the letters inside.</summary>
    public static string Actual(string actual, string inside) =>
        $"/Span << /ActualText <FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(actual))}> >> BDC\n{inside}EMC\n";
}
