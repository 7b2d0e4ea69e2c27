using System.Globalization;
using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Import.Ocr;

/// <summary>Limits of OCR: it is slow (seconds a page), so pages, time and concurrency are bounded.</summary>
public sealed record OcrOptions
{
    /// <summary>200 dpi reads 14–16 pt Thai well; higher costs time without better results on clean scans.</summary>
    public int Dpi { get; init; } = 200;

    public int MaxPages { get; init; } = 20;

    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an upload waits for the OCR job before it (one per process at a time) is free.</summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The tesseract program; $PRONGSAI_TESSERACT overrides the one on PATH.</summary>
    public string Tesseract { get; init; } = Environment.GetEnvironmentVariable("PRONGSAI_TESSERACT") is { Length: > 0 } path ? path : "tesseract";

    public string Pdftoppm { get; init; } = "pdftoppm";

    public string Languages { get; init; } = "tha+eng";
}

/// <summary>
/// Scanned PDFs: pages rendered to grey images by pdftoppm, the table grid found from the ruling lines in the image,
/// each cell (and each band of text outside tables) cropped and read by tesseract (Thai + English, one process a page
/// for all its crops), then the same table model as a text PDF, every OCR'd cell marked with its confidence.
/// </summary>
public static class OcrReader
{
    /// <summary>One OCR job per process at a time: a long scan from one agency waits its turn rather than starving the rest.</summary>
    static readonly SemaphoreSlim Gate = new(1, 1);

    public static SourceDocument Read(string file, ReadOnlyMemory<byte> pdf, int pageCount, OcrOptions options)
    {
        var location = new ImportLocation(file);
        if (pageCount > options.MaxPages)
        {
            throw new ImportException(location, $"the PDF is a scan of {pageCount} pages; OCR reads at most {options.MaxPages} pages: split the file");
        }

        if (!Gate.Wait(options.QueueTimeout))
        {
            throw new ImportException(location, "the OCR of another scanned document is still running: try again in a few minutes");
        }

        var folder = Directory.CreateTempSubdirectory("prongsai-ocr-");
        try
        {
            CheckTesseract(options, location);
            var pages = Rasterize(pdf, folder.FullName, pageCount, options, location);
            var layouts = pages.Select((path, i) => ReadPage(path, i + 1, folder.FullName, options, location)).ToList();
            return PageTables.Read(file, layouts);
        }
        finally
        {
            Gate.Release();
            folder.Delete(recursive: true);
        }
    }

