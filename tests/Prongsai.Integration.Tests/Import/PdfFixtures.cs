using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Documents;
using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Tests.Import;

/// <summary>PDFs of our own report made in the test by three producers, a scan of one, and how to compare measures.</summary>
static class PdfFixtures
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(ExternalTools.OutputDirectory, "pdf-import")).FullName;

    /// <summary>Our DOCX printed by LibreOffice, as agencies export theirs; portrait narrows the table to fit the page.</summary>
    public static async Task<byte[]> LibreOfficeAsync(MeasuresDocument document, bool portrait)
    {
        var name = portrait ? "libreoffice-portrait" : "libreoffice-landscape";
        var docx = Path.Combine(Folder, name + ".docx");
        var bytes = DocxReportWriter.Write(document);
        await File.WriteAllBytesAsync(docx, portrait ? Portrait(bytes) : bytes);
        var pdf = Path.ChangeExtension(docx, ".pdf");
        File.Delete(pdf);
        var profile = new Uri(Path.Combine(Folder, "profile-" + name)).AbsoluteUri;
        await ExternalTools.RunAsync("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", Folder, docx], TimeSpan.FromMinutes(3));
        return await File.ReadAllBytesAsync(pdf);
    }

    /// <summary>The same DOCX on an A4 portrait page, every table and cell width scaled to the narrower text area.</summary>
    static byte[] Portrait(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var size = body.Descendants<PageSize>().Single();
            var margins = body.Descendants<PageMargin>().Single();
            var (width, height) = (size.Width!.Value, size.Height!.Value);
            var factor = (height - (double)(margins.Left!.Value + margins.Right!.Value)) / (width - (double)(margins.Left.Value + margins.Right.Value));
            size.Width = height;
            size.Height = width;
            size.Orient = PageOrientationValues.Portrait;
            string Scaled(string? twips) => ((int)(int.Parse(twips!, System.Globalization.CultureInfo.InvariantCulture) * factor)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var column in body.Descendants<GridColumn>())
            {
                column.Width = Scaled(column.Width);
            }

            foreach (var cell in body.Descendants<TableCellWidth>())
            {
                cell.Width = Scaled(cell.Width);
            }

            foreach (var table in body.Descendants<TableWidth>())
            {
                table.Width = Scaled(table.Width);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A scan of the PDF (<see cref="PdfScan"/>), kept in <see cref="Folder"/>.</summary>
    public static Task<byte[]> ScanAsync(byte[] pdf, string name) => PdfScan.ScanAsync(pdf, Folder, name);

    /// <summary>
    /// The imported measures are the source's, whitespace-insensitive. The indicator cell and the period's words are
    /// not compared as text: the report prints the framework's indicator names and its own period format, so only the
    /// indicator numbers and the dates must come back.
    /// </summary>
    public static void SameMeasures(MeasuresDocument expected, MeasuresDocument actual)
    {
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Measures.Count, actual.Measures.Count);
        foreach (var (e, a) in expected.Measures.Zip(actual.Measures))
        {
            Assert.Equal(e.Tool, a.Tool);
            Assert.Equal(e.Indicators, a.Indicators);
            Assert.Equal(Compact(e.ResponsibleUnits), Compact(a.ResponsibleUnits));
            Assert.Equal(Compact(e.ResponsiblePersons), Compact(a.ResponsiblePersons));
            Assert.Equal(Compact(e.Steps), Compact(a.Steps));
            Assert.Equal(Compact(e.Monitoring), Compact(a.Monitoring));
            Assert.Equal((e.Period?.Start, e.Period?.End), (a.Period?.Start, a.Period?.End));
            Assert.Equal(e.Status, a.Status);
            Assert.Equal(e.Reporting.Cadences, a.Reporting.Cadences);
            Assert.Equal(Compact(e.Results), Compact(a.Results));
        }
    }

    static List<string> Compact(IEnumerable<string> texts) => [.. texts.Select(ThaiText.Compact)];

    /// <summary>1 − edit distance / length of the longer, on text with spaces removed.</summary>
    public static double Similarity(string expected, string actual)
    {
        var (a, b) = (ThaiText.Compact(expected), ThaiText.Compact(actual));
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return 1 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }

    /// <summary>All the text of a measure's fields, for a similarity over the whole measure.</summary>
    public static string TextOf(Measure m) =>
        string.Join("|", [.. m.ResponsibleUnits, .. m.ResponsiblePersons, .. m.Steps, .. m.Monitoring, .. m.Results]);
}
