using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Prongsai.Tests.Faults;

/// <summary>
/// The real `prongsai serve` as a child process on 127.0.0.1, killed with SIGKILL when asked. It binds port 0 and the
/// port is read back from the line it prints, so that no port is picked, released and reused in between.
/// </summary>
sealed partial class ServerProcess : IAsyncDisposable
{
    readonly Process _process;

    /// <summary>The server's last lines of output, for the message when it does not start.</summary>
    readonly ConcurrentQueue<string> _lastLines = new();

    readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    ServerProcess(Process process) => _process = process;

    /// <summary>Where the server listens (known once it has started).</summary>
    public Uri Address => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("the server is not listening yet");

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lastLines.Enqueue(line);
        if (ListeningOn().Match(line) is { Success: true } listening)
        {
            _listening.TrySetResult(new Uri(listening.Groups[1].Value));
        }

        while (_lastLines.Count > 40 && _lastLines.TryDequeue(out _))
        {
        }
    }

    /// <summary>Resident memory of the server process, from /proc.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Starts the server on <paramref name="dataDirectory"/>, on the PostgreSQL <paramref name="database"/> when one is given (`--db`), else on SQLite.</summary>
    public static async Task<ServerProcess> StartAsync(string dataDirectory, string? database = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "prongsai.dll"), "serve", "--data", dataDirectory, "--urls", "http://127.0.0.1:0"];
        foreach (var arg in database is null ? args : [.. args, "--db", database])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The workloads come from one address; the per-address limits have their own tests.
        start.Environment["Prongsai__RateLimits__LoginPerMinute"] = "1000000";
        start.Environment["Prongsai__RateLimits__PublicPerMinute"] = "1000000";
        start.Environment["Prongsai__RateLimits__ApiPerMinute"] = "1000000";
        start.Environment["Prongsai__RateLimits__ApiPerAddressPerMinute"] = "1000000";
        // The database is the one given here, never one the environment names.
        start.Environment.Remove("PRONGSAI_DB");
        start.Environment.Remove("PRONGSAI_EVIDENCE");
        var process = Process.Start(start) ?? throw new InvalidOperationException("prongsai serve did not start");
        var server = new ServerProcess(process);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    async Task WaitUntilHealthyAsync()
    {
        // Generous: on a loaded 2-core machine the first start (JIT, migrations, the seed import) takes minutes.
        var started = await Task.WhenAny(_listening.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(5)));
        if (started != _listening.Task)
        {
            throw new InvalidOperationException($"prongsai serve did not start listening:\n{string.Join("\n", _lastLines)}");
        }

        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"prongsai serve exited with {_process.ExitCode} while starting:\n{string.Join("\n", _lastLines)}");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"prongsai serve did not answer /healthz within 30 s:\n{string.Join("\n", _lastLines)}");
    }

    /// <summary>SIGKILL to the server and its Chromium: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>The line `prongsai serve` prints once started: "… / listening on http://127.0.0.1:PORT".</summary>
    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:[1-9]\d*)")]
    private static partial Regex ListeningOn();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
