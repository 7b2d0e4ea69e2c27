using System.ComponentModel;
using System.Diagnostics;

namespace Prongsai.Import.Ocr;

/// <summary>A program OCR needs is not installed; the message names the Debian package that provides it.</summary>
public sealed class MissingProgramException(string program, string package, string? detail = null)
    : Exception($"{program} is not installed{detail}: install it with `apt-get install {package}`")
{
    public string Program { get; } = program;

    public string Package { get; } = package;
}

/// <summary>Runs OCR's helper programs (pdftoppm, tesseract) with a timeout and bounded output.</summary>
static class ExternalProgram
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string package, int maxOutputChars = 8 * 1024 * 1024)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract's OpenMP threads would take every core of a shared machine for little gain on small images.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new MissingProgramException(program, package);
        }
        catch (Win32Exception)
        {
            throw new MissingProgramException(program, package);
        }

        using (process)
        {
            var output = ReadBounded(process.StandardOutput, maxOutputChars);
            var error = ReadBounded(process.StandardError, 64 * 1024);
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"{Path.GetFileName(program)} took longer than {timeout.TotalSeconds:0} s");
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Reads a stream to its end but keeps at most <paramref name="max"/> characters, so a runaway program cannot fill memory.</summary>
    static async Task<string> ReadBounded(StreamReader reader, int max)
    {
        var builder = new System.Text.StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (builder.Length < max)
            {
                builder.Append(buffer, 0, Math.Min(read, max - builder.Length));
            }
        }

        return builder.ToString();
    }
}
