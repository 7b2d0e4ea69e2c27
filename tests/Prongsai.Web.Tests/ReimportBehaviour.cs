using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>
/// Re-importing never silently doubles a year's measures: merge (the default) matches them, add doubles them only when
/// chosen, undo restores the year; on the page and through the API. Each test works in its own fiscal year except the
/// page test, which re-imports the demo agency's own year 2566.
/// </summary>
public abstract class ReimportBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    Task<int> CountAsync(int year) => App.WithDbAsync(db => db.Measures.CountAsync(m => m.FiscalYear == year && db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == DemoSeed.Slug)));

    Task<List<ProgressUpdate>> ProgressOfAsync(Guid measure) =>
        App.WithDbAsync(db => db.ProgressUpdates.AsNoTracking().Include(u => u.Evidence).Where(u => u.MeasureId == measure).OrderBy(u => u.On).ToListAsync());

    async Task<string> UploadSeedAsync(HttpClient admin)
    {
        var uploaded = await ImportForms.UploadAsync(admin, await ImportForms.SeedAsync(), "o42-banchang-2566.txt");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        return uploaded.Headers.Location!.OriginalString;
    }

    static async Task<HttpResponseMessage> ConfirmOnPageAsync(HttpClient admin, string preview, string? mode, params Guid[] confirmDelete)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (mode is not null)
        {
            fields.Add(new("Mode", mode));
        }

        fields.AddRange(confirmDelete.Select(id => new KeyValuePair<string, string>("ConfirmDelete", id.ToString())));
        return await admin.PostAsync($"{preview}?handler=Confirm", new FormUrlEncodedContent(await AppFactory.FieldsAsync(admin, preview, fields)));
    }

    [Fact]
    public async Task On_the_page_re_importing_the_seed_leaves_3_add_all_makes_6_and_undo_brings_back_3()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        Assert.Equal(3, await CountAsync(2566));

        var preview = await UploadSeedAsync(admin);
        var html = await admin.GetStringAsync(preview);
        Assert.Contains("data-matched=\"3\" data-new=\"0\" data-missing=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"add-warning\"", html, StringComparison.Ordinal);
        // The default: the form's Mode radio is merge when nothing is chosen.
        var merged = await ConfirmOnPageAsync(admin, preview, mode: null);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var banner = await admin.GetStringAsync(merged.Headers.Location!.OriginalString);
        Assert.Contains("เพิ่ม ๐ ปรับปรุง ๐ มาตรการ", banner, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(2566));

        var again = await UploadSeedAsync(admin);
        var added = await ConfirmOnPageAsync(admin, again, "Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("&imported=", added.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("เพิ่ม ๓ ปรับปรุง ๐ มาตรการ", await admin.GetStringAsync(added.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(6, await CountAsync(2566));
        var batchId = Guid.Parse(again.Split('/')[^1]);
        var batch = await App.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId));
        Assert.Equal((ImportState.Confirmed, ImportMode.Add, 3), (batch.State, batch.Mode!.Value, batch.Added));

        var page = await admin.GetStringAsync(again);
        Assert.Contains("id=\"undo-import\"", page, StringComparison.Ordinal);
        var deletedBefore = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == nameof(AgencyMeasure) && e.Action == "deleted"));
        var undone = await admin.PostAsync($"{again}?handler=Undo", await AppFactory.FormAsync(admin, again, []));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Contains("id=\"import-undone\"", await admin.GetStringAsync(again), StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(2566));

        // The confirm itself and the undo are in the audit trail, with the measures they wrote.
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == batch.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.Equal(deletedBefore + 3, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == nameof(AgencyMeasure) && e.Action == "deleted")));
    }

    [Fact]
    public async Task Through_the_api_re_import_merges_add_doubles_and_undo_restores_with_the_counts()
    {
        const int year = 2567;
        var api = await ApiAsync(Roles.Admin);
        Assert.Equal(0, await CountAsync(year));
        var first = await UploadAsync(api, year, await ImportForms.SeedAsync());
        Assert.All(first["measures"]!.AsArray(), m => Assert.Null(m!["match"]));
        Assert.Equal(3, (int)(await ConfirmAsync(api, first, new { mode = "merge" }))["added"]!);

        var second = await UploadAsync(api, year, await ImportForms.SeedAsync());
        Assert.Equal(year, (int)second["fiscalYear"]!);
        Assert.All(second["measures"]!.AsArray(), m => Assert.Equal("indicators", (string)m!["match"]!["kind"]!));
        Assert.Empty(second["missing"]!.AsArray());
        Assert.NotEmpty(second["findings"]!.AsArray());
        var merged = await ConfirmAsync(api, second, new { });
        Assert.Equal((0, 0, 0), ((int)merged["added"]!, (int)merged["updated"]!, (int)merged["deleted"]!));
        Assert.Equal("เพิ่ม ๐ ปรับปรุง ๐ มาตรการ", (string)merged["message"]!);
        Assert.Equal(3, await CountAsync(year));

        var third = await UploadAsync(api, year, await ImportForms.SeedAsync());
        var added = await ConfirmAsync(api, third, new { mode = "add" });
        Assert.Equal(3, (int)added["added"]!);
        Assert.Equal(6, await CountAsync(year));
        var again = await api.PostAsJsonAsync($"/api/v1/agencies/banchang/imports/{third["id"]}/confirm", new { mode = "add" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(6, await CountAsync(year));

        var undo = await api.PostAsync($"/api/v1/agencies/banchang/imports/{third["id"]}/undo", null);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(3, await CountAsync(year));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/agencies/banchang/imports/{third["id"]}/undo", null)).StatusCode);
    }

    [Fact]
    public async Task A_changed_measure_is_updated_in_place_and_undo_restores_its_text()
    {
        const int year = 2568;
        var api = await ApiAsync(Roles.Admin);
        await ConfirmAsync(api, await UploadAsync(api, year, await ImportForms.SeedAsync()), new { mode = "add" });
        var before = await App.WithDbAsync(db => db.Measures.AsNoTracking().Where(m => m.FiscalYear == year).OrderBy(m => m.Position).ToListAsync());

        var seed = DemoSeed.LoadSeedDocument();
        var revised = seed with { Measures = [seed.Measures[0] with { Steps = [.. seed.Measures[0].Steps, "ขั้นตอนที่เพิ่มในฉบับปรับปรุง"] }, seed.Measures[1], seed.Measures[2]] };
        var preview = await UploadAsync(api, year, Encoding.UTF8.GetBytes(InterchangeJson.Serialize(revised)), "revised.json");
        Assert.Equal(before[0].Id.ToString(), (string)preview["measures"]![0]!["match"]!["id"]!);
        var merged = await ConfirmAsync(api, preview, new { mode = "merge" });
        Assert.Equal((0, 1), ((int)merged["added"]!, (int)merged["updated"]!));
        var updated = await App.WithDbAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == before[0].Id));
        Assert.Equal("ขั้นตอนที่เพิ่มในฉบับปรับปรุง", updated.Steps[^1]);
        Assert.Equal(before[0].Version + 1, updated.Version);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/agencies/banchang/imports/{preview["id"]}/undo", null)).StatusCode);
        var restored = await App.WithDbAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == before[0].Id));
        Assert.Equal(before[0].Steps, restored.Steps);
        Assert.Equal(3, await CountAsync(year));
    }

    [Fact]
    public async Task Replace_is_refused_for_a_measure_with_progress_unless_confirmed_for_that_measure()
    {
        const int year = 2569;
        var api = await ApiAsync(Roles.Admin);
        await ConfirmAsync(api, await UploadAsync(api, year, await ImportForms.SeedAsync()), new { mode = "add" });
        var rows = await App.WithDbAsync(db => db.Measures.AsNoTracking().Where(m => m.FiscalYear == year).OrderBy(m => m.Position).ToListAsync());
        var withProgress = rows[2];
        await App.WithDbAsync(async db =>
        {
            var original = new ProgressUpdate { AgencyId = withProgress.AgencyId, MeasureId = withProgress.Id, On = new DateOnly(2026, 1, 5), Text = "ประชุมแล้ว", Status = MeasureStatus.InProgress, RecordedBy = "test" };
            original.Evidence.Add(new Evidence { Url = "https://example.go.th/minutes", Length = 0 });
            db.ProgressUpdates.Add(original);
            db.ProgressUpdates.Add(new ProgressUpdate { AgencyId = withProgress.AgencyId, MeasureId = withProgress.Id, On = new DateOnly(2026, 1, 6), Text = "ประชุมแล้ว ๒ ครั้ง", Status = MeasureStatus.InProgress, RecordedBy = "test", CorrectsId = original.Id });
            return await db.SaveChangesAsync();
        });

        // The year's document now lacks the third measure.
        var seed = DemoSeed.LoadSeedDocument();
        var shorter = InterchangeJson.Serialize(seed with { FiscalYear = year, Measures = [seed.Measures[0], seed.Measures[1]] });

        // On the page: refused with a 409 naming it, and a checkbox to confirm it.
        var admin = await App.SignedInAsync(Roles.Admin);
        var uploaded = await ImportForms.UploadAsync(admin, Encoding.UTF8.GetBytes(shorter), "shorter.json");
        var preview = uploaded.Headers.Location!.OriginalString;
        Assert.Contains($"name=\"ConfirmDelete\" value=\"{withProgress.Id}\"", await admin.GetStringAsync(preview), StringComparison.Ordinal);
        var refused = await ConfirmOnPageAsync(admin, preview, "Replace");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"import-conflict\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-measure=\"{withProgress.Id}\"", html, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(year));

        // Through the API: refused with the list, then deleted once confirmed for that measure.
        var apiPreview = await UploadAsync(api, year, Encoding.UTF8.GetBytes(shorter), "shorter.json");
        Assert.True((bool)apiPreview["missing"]![0]!["hasProgress"]!);
        var conflict = await api.PostAsJsonAsync($"/api/v1/agencies/banchang/imports/{apiPreview["id"]}/confirm", new { mode = "replace" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var listed = JsonNode.Parse(await conflict.Content.ReadAsStringAsync())!["measures"]!.AsArray();
        Assert.Equal(withProgress.Id.ToString(), (string)Assert.Single(listed)!["id"]!);
        Assert.Equal(3, await CountAsync(year));

        var replaced = await ConfirmAsync(api, apiPreview, new { mode = "replace", confirmDelete = new[] { withProgress.Id } });
        Assert.Equal((0, 0, 1), ((int)replaced["added"]!, (int)replaced["updated"]!, (int)replaced["deleted"]!));
        Assert.Equal(2, await CountAsync(year));
        Assert.False(await App.WithDbAsync(db => db.Measures.AnyAsync(m => m.Id == withProgress.Id)));

        var before = await ProgressOfAsync(withProgress.Id);
        Assert.Empty(before);

        // Undo brings the deleted measure back under its own id, with its progress updates and their evidence as they were.
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/agencies/banchang/imports/{apiPreview["id"]}/undo", null)).StatusCode);
        Assert.Equal(3, await CountAsync(year));
        Assert.True(await App.WithDbAsync(db => db.Measures.AnyAsync(m => m.Id == withProgress.Id)));
        var restored = await ProgressOfAsync(withProgress.Id);
        Assert.Equal(["ประชุมแล้ว|https://example.go.th/minutes", "ประชุมแล้ว ๒ ครั้ง|"], restored.Select(u => $"{u.Text}|{string.Join(",", u.Evidence.Select(e => e.Url))}"));
        Assert.Equal(restored[0].Id, restored[1].CorrectsId);
        Assert.Equal((new DateOnly(2026, 1, 5), MeasureStatus.InProgress, "test"), (restored[0].On, restored[0].Status, restored[0].RecordedBy));
    }

    [Fact]
    public async Task Undo_is_refused_naming_the_measure_edited_after_the_import()
    {
        const int year = 2570;
        var api = await ApiAsync(Roles.Admin);
        var preview = await UploadAsync(api, year, await ImportForms.SeedAsync());
        await ConfirmAsync(api, preview, new { mode = "add" });
        var edited = await App.WithDbAsync(db => db.Measures.AsNoTracking().Where(m => m.FiscalYear == year).OrderBy(m => m.Position).FirstAsync());
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/banchang/measures/{edited.Id}")
        {
            Content = new StringContent("{\"tool\":\"IIT\",\"indicators\":[1],\"responsibleUnits\":[\"กองคลัง\"],\"steps\":[\"แก้หลังนำเข้า\"]}", Encoding.UTF8, "application/json"),
        };
        put.Headers.TryAddWithoutValidation("If-Match", edited.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(put)).StatusCode);

        var undo = await api.PostAsync($"/api/v1/agencies/banchang/imports/{preview["id"]}/undo", null);

        Assert.Equal(HttpStatusCode.Conflict, undo.StatusCode);
        var body = JsonNode.Parse(await undo.Content.ReadAsStringAsync())!;
        Assert.Equal(edited.Id.ToString(), (string)Assert.Single(body["measures"]!.AsArray())!["id"]!);
        Assert.Equal(3, await CountAsync(year));

        // The import's page says the same, naming the measure.
        var admin = await App.SignedInAsync(Roles.Admin);
        var url = $"/a/banchang/import/{preview["id"]}";
        var page = await admin.PostAsync($"{url}?handler=Undo", await AppFactory.FormAsync(admin, url, []));
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("แก้หลังนำเข้า", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Oversight)]
    public async Task Only_agency_administrators_may_import_through_the_api(string role)
    {
        var admin = await ApiAsync(Roles.Admin);
        var preview = await UploadAsync(admin, 2571, await ImportForms.SeedAsync());
        var api = await ApiAsync(role);
        using var upload = SeedForm(await ImportForms.SeedAsync(), "seed.txt");

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/agencies/banchang/imports?fiscalYear=2571", upload)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/agencies/banchang/imports/{preview["id"]}/confirm", new { mode = "add" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/agencies/banchang/imports/{preview["id"]}/undo", null)).StatusCode);
        Assert.Equal(0, await CountAsync(2571));
    }

    [Fact]
    public async Task The_api_refuses_an_unknown_mode_and_an_unreadable_file_clearly()
    {
        var api = await ApiAsync(Roles.Admin);
        var preview = await UploadAsync(api, 2571, await ImportForms.SeedAsync());
        var mode = await api.PostAsJsonAsync($"/api/v1/agencies/banchang/imports/{preview["id"]}/confirm", new { mode = "double" });
        Assert.Equal(HttpStatusCode.BadRequest, mode.StatusCode);
        Assert.Contains("merge, replace or add", await mode.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var garbage = SeedForm(Encoding.UTF8.GetBytes("ไม่ใช่ตารางมาตรการ"), "notes.txt");
        var unreadable = await api.PostAsync("/api/v1/agencies/banchang/imports", garbage);
        Assert.Equal((HttpStatusCode)422, unreadable.StatusCode);
        Assert.Equal("notes.txt", (string)JsonNode.Parse(await unreadable.Content.ReadAsStringAsync())!["file"]!);
        Assert.Equal(0, await CountAsync(2571));

        var openapi = await App.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/agencies/{slug}/imports/{id}/confirm", openapi, StringComparison.Ordinal);
        Assert.Contains("/api/v1/agencies/{slug}/imports/{id}/undo", openapi, StringComparison.Ordinal);
    }

    async Task<HttpClient> ApiAsync(string role)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(role));
        return client;
    }

    static MultipartFormDataContent SeedForm(byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    static async Task<JsonObject> UploadAsync(HttpClient api, int year, byte[] bytes, string fileName = "o42-banchang-2566.txt")
    {
        using var form = SeedForm(bytes, fileName);
        var response = await api.PostAsync($"/api/v1/agencies/banchang/imports?fiscalYear={year}", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    static async Task<JsonObject> ConfirmAsync(HttpClient api, JsonObject preview, object body)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/agencies/banchang/imports/{preview["id"]}/confirm", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}

public sealed class SqliteReimportTests(SqliteApp app) : ReimportBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresReimportTests(PostgresApp app) : ReimportBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
