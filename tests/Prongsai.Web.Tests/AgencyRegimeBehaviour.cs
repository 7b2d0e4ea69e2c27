using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Catalog;
using Prongsai.Cli;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>An agency's regime: set by a system administrator (page or CLI) from the catalog's regimes only; the workbook follows it.</summary>
public abstract class AgencyRegimeBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    /// <summary>A "moit" 2569 framework as an administrator would add it: 2567's 43 items under another regime.</summary>
    static string MoitFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        using var stream = typeof(FrameworkCatalog).Assembly.GetManifestResourceStream("Prongsai.Catalog.Frameworks.ita-2567.json")!;
        var json = new StreamReader(stream).ReadToEnd()
            .Replace("\"regime\": \"nacc\"", "\"regime\": \"moit\"", StringComparison.Ordinal)
            .Replace("\"fiscalYear\": 2567", "\"fiscalYear\": 2569", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "moit-2569.json"), json);
        return folder;
    }

    Task<int> ResetRegimeAsync() => App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == DemoSeed.Slug).ExecuteUpdateAsync(s => s.SetProperty(a => a.Regime, (string?)null)));

    Task<string?> RegimeAsync() => App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == DemoSeed.Slug).Select(a => a.Regime).SingleAsync());

    static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, AppUser user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = user.Email!, ["Password"] = AppFactory.Password }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    [Fact]
    public async Task A_system_administrator_sets_a_catalog_regime_the_workbook_follows_and_an_unknown_one_is_refused()
    {
        await ResetRegimeAsync();
        var catalog = FrameworkCatalog.Load(MoitFolder(Path.Combine(App.DataDirectory, "regime-test")));
        using var withMoit = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(catalog)));
        var sysadmin = await SignInAsync(withMoit, await App.CreateUserAsync(Roles.SysAdmin, agencySlug: null));
        var admin = await SignInAsync(withMoit, await App.CreateUserAsync(Roles.Admin));
        var id = await App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == DemoSeed.Slug).Select(a => a.Id).SingleAsync());
        List<KeyValuePair<string, string>> Set(string regime) => [new("id", id.ToString()), new("regime", regime)];

        var list = await sysadmin.GetStringAsync("/agencies");
        var unknown = await sysadmin.PostAsync("/agencies?handler=Regime", new FormUrlEncodedContent(await AppFactory.FieldsAsync(sysadmin, "/agencies", Set("obec"))));
        var unknownPage = await unknown.Content.ReadAsStringAsync();
        var notTheirs = await admin.PostAsync("/agencies?handler=Regime", new FormUrlEncodedContent(await AppFactory.FieldsAsync(admin, "/agencies", Set("moit"))));
        var regimeAfterRefusals = await RegimeAsync();
        var set = await sysadmin.PostAsync("/agencies?handler=Regime", new FormUrlEncodedContent(await AppFactory.FieldsAsync(sysadmin, "/agencies", Set("MOIT"))));

        Assert.Contains("<option value=\"moit\"", list);
        Assert.Contains("<option value=\"nacc\"", list);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("ไม่รู้จักระบบการประเมิน", unknownPage);
        Assert.Contains("error-summary", unknownPage);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Null(regimeAfterRefusals);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/agencies?done=saved", set.Headers.Location?.OriginalString);
        Assert.Equal("moit", await RegimeAsync());
        var workbook = await admin.GetStringAsync("/a/banchang/oit?year=2569");
        Assert.Contains("<tr id=\"item-O43\">", workbook);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Entity == nameof(Agency) && e.After!.Contains("moit"))));
    }

    [Fact]
    public async Task The_cli_sets_a_regime_from_the_data_folders_frameworks_and_refuses_an_unknown_one()
    {
        await ResetRegimeAsync();
        MoitFolder(App.Settings.FrameworksDirectory);
        string[] Args(string regime) =>
            ["agency", "set-regime", "--slug", DemoSeed.Slug, "--regime", regime, "--data", App.Settings.DataDirectory,
             .. App.Settings.UsesPostgres ? new[] { "--db", App.Settings.PostgresConnection! } : []];
        var refusedOutput = new StringWriter();
        var output = new StringWriter();

        var refused = await CommandLine.RunAsync(Args("ita-vec"), refusedOutput, refusedOutput);
        var regimeAfterRefusal = await RegimeAsync();
        var exit = await CommandLine.RunAsync(Args("moit"), output, output);

        Assert.Equal(2, refused);
        Assert.Contains("unknown regime; known: moit, nacc", refusedOutput.ToString());
        Assert.Null(regimeAfterRefusal);
        Assert.True(exit == 0, output.ToString());
        Assert.Equal("moit", await RegimeAsync());
    }
}

public sealed class SqliteAgencyRegimeTests(SqliteApp app) : AgencyRegimeBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAgencyRegimeTests(PostgresApp app) : AgencyRegimeBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
