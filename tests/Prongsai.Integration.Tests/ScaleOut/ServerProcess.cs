using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Prongsai.Integration.Tests.ScaleOut;

/// <summary>
/// `prongsai serve` as its own process on 127.0.0.1, on a port the system picks when the server binds (port 0, read
/// back from the line the server prints), so that no port is picked, released and taken by someone else in between.
/// Its output is kept for the test to read.
/// </summary>
sealed partial class ServerProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly ConcurrentQueue<string> _lines = new();
    readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    ServerProcess(Process process) => _process = process;

    /// <summary>Where the server listens, once <see cref="WaitUntilListeningAsync"/> has returned.</summary>
    public string BaseUrl => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("the server is not listening yet");

    public IReadOnlyCollection<string> Output => _lines;

    public static ServerProcess Start(params string[] args)
    {
        const string url = "http://127.0.0.1:0";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Prongsai(), "serve", "--urls", url, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        var server = new ServerProcess(Process.Start(start)!);
        server._process.OutputDataReceived += (_, e) => server.Received(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Received(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Runs another command of the same executable to its end and returns its output lines.</summary>
    public static async Task<string[]> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Prongsai(), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"prongsai {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public async Task WaitUntilListeningAsync()
    {
        var finished = await Task.WhenAny(_listening.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(5)));
        Assert.True(finished == _listening.Task, $"the server did not start:\n{string.Join('\n', _lines)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        if (ListeningOn().Match(line) is { Success: true } listening)
        {
            _listening.TrySetResult(listening.Groups[1].Value);
        }
    }

    static string Prongsai() => Path.Combine(AppContext.BaseDirectory, "prongsai.dll");

    /// <summary>The line `prongsai serve` prints once started: "… / listening on http://127.0.0.1:PORT".</summary>
    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:[1-9]\d*)")]
    private static partial Regex ListeningOn();
}
