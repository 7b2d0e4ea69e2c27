using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>
/// PostgreSQL restarted under the running application: requests in between get a clean Thai/English 503 (no stack
/// trace), and the application recovers by itself once the server is back. Uses its own throw-away cluster.
/// </summary>
public sealed class PostgresRestartBehaviour : IAsyncLifetime
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "prongsai-restart-pg", Guid.NewGuid().ToString("N"));
    readonly int _port = FreePort();
    string _bin = "";

    public async Task InitializeAsync()
    {
        _bin = Environment.GetEnvironmentVariable("PRONGSAI_TEST_PG_BIN") is { Length: > 0 } bin
            ? bin
            : throw new InvalidOperationException("PRONGSAI_TEST_PG_BIN is not set: run the tests with ./test.sh");
        Directory.CreateDirectory(_folder);
        await RunAsync("chown", "postgres", _folder);
        await AsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", _folder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8");
        await StartAsync();
    }

    Task StartAsync() => AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _folder, "-l", Path.Combine(_folder, "server.log"), "-w",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    Task StopAsync() => AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _folder, "-m", "immediate", "-w", "stop");

    [Fact]
    public async Task Requests_while_postgresql_restarts_get_a_503_page_or_problem_and_the_app_recovers_without_a_restart()
    {
        using var app = new ClusterApp($"Host=127.0.0.1;Port={_port};Username=postgres;Database=prongsai_restart;Timeout=3");
        var client = await app.SignedInAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/a/banchang/measures")).StatusCode);
        var user = await app.CreateUserAsync(Roles.Editor);
        var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await app.WithDbAsync(db => ApiTokens.CreateAsync(db, db.Users.Single(u => u.Id == user.Id), "restart")));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/agencies/banchang/measures")).StatusCode);

        await StopAsync();
        foreach (var url in new[] { "/a/banchang/measures", "/a/banchang/dashboard", "/p/banchang" })
        {
            var response = await client.GetAsync(url);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url} with the database down: {(int)response.StatusCode}");
            Assert.Contains("ฐานข้อมูล", page);
            Assert.Contains("The database is briefly unavailable", page);
            Assert.True(response.Headers.RetryAfter is not null, "no Retry-After");
            Assert.DoesNotContain("Npgsql", page);
            Assert.DoesNotContain("   at ", page);
        }

        var unavailable = await api.GetAsync("/api/v1/agencies/banchang/measures");
        var problem = await Problems.AssertAsync(unavailable, HttpStatusCode.ServiceUnavailable, "ฐานข้อมูล", "The database is briefly unavailable");
        Assert.True(unavailable.Headers.RetryAfter is not null, "no Retry-After on the API's 503");
        Assert.DoesNotContain("Npgsql", problem.GetRawText());

        await StartAsync();
        var recovered = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && recovered != HttpStatusCode.OK; attempt++)
        {
            recovered = (await client.GetAsync("/a/banchang/measures")).StatusCode;
            if (recovered != HttpStatusCode.OK)
            {
                await Task.Delay(250);
            }
        }

        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/a/banchang/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/agencies/banchang/measures")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    sealed class ClusterApp(string connection) : AppFactory
    {
        protected override string? ConnectionString => connection;

        public override bool IsPostgres => true;
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
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)}: {error}{await output}");
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
