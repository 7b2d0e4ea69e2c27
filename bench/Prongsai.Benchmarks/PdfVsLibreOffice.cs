using System.Diagnostics;
using System.Globalization;
using System.Text;
using Prongsai.Documents;
using Prongsai.Printing;
using Prongsai.Reports;
using Prongsai.Testing;

namespace Prongsai.Benchmarks;

/// <summary>
/// PDF latency of the seed report: our warm Chromium (median of 20 prints after warm-up) against
/// `libreoffice --headless --convert-to pdf` of our DOCX (median of a few runs, each a fresh process,
/// which is how a server would have to call it). Writes bench/results/pdf-vs-libreoffice.md.
/// </summary>
static class PdfVsLibreOffice
{
    public static async Task<int> RunAsync(string[] args)
    {
        var libreOfficeRuns = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var document = InterchangeJson.Deserialize(File.ReadAllText(Fixtures.BanchangExpected));
        var layout = ReportLayoutBuilder.Build(document);
        var work = Directory.CreateTempSubdirectory("prongsai-bench-").FullName;

        var chromium = await MeasureChromiumAsync(layout, prints: 20);
        var docxPath = Path.Combine(work, "seed.docx");
        await File.WriteAllBytesAsync(docxPath, DocxReportWriter.Write(layout));
        var libreOffice = await MeasureLibreOfficeAsync(docxPath, work, libreOfficeRuns);

        var report = Report(chromium, libreOffice);
        Console.WriteLine(report);
        var results = Path.Combine(RepositoryRoot(), "bench", "results", "pdf-vs-libreoffice.md");
        await File.WriteAllTextAsync(results, report);
        Console.WriteLine($"written to {results}");
        Directory.Delete(work, recursive: true);
        return 0;
    }

    static async Task<List<double>> MeasureChromiumAsync(ReportLayout layout, int prints)
    {
        await using var printer = new PdfPrinter(new PdfPrinterOptions { Pages = 1 });
        var html = HtmlReportWriter.Write(layout);
        for (var i = 0; i < 3; i++)
        {
            await printer.PrintAsync(html);
        }

        var times = new List<double>(prints);
        for (var i = 0; i < prints; i++)
        {
            var clock = Stopwatch.StartNew();
            // The whole request: layout to HTML to PDF.
            await printer.PrintAsync(HtmlReportWriter.Write(layout));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    static async Task<List<double>> MeasureLibreOfficeAsync(string docxPath, string work, int runs)
    {
        var profile = new Uri(Path.Combine(work, "lo-profile")).AbsoluteUri;
        var times = new List<double>(runs);
        for (var i = -1; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var start = new ProcessStartInfo("libreoffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", work, docxPath })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"libreoffice exited with {process.ExitCode}");
            }

            // The first run creates the profile: not counted.
            if (i >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    static string Report(List<double> chromium, List<double> libreOffice)
    {
        var chromiumMedian = Median(chromium);
        var libreOfficeMedian = Median(libreOffice);
        var text = new StringBuilder();
        text.AppendLine("# PDF latency: warm Chromium vs LibreOffice")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Environment.OSVersion}), seed progress report (3 measures).")
            .AppendLine("Command: `dotnet run -c Release --project bench/Prongsai.Benchmarks -- pdf-vs-libreoffice`")
            .AppendLine()
            .AppendLine("| renderer | runs | median ms | min ms | max ms |")
            .AppendLine("|---|---|---|---|---|")
            .AppendLine(Row("Chromium (warm browser, page reused): layout → HTML → PDF", chromium))
            .AppendLine(Row("libreoffice --headless --convert-to pdf (DOCX)", libreOffice))
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Chromium is {libreOfficeMedian / chromiumMedian:0.0}× faster (median). Aim: ≥ 20×.");
        return text.ToString();
    }

    static string Row(string name, List<double> times) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {times.Count} | {Median(times):0.0} | {times.Min():0.0} | {times.Max():0.0} |");

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Prongsai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
