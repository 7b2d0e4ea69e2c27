using System.Diagnostics;
using Prongsai.Cli;

namespace Prongsai.Tests.Cli;

/// <summary>Runs the command line in process (fast), or as the real executable when stderr and exit codes of the process matter.</summary>
static class CliRun
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> InProcess(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static async Task<Result> Process(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "prongsai.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
