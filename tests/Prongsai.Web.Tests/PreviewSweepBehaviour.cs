using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Prongsai.Cli;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Web.Tests;

/// <summary>
/// Previews nobody confirmed go after Prongsai:Import:PreviewLifetime (7 days), in every agency; confirmed and undone
/// imports stay whatever their age. An expired or swept preview is a 410 that says so, on the page and through the API,
/// and confirming it writes nothing. The sweep runs on a ManualClock; "expired, not yet swept" is a preview made older.
/// </summary>
public abstract class PreviewSweepBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string Imports = "/api/v1/agencies/banchang/imports";

    const string ThaiExpired = "ตัวอย่างการนำเข้านี้หมดอายุแล้ว เพราะไม่ได้ยืนยันภายใน ๗ วัน โปรดอัปโหลดเอกสารอีกครั้ง";

    const string EnglishExpired = "this import preview expired: it was not confirmed within 7 days; upload the document again";

    static readonly TimeSpan Week = TimeSpan.FromDays(7);

    static PreviewSweep Sweep(TimeProvider clock, string? lifetime = null) => new(new PreviewLifetime(Configuration(lifetime), clock));

    static IConfiguration Configuration(string? lifetime) => new ConfigurationBuilder()
        .AddInMemoryCollection(lifetime is null ? [] : [new(PreviewLifetime.Key, lifetime)]).Build();

    [Fact]
    public async Task An_old_preview_of_any_agency_is_swept_with_an_audit_entry_and_a_young_one_is_kept_until_it_is_old()
    {
        var api = await ApiAsync();
        // Whole seconds: PostgreSQL keeps microseconds, and the test steps onto the exact expiry.
        var now = new DateTime(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var old = await UploadAsync(api, 2567);
        var young = await UploadAsync(api, 2567);
        var cancelled = await UploadAsync(api, 2567);
        var elsewhere = await PreviewElsewhereAsync();
        await AgeAsync(old, now - Week - TimeSpan.FromMinutes(1));
        await AgeAsync(young, now - TimeSpan.FromDays(6));
        await AgeAsync(cancelled, now - TimeSpan.FromDays(30), ImportState.Cancelled);
        await AgeAsync(elsewhere.Batch, now - TimeSpan.FromDays(8));
        var clock = new ManualClock(now);
        // The other tests of the class share the database: only this test's previews are looked at.
        Guid[] mine = [old, young, cancelled, elsewhere.Batch];
        async Task<List<PreviewSweep.Swept>> SweepMineAsync() => [.. (await App.WithDbAsync(db => Sweep(clock).RunAsync(db))).Where(s => mine.Contains(s.Id))];

        var swept = await SweepMineAsync();

        Assert.Equal(new[] { old, cancelled, elsewhere.Batch }.Order(), swept.Select(s => s.Id).Order());
        Assert.Equal(elsewhere.Agency, swept.Single(s => s.Id == elsewhere.Batch).AgencyId);
        Assert.Equal([young], await StillThereAsync(mine));
        var ids = mine.Select(id => id.ToString()).ToList();
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Actor == PreviewSweep.Actor && ids.Contains(e.EntityId)).ToListAsync());
        Assert.Equal(swept.Select(s => (s.Id.ToString(), s.AgencyId)).Order(), audit.Select(e => (e.EntityId, e.AgencyId!.Value)).Order());
        Assert.All(audit, e => Assert.Equal((nameof(ImportBatch), "deleted", (string?)null), (e.Entity, e.Action, e.After)));
        Assert.All(audit, e => Assert.DoesNotContain("DocumentJson", e.Before, StringComparison.Ordinal));
        var trail = await (await App.SignedInAsync(Roles.Admin)).GetStringAsync("/a/banchang/audit?kind=import");
        Assert.Contains("ลบตัวอย่างการนำเข้าไฟล์ o42-banchang-2566.txt ที่ไม่ได้ยืนยันภายในกำหนด", trail, StringComparison.Ordinal);

        Assert.Empty(await SweepMineAsync());
        clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Empty(await SweepMineAsync());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([young], (await SweepMineAsync()).Select(s => s.Id));
        Assert.Empty(await StillThereAsync(young));
    }

    [Fact]
    public async Task A_confirmed_import_and_an_undone_one_are_kept_whatever_their_age_and_the_confirmed_one_can_still_be_undone()
    {
        var api = await ApiAsync();
        var confirmed = await UploadAsync(api, 2568);
        await ConfirmAsync(api, confirmed, HttpStatusCode.OK);
        var undone = await UploadAsync(api, 2569);
        await ConfirmAsync(api, undone, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{Imports}/{undone}/undo", null)).StatusCode);
        var longAgo = DateTime.UtcNow - TimeSpan.FromDays(400);
        await AgeAsync(confirmed, longAgo);
        await AgeAsync(undone, longAgo);
        var records = await App.WithDbAsync(db => db.ImportedMeasures.CountAsync(m => m.BatchId == confirmed || m.BatchId == undone));

        var swept = await App.WithDbAsync(db => Sweep(new ManualClock(DateTimeOffset.UtcNow)).RunAsync(db));

        Assert.DoesNotContain(swept, s => s.Id == confirmed || s.Id == undone);
        Assert.Equal(6, records);
        Assert.Equal(records, await App.WithDbAsync(db => db.ImportedMeasures.CountAsync(m => m.BatchId == confirmed || m.BatchId == undone)));
        Assert.Equal("confirmed", (string?)(await GetAsync(api, confirmed, HttpStatusCode.OK))["state"]);
        Assert.Equal("undone", (string?)(await GetAsync(api, undone, HttpStatusCode.OK))["state"]);
        Assert.Equal(3, await CountAsync(2568));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{Imports}/{confirmed}/undo", null)).StatusCode);
        Assert.Equal(0, await CountAsync(2568));
    }

    [Fact]
    public async Task A_swept_preview_is_told_expired_on_the_page_and_through_the_api_in_thai_and_in_english()
    {
        var api = await ApiAsync();
        var preview = await UploadAsync(api, 2570);
        var swept = await App.WithDbAsync(db => Sweep(new ManualClock(DateTimeOffset.UtcNow + Week)).RunAsync(db));
        Assert.Contains(swept, s => s.Id == preview);

        var problem = await GetAsync(api, preview, HttpStatusCode.Gone);
        Assert.Equal($"{ThaiExpired} ({EnglishExpired})", (string?)problem["detail"]);
        Assert.Equal(410, (int?)problem["status"]);
        Assert.Equal(Imports, (string?)problem["upload"]);
        var confirm = await ConfirmAsync(api, preview, HttpStatusCode.Gone);
        Assert.Equal($"{ThaiExpired} ({EnglishExpired})", (string?)confirm["detail"]);
        Assert.Equal(0, await CountAsync(2570));

        var admin = await App.SignedInAsync(Roles.Admin);
        var page = await admin.GetAsync($"/a/banchang/import/{preview:N}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        var thai = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"import-expired\"", thai, StringComparison.Ordinal);
        Assert.Contains(ThaiExpired, thai, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishExpired, thai, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"/a/banchang/import\" id=\"upload-again\">อัปโหลดเอกสารอีกครั้ง</a>", thai, StringComparison.Ordinal);

        await admin.PostAsync("/language", await AppFactory.FormAsync(admin, "/a/banchang/import", new() { ["lang"] = "en", ["returnUrl"] = "/" }));
        var english = await (await admin.GetAsync($"/a/banchang/import/{preview:N}")).Content.ReadAsStringAsync();
        Assert.Contains("This import preview expired: it was not confirmed within 7 days; upload the document again", english, StringComparison.Ordinal);
        Assert.Contains(">Upload the document again</a>", english, StringComparison.Ordinal);
        Assert.DoesNotContain(ThaiExpired, english, StringComparison.Ordinal);

        // A preview that never was is still a plain 404, not "expired".
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Imports}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/a/banchang/import/{Guid.NewGuid():N}")).StatusCode);
    }

    [Fact]
    public async Task Confirming_a_preview_expired_but_not_yet_swept_writes_nothing_and_a_six_day_old_one_confirms()
    {
        var api = await ApiAsync();
        var expired = await UploadAsync(api, 2571);
        var sixDays = await UploadAsync(api, 2571);
        await AgeAsync(expired, DateTime.UtcNow - Week - TimeSpan.FromMinutes(1));
        await AgeAsync(sixDays, DateTime.UtcNow - TimeSpan.FromDays(6));
        var admin = await App.SignedInAsync(Roles.Admin);
        string[] written = [nameof(AgencyMeasure), nameof(ImportBatch), nameof(ImportedMeasure), Prongsai.Audit.AuditBatch.Entity];
        Task<int> AuditedAsync() => App.WithDbAsync(db => db.AuditEntries.CountAsync(e => written.Contains(e.Entity)));
        var audit = await AuditedAsync();

        var throughApi = await ConfirmAsync(api, expired, HttpStatusCode.Gone);
        var page = $"/a/banchang/import/{expired:N}";
        var onPage = await admin.PostAsync($"{page}?handler=Confirm",
            new FormUrlEncodedContent(await AppFactory.FieldsAsync(admin, "/a/banchang/import", [new("Mode", "Add")])));

        Assert.Equal($"{ThaiExpired} ({EnglishExpired})", (string?)throughApi["detail"]);
        Assert.Equal(HttpStatusCode.Gone, onPage.StatusCode);
        Assert.Contains(ThaiExpired, await onPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(2571));
        Assert.Equal(audit, await AuditedAsync());
        Assert.Equal(ImportState.Previewed, await App.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == expired).Select(b => b.State).SingleAsync()));
        Assert.Equal(HttpStatusCode.Gone, (await admin.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await api.GetAsync($"{Imports}/{expired}")).StatusCode);

        var young = await GetAsync(api, sixDays, HttpStatusCode.OK);
        var expiresAt = DateTime.Parse((string)young["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
        Assert.InRange(DateTime.UtcNow + TimeSpan.FromDays(1) - expiresAt.ToUniversalTime(), TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.Equal(3, (int)(await ConfirmAsync(api, sixDays, HttpStatusCode.OK))["added"]!);
        Assert.Equal(3, await CountAsync(2571));
    }

    [Fact]
    public async Task The_command_sweeps_the_expired_previews_now_and_prints_each_one_it_deleted()
    {
        var api = await ApiAsync();
        var old = await UploadAsync(api, 2567);
        var young = await UploadAsync(api, 2567);
        await AgeAsync(old, DateTime.UtcNow - Week - TimeSpan.FromMinutes(1));
        await AgeAsync(young, DateTime.UtcNow - TimeSpan.FromDays(6));
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(
            ["import", "sweep", "--data", App.Settings.DataDirectory, .. App.Settings.UsesPostgres ? new[] { "--db", App.Settings.PostgresConnection! } : []],
            output, output);

        Assert.True(exit == 0, output.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains($"{old} o42-banchang-2566.txt", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith(young.ToString(), StringComparison.Ordinal));
        var total = System.Text.RegularExpressions.Regex.Match(lines[^1], @"^ลบตัวอย่างการนำเข้าที่หมดอายุ (\d+) รายการ / deleted \1 expired import previews$");
        Assert.True(total.Success, lines[^1]);
        Assert.Equal(lines.Length - 1, int.Parse(total.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([young], await StillThereAsync(old, young));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Actor == PreviewSweep.Actor && e.EntityId == old.ToString())));
    }

    [Fact]
    public async Task The_background_service_sweeps_shortly_after_start_with_the_configured_lifetime_and_not_at_all_when_it_is_0()
    {
        var api = await ApiAsync();
        var threeDays = await UploadAsync(api, 2567);
        var oneDay = await UploadAsync(api, 2567);
        await AgeAsync(threeDays, DateTime.UtcNow - TimeSpan.FromDays(3));
        await AgeAsync(oneDay, DateTime.UtcNow - TimeSpan.FromDays(1));
        var scopes = App.Services.GetRequiredService<IServiceScopeFactory>();

        var off = new PreviewSweeper(scopes, new PreviewLifetime(Configuration("0"), TimeProvider.System), new HurriedClock(), NullLogger<PreviewSweeper>.Instance);
        await off.StartAsync(CancellationToken.None);
        // Off, it ends at once; on, it would loop until stopped.
        await off.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(await App.WithDbAsync(db => Sweep(new ManualClock(DateTimeOffset.UtcNow + TimeSpan.FromDays(365)), "0").RunAsync(db)));

        var twoDays = new PreviewLifetime(Configuration("2.00:00:00"), TimeProvider.System);
        Assert.Contains("ภายใน ๒ วัน", twoDays.ExpiredMessage, StringComparison.Ordinal);
        var sweeper = new PreviewSweeper(scopes, twoDays, new HurriedClock(), NullLogger<PreviewSweeper>.Instance);
        await sweeper.StartAsync(CancellationToken.None);
        for (var wait = 0; wait < 100 && (await StillThereAsync(threeDays)).Count > 0; wait++)
        {
            await Task.Delay(100);
        }

        await sweeper.StopAsync(CancellationToken.None);
        Assert.Equal([oneDay], await StillThereAsync(threeDays, oneDay));
        Assert.Equal(PreviewLifetime.Default, new PreviewLifetime(Configuration(null), TimeProvider.System).Lifetime);
    }

    Task<int> CountAsync(int year) => App.WithDbAsync(db => db.Measures.CountAsync(m => m.FiscalYear == year && db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == DemoSeed.Slug)));

    async Task<List<Guid>> StillThereAsync(params Guid[] ids) =>
        await App.WithDbAsync(db => db.ImportBatches.Where(b => ids.Contains(b.Id)).Select(b => b.Id).ToListAsync());

    /// <summary>Makes the batch as old as if it had been uploaded at <paramref name="createdAt"/> (and confirmed then, if it was).</summary>
    Task AgeAsync(Guid batch, DateTime createdAt, ImportState? state = null) => App.WithDbAsync(async db =>
    {
        var row = await db.ImportBatches.SingleAsync(b => b.Id == batch);
        row.CreatedAt = createdAt;
        row.ConfirmedAt = row.ConfirmedAt is null ? null : createdAt;
        row.State = state ?? row.State;
        return await db.SaveChangesAsync();
    });

    /// <summary>A preview of the seed in another agency, as its administrator's upload leaves it.</summary>
    async Task<(Guid Agency, Guid Batch)> PreviewElsewhereAsync() => await App.WithDbAsync(async db =>
    {
        var agency = new Agency { Slug = $"t-{Guid.NewGuid():N}"[..20], Name = "เทศบาลตำบลบ้านกวาด", Type = "เทศบาลตำบล", Province = "ระยอง", Units = [new AgencyUnit { Name = "สำนักปลัด" }] };
        db.Agencies.Add(agency);
        var read = DocumentImporter.Read(await ImportForms.SeedAsync(), "seed.txt", new ImportOptions { Agency = new AgencyName(agency.Name, null) });
        var batch = ImportWrites.Preview(agency, read, "seed.txt", 2567, "admin@kwat.example", DateTime.UtcNow);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        return (agency.Id, batch.Id);
    });

    async Task<HttpClient> ApiAsync()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        return client;
    }

    static async Task<Guid> UploadAsync(HttpClient api, int year)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await ImportForms.SeedAsync());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "o42-banchang-2566.txt");
        var response = await api.PostAsync($"{Imports}?fiscalYear={year}", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return Guid.Parse((string)JsonNode.Parse(body)!["id"]!);
    }

    static async Task<JsonObject> GetAsync(HttpClient api, Guid batch, HttpStatusCode expected)
    {
        var response = await api.GetAsync($"{Imports}/{batch}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    static async Task<JsonObject> ConfirmAsync(HttpClient api, Guid batch, HttpStatusCode expected)
    {
        var response = await api.PostAsJsonAsync($"{Imports}/{batch}/confirm", new { mode = "add" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        return JsonNode.Parse(body)!.AsObject();
    }
}

public sealed class SqlitePreviewSweepTests(SqliteApp app) : PreviewSweepBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresPreviewSweepTests(PostgresApp app) : PreviewSweepBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
