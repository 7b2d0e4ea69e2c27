using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Prongsai.Testing;

/// <summary>
/// A PostgreSQL cluster of a test's own on 127.0.0.1, so that the test may stop and start it under a running
/// application. Uses the server binaries ./test.sh found (PRONGSAI_TEST_PG_BIN).
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "prongsai-throwaway-pg", Guid.NewGuid().ToString("N"));
    readonly string _bin;

    ThrowawayCluster(string bin)
    {
        _bin = bin;
        Port = FreePort();
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=3";

    public static async Task<ThrowawayCluster> CreateAsync()
    {
        var bin = Environment.GetEnvironmentVariable("PRONGSAI_TEST_PG_BIN") is { Length: > 0 } found
            ? found
            : throw new InvalidOperationException("PRONGSAI_TEST_PG_BIN is not set: run the tests with ./test.sh");
        var cluster = new ThrowawayCluster(bin);
        Directory.CreateDirectory(cluster._folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", cluster._folder);
        }

        await cluster.AsPostgresAsync(Path.Combine(bin, "initdb"), "-D", cluster._folder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartAsync();
        return cluster;
    }

    public Task StartAsync() => AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _folder, "-l", Path.Combine(_folder, "server.log"), "-w",
        "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");

    /// <summary>As a crash would: no checkpoint, every connection cut.</summary>
    public Task StopAsync() => AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _folder, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    Task AsPostgresAsync(string program, params string[] args) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args]) : RunAsync(program, args);

    static async Task RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error}{await output}");
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