    static void CheckTesseract(OcrOptions options, ImportLocation location)
    {
        var result = Guarded(location, () => ExternalProgram.Run(options.Tesseract, ["--list-langs"], TimeSpan.FromSeconds(30), "tesseract-ocr tesseract-ocr-tha"));
        var languages = result.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var language in options.Languages.Split('+'))
        {
            if (!languages.Contains(language))
            {
                var package = language == "tha" ? "tesseract-ocr-tha" : $"tesseract-ocr-{language}";
                throw new ImportException(location, $"the PDF is a scan and needs OCR, but tesseract has no '{language}' language data: install it with `apt-get install {package}`",
                    new MissingProgramException("tesseract language " + language, package));
            }
        }
    }

    static List<string> Rasterize(ReadOnlyMemory<byte> pdf, string folder, int pageCount, OcrOptions options, ImportLocation location)
    {
        var input = Path.Combine(folder, "input.pdf");
        File.WriteAllBytes(input, pdf.ToArray());
        var dpi = options.Dpi.ToString(CultureInfo.InvariantCulture);
        var result = Guarded(location, () => ExternalProgram.Run(options.Pdftoppm, ["-r", dpi, "-gray", input, Path.Combine(folder, "page")],
            options.PageTimeout * pageCount, "poppler-utils"));
        if (result.ExitCode != 0)
        {
            throw new ImportException(location, $"pdftoppm could not render the scanned pages: {result.Error.Trim()}");
        }

        return [.. Directory.EnumerateFiles(folder, "page-*.pgm").Order(StringComparer.Ordinal)];
    }

    /// <summary>One crop to read: where it sits on the page, in pixels.</summary>
    sealed record Crop(int Left, int Top, int Right, int Bottom, IReadOnlyList<(int X, int Y)>? Erased = null);

    static PageLayout ReadPage(string path, int number, string folder, OcrOptions options, ImportLocation location)
    {
        var image = GrayImage.ReadPgm(path);
        var scale = 72.0 / options.Dpi;
        var segments = RulingLines.Find(image, options.Dpi);
        var crops = Crops(image, TableGrids.Find(segments), options.Dpi);
        var names = new List<string>();
        for (var i = 0; i < crops.Count; i++)
        {
            var name = Path.Combine(folder, $"crop-{number}-{i}.pgm");
            image.WritePgm(name, crops[i].Left, crops[i].Top, crops[i].Right, crops[i].Bottom, Margin, crops[i].Erased);
            names.Add(name);
        }

        var pieces = new List<TextPiece>();
        if (names.Count > 0)
        {
            foreach (var line in ReadLines(names, options.Languages, Path.Combine(folder, $"crops-{number}.txt"), number, options, location))
            {
                var crop = crops[line.Image - 1];
                var (x, top) = (crop.Left + line.Left - Margin, crop.Top + line.Top - Margin);
                pieces.Add(new TextPiece(line.Text, x * scale, (top + line.Height) * scale, line.Width * scale, line.Height * scale, pieces.Count, line.Confidence));
            }
        }

        return new PageLayout(number, image.Width * scale, image.Height * scale, segments, pieces);
    }

    /// <summary>
    /// Each crop's line of text. With Thai and English loaded tesseract takes some Thai lines for English outright: a
    /// period's "ต.ค. ๒๕๖๕" came back "A.A. ode", which Thai alone reads "ต.ุค.๒๕๒๐๕". A line read with no Thai letter
    /// is read again in Thai alone, and that reading is kept only when it is a date — a month and a year, as OcrYears
    /// repairs them — so English that is English ("E-Service", "(IIT)") stays.
    /// </summary>
    static List<TesseractTsv.Line> ReadLines(List<string> names, string languages, string list, int number, OcrOptions options, ImportLocation location)
    {
        var lines = Tesseract(names, languages, list, number, options, location);
        var latin = lines.Where(l => !l.Text.Any(c => c is >= '\u0E00' and <= '\u0E7F') && l.Text.Any(char.IsAsciiLetter)).ToList();
        if (latin.Count == 0 || languages == "tha" || !languages.Split('+').Contains("tha"))
        {
            return lines;
        }

        var again = Tesseract([.. latin.Select(l => names[l.Image - 1])], "tha", list + ".tha", number, options, location);
        var latestYear = Thai.FiscalYear.Of(DateOnly.FromDateTime(DateTime.UtcNow)).BuddhistYear + 1;
        foreach (var thai in again.Where(t => OcrYears.IsDate(t.Text, latestYear)))
        {
            var image = latin[thai.Image - 1].Image;
            lines = [.. lines.Where(l => l.Image != image), thai with { Image = image }];
        }

        return [.. lines.OrderBy(l => l.Image)];
    }

    static List<TesseractTsv.Line> Tesseract(List<string> names, string languages, string list, int number, OcrOptions options, ImportLocation location)
    {
        File.WriteAllLines(list, names);
        var dpi = options.Dpi.ToString(CultureInfo.InvariantCulture);
        var result = Guarded(location with { Row = null, Cell = $"page {number}" }, () => ExternalProgram.Run(options.Tesseract,
            [list, "stdout", "-l", languages, "--psm", "7", "--dpi", dpi, "tsv"], options.PageTimeout, "tesseract-ocr tesseract-ocr-tha"));
        if (result.ExitCode != 0)
        {
            throw new ImportException(location, $"tesseract could not read page {number}: {result.Error.Trim()}");
        }

        return [.. TesseractTsv.Lines(result.Output).Where(l => l.Image >= 1 && l.Image <= names.Count)];
    }

    /// <summary>White added around each crop: tesseract misreads text that touches the image edge.</summary>
    const int Margin = 10;

    /// <summary>Every table cell with ink (inset past its borders), and the bands of page text above, between and below tables.</summary>
    static List<Crop> Crops(GrayImage image, IReadOnlyList<TableGrid> tables, int dpi)
    {
        var toPixels = dpi / 72.0;
        var inset = Math.Max(3, dpi / 50);
        var crops = new List<Crop>();
        var bandTop = 0;
        foreach (var table in tables)
        {
            AddIfInk(image, crops, 0, bandTop, image.Width, (int)(table.Top * toPixels) - inset);
            foreach (var cell in table.Cells)
            {
                var (left, top, right, bottom) = table.Box(cell);
                AddIfInk(image, crops, (int)(left * toPixels) + inset, (int)(top * toPixels) + inset, (int)(right * toPixels) - inset, (int)(bottom * toPixels) - inset);
            }

            bandTop = Math.Max(bandTop, (int)(table.Bottom * toPixels) + inset);
        }

        AddIfInk(image, crops, 0, bandTop, image.Width, image.Height);
        return crops;
    }

    /// <summary>
    /// Adds each line of text within the rectangle (TextLines: with all its marks, the neighbours' whited out). Tesseract is given single
    /// lines (page segmentation mode 7): on a whole cell it takes a short line's upper vowels and tone marks for a
    /// line of their own and reads both wrong.
    /// </summary>
    static void AddIfInk(GrayImage image, List<Crop> crops, int left, int top, int right, int bottom)
    {
        if (right - left < 4 || bottom - top < 4)
        {
            return;
        }

        var ink = image.InkIn(left, top, right, bottom);
        if (ink.Count < 12)
        {
            return;
        }

        foreach (var line in TextLines.Lines(image, ink.Left, ink.Top, ink.Right, ink.Bottom))
        {
            if (line.Count >= 12)
            {
                crops.Add(new Crop(line.Left, line.Top, line.Right, line.Bottom, line.Foreign));
            }
        }
    }

    static ExternalProgram.Result Guarded(ImportLocation location, Func<ExternalProgram.Result> run)
    {
        try
        {
            return run();
        }
        catch (MissingProgramException e)
        {
            throw new ImportException(location, $"the PDF is a scan and needs OCR, but {e.Message}", e);
        }
        catch (TimeoutException e)
        {
            throw new ImportException(location, $"OCR stopped: {e.Message}", e);
        }
    }
}
