using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Web.Tests;

/// <summary>The real application on a real database: SQLite in a temp folder, or a fresh PostgreSQL database.</summary>
public abstract partial class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Correct-horse-42";

    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "prongsai-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The application's data folder (SQLite file, evidence files).</summary>
    public string DataDirectory => _dataDirectory;

    protected abstract string? ConnectionString { get; }

    /// <summary>Where this app keeps its data, as the commands see it.</summary>
    public DataSettings Settings => new(_dataDirectory, ConnectionString);

    public abstract bool IsPostgres { get; }

    /// <summary>Whether the rate limits are raised out of the tests' way (all but the rate-limit tests).</summary>
    protected virtual bool RaisesRateLimits => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DataSettings.DataKey, _dataDirectory);
        builder.UseSetting(DataSettings.DbKey, ConnectionString ?? "");
        // Tests read the oversight figures right after writing the data they count.
        builder.UseSetting("Prongsai:OversightCacheSeconds", "0");
        builder.UseEnvironment("Production");
        // The tests sign in hundreds of times from one address; the limits themselves have their own tests, which
        // keep the documented defaults (RateLimitDefaultsBehaviour).
        if (RaisesRateLimits)
        {
            builder.UseSetting(RateLimits.LoginPerMinuteKey, "1000000");
            builder.UseSetting(RateLimits.PublicPerMinuteKey, "1000000");
            builder.UseSetting(RateLimits.ApiPerMinuteKey, "1000000");
            builder.UseSetting(RateLimits.ApiPerAddressPerMinuteKey, "1000000");
        }

        // The sweep has its own tests; the app's daily one must not run in the middle of another test.
        builder.UseSetting(Prongsai.Progress.EvidenceSweeper.HoursKey, "0");
        // Likewise the import preview sweep (its lifetime stays, so expired previews are still refused).
        builder.ConfigureTestServices(services => services.Remove(services.Single(s => s.ImplementationType == typeof(Prongsai.Import.PreviewSweeper))));
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithDbAsync<T>(Func<ProngsaiDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProngsaiDb>());
    }

    /// <summary>A client signed in as an existing user.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = Anonymous();
        var response = await client.PostAsync("/account/login", await FormAsync(client, "/account/login", new() { ["Email"] = email, ["Password"] = Password }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<AppUser> CreateUserAsync(string role, string? agencySlug = DemoSeed.Slug, string? unit = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var agencyId = agencySlug is null ? (Guid?)null : (await db.Agencies.SingleAsync(a => a.Slug == agencySlug)).Id;
        var email = $"{role}-{Guid.NewGuid():N}@test.example";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, Role = role, AgencyId = agencyId, UnitName = unit };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>A client signed in as a new user of the role (editors of กองคลัง).</summary>
    public async Task<HttpClient> SignedInAsync(string role, string? agencySlug = DemoSeed.Slug)
    {
        var belongs = Roles.BelongsToAgency(role);
        var user = await CreateUserAsync(role, belongs ? agencySlug : null, role == Roles.Editor ? "กองคลัง" : null);
        var client = Anonymous();
        var response = await client.PostAsync("/account/login", await FormAsync(client, "/account/login", new()
        {
            ["Email"] = user.Email!,
            ["Password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The form fields plus the antiforgery token of the page at <paramref name="url"/>.</summary>
    public static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string url, Dictionary<string, string> fields) =>
        new(await FieldsAsync(client, url, fields));

    public static async Task<List<KeyValuePair<string, string>>> FieldsAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {url}");
        return [.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

public sealed class SqliteApp : AppFactory
{
    protected override string? ConnectionString => null;

    public override bool IsPostgres => false;
}

/// <summary>SQLite with the rate limits as documented (20 sign-ins, 600 /p and 600 per token, 6,000 /api per address).</summary>
public sealed class DocumentedLimitsApp : AppFactory
{
    protected override string? ConnectionString => null;

    public override bool IsPostgres => false;

    protected override bool RaisesRateLimits => false;
}

/// <summary>A fresh database per test class on the server that ./test.sh starts.</summary>
public sealed class PostgresApp : AppFactory
{
    public PostgresApp()
    {
        var server = Environment.GetEnvironmentVariable("PRONGSAI_TEST_PG");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("PRONGSAI_TEST_PG is not set: run the tests with ./test.sh, which starts a throw-away PostgreSQL server.");
        }

        ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"prongsai_web_{Guid.NewGuid():N}" }.ConnectionString;
    }

    protected override string? ConnectionString { get; }

    public override bool IsPostgres => true;
}
