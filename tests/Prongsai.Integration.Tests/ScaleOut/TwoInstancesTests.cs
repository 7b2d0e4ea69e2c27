using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Prongsai.Integration.Tests.ScaleOut;

/// <summary>
/// Two app instances on different ports, as behind a load balancer: one PostgreSQL database, one shared evidence
/// folder, separate data folders. They start together, migrate and seed once, accept each other's cookies, and
/// serve each other's evidence.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class TwoInstancesTests : IAsyncLifetime
{
    readonly string _connection;
    readonly string _evidence = Directory.CreateTempSubdirectory("prongsai-shared-evidence-").FullName;
    ServerProcess _first = null!;
    ServerProcess _second = null!;

    public TwoInstancesTests()
    {
        var server = Environment.GetEnvironmentVariable("PRONGSAI_TEST_PG");
        Assert.False(string.IsNullOrWhiteSpace(server), "PRONGSAI_TEST_PG is not set: run the tests with ./test.sh, which starts a throw-away PostgreSQL server.");
        _connection = new NpgsqlConnectionStringBuilder(server) { Database = $"prongsai_scale_{Guid.NewGuid():N}" }.ConnectionString;
    }

    public async Task InitializeAsync()
    {
        _first = Start();
        _second = Start();
        await Task.WhenAll(_first.WaitUntilListeningAsync(), _second.WaitUntilListeningAsync());
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    ServerProcess Start() => ServerProcess.Start(
        "--data", Directory.CreateTempSubdirectory("prongsai-instance-").FullName, "--db", _connection, "--evidence", _evidence);

    [Fact]
    public async Task Instances_starting_together_migrate_and_seed_once()
    {
        var passwords = new[] { _first, _second }.SelectMany(s => s.Output).Count(line => line.Contains("one-time password (shown once", StringComparison.Ordinal));
        Assert.Equal(1, passwords);

        await using var db = new NpgsqlConnection(_connection);
        await db.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(db, "SELECT count(*) FROM \"Agencies\""));
        // Every migration of the app applied exactly once (MigrationId is the key, so a second run would have failed).
        var migrations = typeof(Prongsai.Data.ProngsaiDb).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.True(migrations > 0, "no migration found in the app's assembly");
        Assert.Equal(migrations, await ScalarAsync(db, "SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_the_other()
    {
        var password = AdminPassword();
        // The one-time password must be changed at the first sign-in; this test is about the cookie, not that page.
        await using (var db = new NpgsqlConnection(_connection))
        {
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE \"AspNetUsers\" SET \"MustChangePassword\" = false WHERE \"Email\" = 'admin@banchang.example'", db);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        var cookies = await SignInAsync(client, _first.BaseUrl, "admin@banchang.example", password);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_second.BaseUrl}/a/banchang/measures");
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("การใช้งบประมาณ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evidence_uploaded_through_one_instance_is_served_by_the_other()
    {
        var token = (await ServerProcess.RunAsync("token", "create", "--email", "admin@banchang.example", "--db", _connection,
            "--data", Directory.CreateTempSubdirectory("prongsai-cli-").FullName))[^1].Trim();
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var measures = JsonDocument.Parse(await client.GetStringAsync($"{_first.BaseUrl}/api/v1/agencies/banchang/measures?fiscalYear=2566"));
        var measureId = measures.RootElement.GetProperty("measures")[0].GetProperty("id").GetString();
        var pdf = "%PDF-1.4\n% หลักฐานการประชุม\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("2023-03-15"), "on" },
            { new StringContent("ประชุมคณะทำงานแล้ว"), "text" },
            { new StringContent("inProgress"), "status" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "minutes.pdf");

        using var created = await client.PostAsync($"{_first.BaseUrl}/api/v1/agencies/banchang/measures/{measureId}/updates", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var evidenceId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("evidence")[0].GetProperty("id").GetString();

        var served = await client.GetByteArrayAsync($"{_second.BaseUrl}/api/v1/agencies/banchang/evidence/{evidenceId}");
        Assert.Equal(pdf, served);
    }

    string AdminPassword()
    {
        var line = new[] { _first, _second }.SelectMany(s => s.Output).Single(l => l.Contains("one-time password (shown once", StringComparison.Ordinal));
        return line[(line.LastIndexOf(':') + 1)..].Trim();
    }

    static async Task<string> SignInAsync(HttpClient client, string baseUrl, string email, string password)
    {
        using var page = await client.GetAsync($"{baseUrl}/account/login");
        var antiforgeryCookie = CookiesOf(page);
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return CookiesOf(signedIn);
    }

    static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
