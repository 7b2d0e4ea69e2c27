using System.Net;
using System.Net.Http.Headers;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>
/// PostgreSQL restarted under the running application: requests in between get a clean Thai/English 503 (no stack
/// trace), and the application recovers by itself once the server is back. Uses its own throw-away cluster.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PostgresRestartBehaviour : IAsyncLifetime
{
    ThrowawayCluster? _cluster;

    ThrowawayCluster Cluster => _cluster ?? throw new InvalidOperationException("not initialized");

    public async Task InitializeAsync() => _cluster = await ThrowawayCluster.CreateAsync();

    [Fact]
    public async Task Requests_while_postgresql_restarts_get_a_503_page_or_problem_and_the_app_recovers_without_a_restart()
    {
        using var app = new ClusterApp(Cluster.ConnectionString("prongsai_restart"));
        var client = await app.SignedInAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/a/banchang/measures")).StatusCode);
        var user = await app.CreateUserAsync(Roles.Editor);
        var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await app.WithDbAsync(db => ApiTokens.CreateAsync(db, db.Users.Single(u => u.Id == user.Id), "restart")));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/agencies/banchang/measures")).StatusCode);

        await Cluster.StopAsync();
        foreach (var url in new[] { "/a/banchang/measures", "/a/banchang/dashboard", "/p/banchang" })
        {
            var response = await client.GetAsync(url);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url} with the database down: {(int)response.StatusCode}");
            Assert.Contains("ฐานข้อมูล", page);
            Assert.Contains("ระบบฐานข้อมูลไม่พร้อมใช้งานชั่วคราว", page);
            Assert.True(response.Headers.RetryAfter is not null, "no Retry-After");
            Assert.DoesNotContain("Npgsql", page);
            Assert.DoesNotContain("   at ", page);
        }

        var unavailable = await api.GetAsync("/api/v1/agencies/banchang/measures");
        var problem = await Problems.AssertAsync(unavailable, HttpStatusCode.ServiceUnavailable, "ฐานข้อมูล", "The database is briefly unavailable");
        Assert.True(unavailable.Headers.RetryAfter is not null, "no Retry-After on the API's 503");
        Assert.DoesNotContain("Npgsql", problem.GetRawText());

        await Cluster.StartAsync();
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
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    sealed class ClusterApp(string connection) : AppFactory
    {
        protected override string? ConnectionString => connection;

        public override bool IsPostgres => true;
    }
}
