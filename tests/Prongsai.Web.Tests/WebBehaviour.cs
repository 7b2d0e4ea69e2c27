using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>What the tests share: the application and helpers to make data.</summary>
public abstract class AppTest<TApp>(TApp app) where TApp : AppFactory
{
    protected TApp App { get; } = app;

    protected async Task<string> TokenForAsync(string role, string agencySlug = DemoSeed.Slug)
    {
        var user = await App.CreateUserAsync(role, Roles.BelongsToAgency(role) ? agencySlug : null, role == Roles.Editor ? "กองคลัง" : null);
        return await App.WithDbAsync(db => ApiTokens.CreateAsync(db, db.Users.Single(u => u.Id == user.Id), "test"));
    }

    protected Task<int> CountMeasuresAsync() => App.WithDbAsync(db => db.Measures.CountAsync());

    protected async Task<Guid> CreateMeasureAsync(string step, string agencySlug = DemoSeed.Slug, string unit = "กองคลัง") =>
        await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == agencySlug);
            var row = new AgencyMeasure { AgencyId = agency.Id, FiscalYear = 2566, Position = 99, Tool = Tool.IIT, Indicators = [1], ResponsibleUnits = [unit], Steps = [step] };
            db.Measures.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

    protected static List<KeyValuePair<string, string>> MeasureFields(string step, int version, string unit = "กองคลัง") =>
    [
        new("Input.Tool", "IIT"), new("Input.Indicators", "2"), new("Input.ResponsibleUnits", unit),
        new("Input.ResponsiblePersons", "ผอ.กองคลัง"), new("Input.Steps", step), new("Input.Monitoring", "รายงานผู้บริหาร"),
        new("Input.PeriodStart", "2023-03-01"), new("Input.PeriodEnd", "2023-03-31"), new("Input.Status", "InProgress"),
        new("Input.ReportingCadences", "Quarterly"), new("Input.Results", ""), new("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}

/// <summary>The web application's behaviour, run once on SQLite and once on PostgreSQL.</summary>
public abstract class WebBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task Start_up_migrates_and_loads_the_demo_agency()
    {
        var (agency, units, measures, admin) = await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.Include(a => a.Units).SingleAsync(a => a.Slug == DemoSeed.Slug);
            var measures = await db.Measures.Where(m => m.AgencyId == agency.Id && m.FiscalYear == 2566).OrderBy(m => m.Position).ToListAsync();
            var admin = await db.Users.SingleAsync(u => u.Email == DemoSeed.AdminEmail);
            return (agency, agency.Units.Select(u => u.Name).Order().ToList(), measures, admin);
        });

        Assert.Equal("เทศบาลตำบลบ้านฉาง", agency.Name);
        Assert.Equal("ทต.บ้านฉาง", agency.ShortName);
        Assert.Equal("เทศบาลตำบล", agency.Type);
        Assert.Equal(DemoSeed.UnitNames.Order(), units);
        // Other tests of the class add measures to the year (after the seed's): the first ones are the seed document's, in its order.
        var seeded = Fixtures.Expected().Measures;
        static string Text(IEnumerable<string> steps) => Prongsai.Thai.ThaiText.Compact(string.Concat(steps));
        Assert.Equal(seeded.Select(s => Text(s.Steps)), measures.Take(seeded.Count).Select(m => Text(m.Steps)));
        Assert.Equal([Tool.IIT, Tool.IIT, Tool.EIT], measures.Take(3).Select(m => m.Tool));
        Assert.Equal([6, 7, 8], measures[2].Indicators);
        Assert.Equal(Roles.Admin, admin.Role);
        Assert.Equal(agency.Id, admin.AgencyId);
    }

    [Fact]
    public async Task Healthz_answers_without_signing_in()
    {
        var response = await App.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_send_anonymous_visitors_to_the_login_page()
    {
        var response = await App.Anonymous().GetAsync("/a/banchang/measures");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData(Roles.SysAdmin)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Oversight)]
    public async Task Every_page_renders_for_every_role(string role)
    {
        var client = await App.SignedInAsync(role);
        var measureId = await App.WithDbAsync(db => db.Measures.Select(m => m.Id).FirstAsync());
        string[] pages =
        [
            "/agencies", "/account", "/a/banchang/measures", "/a/banchang/measures?year=2566", "/a/banchang/dashboard",
            "/a/banchang/users", "/a/banchang/audit", $"/a/banchang/measures/{measureId}/edit",
        ];
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} {page}: {(int)response.StatusCode}");
            Assert.Contains("โปร่งใส", await response.Content.ReadAsStringAsync());
        }

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        var import = await client.GetAsync("/a/banchang/import");
        Assert.Equal(role is Roles.SysAdmin or Roles.Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden, import.StatusCode);
    }

    [Fact]
    public async Task Failing_five_times_locks_the_account()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var client = App.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = user.Email!, ["Password"] = "wrong-password-1" }));
        }

        var response = await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = user.Email!, ["Password"] = AppFactory.Password }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ล็อก", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forms_without_an_antiforgery_token_are_refused()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var response = await client.PostAsync("/a/banchang/measures/new?year=2566", new FormUrlEncodedContent([new("Input.Indicators", "1")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Saving_a_measure_runs_checks_and_writes_the_audit_trail()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var response = await client.PostAsync("/a/banchang/measures/new?year=2566",
            new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, "/a/banchang/measures/new?year=2566", MeasureFields("ประชุมชี้แจงบุคลากร", version: 0))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edit = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("บันทึกแล้ว", edit);
        Assert.Contains("ประชุมชี้แจงบุคลากร", edit);

        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Entity == nameof(AgencyMeasure) && e.Action == "added")
            .OrderByDescending(e => e.At).FirstAsync());
        Assert.Contains("ประชุมชี้แจงบุคลากร", audit.After);
        Assert.Null(audit.Before);
        Assert.EndsWith("@test.example", audit.Actor);
    }

    [Fact]
    public async Task A_second_save_of_the_same_version_gets_a_conflict_showing_both_versions()
    {
        var id = await CreateMeasureAsync("ขั้นตอนเดิม");
        var first = await App.SignedInAsync(Roles.Admin);
        var second = await App.SignedInAsync(Roles.Admin);
        var url = $"/a/banchang/measures/{id}/edit";
        var firstForm = await AppFactory.FieldsAsync(first, url, MeasureFields("ขั้นตอนของคนแรก", version: 1));
        var secondForm = await AppFactory.FieldsAsync(second, url, MeasureFields("ขั้นตอนของคนที่สอง", version: 1));

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(url, new FormUrlEncodedContent(firstForm))).StatusCode);
        var conflict = await second.PostAsync(url, new FormUrlEncodedContent(secondForm));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("ขั้นตอนของคนแรก", html);
        Assert.Contains("ขั้นตอนของคนที่สอง", html);
        var stored = await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id));
        Assert.Equal(["ขั้นตอนของคนแรก"], stored.Steps);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Import_shows_a_preview_and_writes_nothing_until_confirmed()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var before = await CountMeasuresAsync();
        using var upload = new MultipartFormDataContent();
        foreach (var field in await AppFactory.FieldsAsync(client, "/a/banchang/import", []))
        {
            upload.Add(new StringContent(field.Value), field.Key);
        }

        using var seed = DemoSeed.OpenResource(DemoSeed.SeedFileName);
        var file = new StreamContent(seed);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Add(file, "file", "o42-banchang-2566.txt");
        var uploaded = await client.PostAsync("/a/banchang/import", upload);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var preview = await client.GetStringAsync(uploaded.Headers.Location!.OriginalString);
        Assert.Contains("ยืนยันการนำเข้า", preview);
        Assert.Contains("การใช้งบประมาณ", preview);
        Assert.Equal(before, await CountMeasuresAsync());

        // The demo year already holds the seed: "add all" is the explicit choice that adds its three measures again.
        var confirm = await client.PostAsync(uploaded.Headers.Location!.OriginalString + "?handler=Confirm",
            await AppFactory.FormAsync(client, uploaded.Headers.Location!.OriginalString, new() { ["Mode"] = "Add" }));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(before + 3, await CountMeasuresAsync());

        // The document writes "กองการศึกษาฯ" and "กอง คลัง"; they are stored as the agency's own units.
        var agencyUnits = await App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == DemoSeed.Slug).SelectMany(a => a.Units.Select(u => u.Name)).ToListAsync());
        var importedUnits = await App.WithDbAsync(async db => (await db.Measures.ToListAsync()).SelectMany(m => m.ResponsibleUnits).Distinct().ToList());
        Assert.All(importedUnits, unit => Assert.Contains(unit, agencyUnits));
    }

    [Fact]
    public async Task Import_refuses_an_unsupported_file_type()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        using var upload = new MultipartFormDataContent();
        foreach (var field in await AppFactory.FieldsAsync(client, "/a/banchang/import", []))
        {
            upload.Add(new StringContent(field.Value), field.Key);
        }

        upload.Add(new ByteArrayContent([1, 2, 3]), "file", "measures.exe");
        var response = await client.PostAsync("/a/banchang/import", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".docx", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_answers_401_to_anonymous_calls_and_the_interchange_shape_to_a_bearer_token()
    {
        var anonymous = await App.Anonymous().GetAsync("/api/v1/agencies/banchang/measures?fiscalYear=2566");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var token = await TokenForAsync(Roles.Executive);
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.GetAsync("/api/v1/agencies/banchang/measures?fiscalYear=2566");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = InterchangeJson.Deserialize(await response.Content.ReadAsStringAsync());
        Assert.Equal(2566, document.FiscalYear);
        Assert.Equal("เทศบาลตำบลบ้านฉาง", document.Agency.Name);
        var stored = await App.WithDbAsync(db => db.Measures.CountAsync(m => m.FiscalYear == 2566 && db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == DemoSeed.Slug)));
        Assert.Equal(stored, document.Measures.Count);

        var tokenStored = await App.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.Hash == token));
        Assert.False(tokenStored, "the token itself must never be stored, only its hash");
    }

    [Fact]
    public async Task The_api_refuses_a_wrong_token_with_401()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pst_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/agencies")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_describes_the_api()
    {
        var response = await App.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/agencies/{slug}/measures", json);
    }
}

public sealed class SqliteWebTests(SqliteApp app) : WebBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_migrations_match_the_model()
    {
        var pending = await App.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, "the model changed without a migration: run dotnet ef migrations add, then remove provider-specific column types");
    }
}

public sealed class PostgresWebTests(PostgresApp app) : WebBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task The_database_is_PostgreSQL()
    {
        var provider = await App.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
    }
}
