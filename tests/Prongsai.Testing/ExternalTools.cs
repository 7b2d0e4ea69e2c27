using System.Diagnostics;

namespace Prongsai.Testing;

/// <summary>Runs the external programs the slow tests make their inputs and check our output with.</summary>
public static class ExternalTools
{
    /// <summary>Where tests leave files worth looking at: $PRONGSAI_TEST_OUTPUT (./test-output under test.sh), else a temp folder.</summary>
    public static string OutputDirectory { get; } = CreateOutputDirectory();

    static string CreateOutputDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("PRONGSAI_TEST_OUTPUT");
        var directory = string.IsNullOrWhiteSpace(configured) ? Path.Combine(Path.GetTempPath(), "prongsai-test-output") : configured;
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Runs a program to completion and returns its stdout; a missing program or a non-zero exit fails the test.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is not installed; ./test.sh installs it (scripts/install-test-deps.sh).", e);
        }

        using (process)
        {
            using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
            var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
            var error = process.StandardError.ReadToEndAsync(cancel.Token);
            await process.WaitForExitAsync(cancel.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}");
            }

            return await output;
        }
    }

    /// <summary>
    /// The PDF's text in content-stream order (-raw): a table cell's lines stay together, where the default
    /// reading-order mode interleaves the lines of neighbouring cells.
    /// </summary>
    public static async Task<string> PdfToTextAsync(string pdfPath) => await RunAsync("pdftotext", ["-raw", "-enc", "UTF-8", pdfPath, "-"]);
}
