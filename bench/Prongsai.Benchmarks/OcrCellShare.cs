using Prongsai.Import;
using Prongsai.Import.Ocr;
using Prongsai.Import.Readers.Pdf;
using Prongsai.Testing;

namespace Prongsai.Benchmarks;

/// <summary>
/// `-- ocr-cells DIR`: the exact-cell share of OCR on the scan the integration tests leave in DIR (chromium-scanned.pdf),
/// each cell compared with the same cell of the text PDF it was scanned from (chromium.pdf). Prints Markdown.
/// </summary>
static class OcrCellShare
{
    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "prongsai-test-output", "pdf-import");
        var text = PdfTableReader.Read("chromium.pdf", File.ReadAllBytes(Path.Combine(folder, "chromium.pdf")));
        // Years repaired as the importer does before interpreting (no fiscal year given, as from the CLI).
        var ocr = OcrYears.Repair(PdfTableReader.Read("chromium-scanned.pdf", File.ReadAllBytes(Path.Combine(folder, "chromium-scanned.pdf"))),
            null, Thai.FiscalYear.Of(DateOnly.FromDateTime(DateTime.UtcNow)).BuddhistYear + 1);
        var pairs = OcrCells.Compare(text, ocr);
        Console.WriteLine("Table cells of the scan against the text PDF's (whitespace removed before comparing):\n");
        Console.WriteLine(OcrCells.Markdown(pairs));
        var measures = OcrCells.CompareMeasures(DocumentImporter.Read(File.ReadAllBytes(Path.Combine(folder, "chromium.pdf")), "chromium.pdf").Document,
            DocumentImporter.Read(File.ReadAllBytes(Path.Combine(folder, "chromium-scanned.pdf")), "chromium-scanned.pdf").Document);
        Console.WriteLine("\nImported measures' fields (one per list item) against the text PDF's import:\n");
        Console.WriteLine(OcrCells.Markdown(measures));
        pairs = [.. pairs, .. measures];
        if (args.Contains("--misses"))
        {
            foreach (var line in ocr.Blocks.OfType<SourceText>())
            {
                Console.Error.WriteLine($"text: {line.Text}");
            }

            foreach (var miss in pairs.Where(p => !p.Exact))
            {
                Console.Error.WriteLine($"{miss.Field}: «{miss.Expected.ReplaceLineEndings(" ⏎ ")}» → «{miss.Actual.ReplaceLineEndings(" ⏎ ")}»");
            }
        }

        return 0;
    }
}
