using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Prongsai.Import.Readers;
using Xunit.Abstractions;

namespace Prongsai.Tests.Cli;

/// <summary>
/// Importing is bounded in memory (issue 12 §4, probe F6): a DOCX whose document.xml inflates to 90 MB is read, or
/// refused, by the real executable within 300 MB peak resident memory, measured by GNU time. Each test prints its
/// figures ("memory: …"), which bench/import-memory.sh collects into bench/results/import-memory.md.
/// </summary>
[Collection(nameof(ImportMemoryTests))]
public sealed class ImportMemoryTests(ITestOutputHelper log) : IDisposable
{
    const long BoundKilobytes = 300 * 1024;

    readonly string _folder = Directory.CreateTempSubdirectory("prongsai-memory-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_90_MB_document_xml_of_formatting_is_read_within_the_memory_bound()
    {
        var docx = Path.Combine(_folder, "padded.docx");
        LargeDocx.WritePadded(docx);
        AssertCrafted(docx);

        var (exit, peak, output, error) = await ImportMeasured(docx);

        Assert.True(exit == 0, error);
        Assert.Equal(3, System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("measures").GetArrayLength());
        Assert.InRange(peak, 1, BoundKilobytes);
    }

    [Fact]
    public async Task The_largest_table_the_budget_accepts_is_read_within_the_memory_bound()
    {
        // Six cells a row: the most rows under the cell budget, header included.
        var rows = ReadBudget.MaxCells / 6 - 2;
        var docx = Path.Combine(_folder, "largest.docx");
        LargeDocx.WriteText(docx, rows);

        var (exit, peak, output, error) = await ImportMeasured(docx);

        Assert.True(exit == 0, error);
        Assert.Equal(rows, System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("measures").GetArrayLength());
        Assert.InRange(peak, 1, BoundKilobytes);
    }

    [Fact]
    public async Task A_90_MB_document_xml_of_text_is_refused_within_the_memory_bound()
    {
        var docx = Path.Combine(_folder, "text.docx");
        LargeDocx.WriteText(docx);
        AssertCrafted(docx);

        var (exit, peak, _, error) = await ImportMeasured(docx);

        Assert.Equal(2, exit);
        Assert.Contains("refused to keep reading within its memory bound", error);
        Assert.Contains("text.docx", error);
        Assert.InRange(peak, 1, BoundKilobytes);
    }

    /// <summary>A small file on disk whose document.xml is 90 MB, as the probe sent.</summary>
    static void AssertCrafted(string docx)
    {
        Assert.InRange(new FileInfo(docx).Length, 1, 2 * 1024 * 1024);
        using var zip = ZipFile.OpenRead(docx);
        Assert.InRange(zip.GetEntry("word/document.xml")!.Length, LargeDocx.TargetXmlBytes - 1024 * 1024, LargeDocx.TargetXmlBytes + 1024 * 1024);
    }

    /// <summary>`prongsai import FILE` under /usr/bin/time: exit code, peak resident set in KB, stdout, stderr.</summary>
    async Task<(int Exit, long PeakKilobytes, string Output, string Error)> ImportMeasured(string docx)
    {
        var report = Path.Combine(_folder, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", "%M", "-o", report, "dotnet", Path.Combine(AppContext.BaseDirectory, "prongsai.dll"), "import", docx })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        var peak = long.Parse(File.ReadAllLines(report).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
        using (var zip = ZipFile.OpenRead(docx))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: {Path.GetFileName(docx)} | {new FileInfo(docx).Length / 1024:N0} KB | {zip.GetEntry("word/document.xml")!.Length / 1024.0 / 1024:N1} MB | exit {process.ExitCode} | {peak / 1024.0:N0} MB | {clock.Elapsed.TotalSeconds:N1} s"));
        }

        return (process.ExitCode, peak, await output, await error);
    }
}

/// <summary>The memory tests run three heavy processes one after another: alone, so that other tests' timeouts are not theirs.</summary>
[CollectionDefinition(nameof(ImportMemoryTests), DisableParallelization = true)]
public sealed class ImportMemoryCollection;
