using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Data;
using Prongsai.Oit;

namespace Prongsai.Web.Tests;

/// <summary>The OIT workbook: every item of the year, the measures pair linked to the published documents, the ITAS list, link checks, public evidence, rollover.</summary>
public abstract class OitBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, List<KeyValuePair<string, string>> fields) =>
        await client.PostAsync($"{page}{(page.Contains('?') ? '&' : '?')}handler={handler}", new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, page, fields)));

    Task<OitEntry?> EntryAsync(int year, string code) =>
        App.WithDbAsync(db => db.OitEntries.AsNoTracking().FirstOrDefaultAsync(e => e.FiscalYear == year && e.Code == code && db.Agencies.Any(a => a.Id == e.AgencyId && a.Slug == DemoSeed.Slug)));

    [Fact]
    public async Task The_demo_agencys_2566_workbook_has_every_item_and_O43_links_to_the_published_progress_report()
    {
        var html = await (await App.SignedInAsync(Roles.Admin)).GetStringAsync("/a/banchang/oit?year=2566");

        for (var n = 1; n <= 43; n++)
        {
            Assert.Contains($"<tr id=\"item-O{n}\">", html);
        }

        Assert.Contains("การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", html);
        var o43 = html[html.IndexOf("<tr id=\"item-O43\">", StringComparison.Ordinal)..];
        Assert.Contains("/p/banchang/2566/progress\"", o43[..o43.IndexOf("</tr>", StringComparison.Ordinal)]);
        // The seed publishes the progress report only: O42's measures document is flagged, not linked as if it existed.
        var o42 = html[html.IndexOf("<tr id=\"item-O42\">", StringComparison.Ordinal)..];
        Assert.Contains("เอกสารยังไม่เผยแพร่", o42[..o42.IndexOf("</tr>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task The_ITAS_csv_lists_every_item_in_order_with_the_progress_report_url()
    {
        var response = await (await App.SignedInAsync(Roles.Executive)).GetAsync("/a/banchang/oit/itas.csv?year=2566");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(44, lines.Length);
        Assert.Equal(Enumerable.Range(1, 43).Select(n => $"O{n}"), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains("http://localhost/p/banchang/2566/progress", lines[43]);
        Assert.EndsWith(",ไม่,ยังไม่มี URL (no URL); เกณฑ์ครบ ๐/๓ ข้อ (criteria met 0 of 3)", lines[1]);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_ITAS_exports_are_never_kept_by_a_shared_cache(string format)
    {
        var response = await (await App.SignedInAsync(Roles.Admin)).GetAsync($"/a/banchang/oit/itas.{format}?year=2566");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("private, no-store", response.Headers.NonValidated["Cache-Control"].ToString());
    }

    [Fact]
    public async Task A_unit_editor_ticks_criteria_and_publishes_evidence_the_admin_reviews_and_the_public_url_serves_it()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        const string page = "/a/banchang/oit/O2?year=2567";
        // The administrator assigns the item to กองคลัง.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, page, "Save", [new("Input.Status", "NotStarted"), new("Input.UnitName", "กองคลัง"), new("Input.Version", "0")])).StatusCode);
        var editor = await App.SignedInAsync(Roles.Editor);
        var version = (await EntryAsync(2567, "O2"))!.Version;
        var save = await PostAsync(editor, page, "Save",
        [
            new("Input.Status", "Ready"), new("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.CriteriaMet", "(1) ชื่อ-นามสกุล"), new("Input.CriteriaMet", "(2) ตำแหน่ง"), new("Input.CriteriaMet", "(3) รูปถ่าย"),
            new("Input.CriteriaMet", "(4) ช่องทางการติดต่อ"), new("Input.CriteriaMet", "แสดงข้อมูลผู้บริหารสูงสุดและรองผู้บริหารสูงสุด"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);

        using var upload = new MultipartFormDataContent();
        foreach (var field in await AppFactory.FieldsAsync(editor, page, []))
        {
            upload.Add(new StringContent(field.Value), field.Key);
        }

        var pdf = new ByteArrayContent("%PDF-1.4\n% executives\n"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        upload.Add(pdf, "Input.File", "executives.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{page}&handler=Publish", upload)).StatusCode);
        Assert.Null((await EntryAsync(2567, "O2"))!.ReviewedAt);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, page, "Review", [])).StatusCode);
        Assert.NotNull((await EntryAsync(2567, "O2"))!.ReviewedAt);

        var anonymous = App.Anonymous();
        var latest = await anonymous.GetAsync("/p/banchang/2567/oit/O2");
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal("application/pdf", latest.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-1.4", await latest.Content.ReadAsStringAsync());
        var v1 = await anonymous.GetAsync("/p/banchang/2567/oit/O2/v1");
        Assert.Equal("public, max-age=31536000, immutable", v1.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/p/banchang/2567/oit/O2/v2")).StatusCode);

        var itas = await admin.GetStringAsync("/a/banchang/oit/itas?year=2567");
        var row = itas[itas.IndexOf("<tr id=\"itas-O2\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("class=\"ready\"", row);
        Assert.Contains("http://localhost/p/banchang/2567/oit/O2", row);
        Assert.Contains("http://localhost/p/banchang/2567/oit/O2", await anonymous.GetStringAsync("/p/banchang/2567/oit"));
    }

    [Fact]
    public async Task An_editor_of_another_unit_may_not_change_an_item_and_another_agency_is_not_found()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        const string page = "/a/banchang/oit/O5?year=2567";
        await PostAsync(admin, page, "Save", [new("Input.Status", "NotStarted"), new("Input.UnitName", "กองช่าง"), new("Input.Version", "0")]);
        var editor = await App.SignedInAsync(Roles.Editor);

        var refused = await PostAsync(editor, page, "Save", [new("Input.Status", "Ready"), new("Input.Urls", "https://banchang.example/contact")]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty((await EntryAsync(2567, "O5"))!.Urls);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/a/nobody-here/oit?year=2567")).StatusCode);
    }

    [Fact]
    public async Task More_than_five_urls_or_a_non_web_url_are_refused_with_nothing_saved()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        const string page = "/a/banchang/oit/O6?year=2567";
        var six = string.Join('\n', Enumerable.Range(1, 6).Select(n => $"https://banchang.example/law/{n}"));

        var tooMany = await PostAsync(admin, page, "Save", [new("Input.Status", "InProgress"), new("Input.Urls", six)]);
        var notWeb = await PostAsync(admin, page, "Save", [new("Input.Status", "InProgress"), new("Input.Urls", "javascript:alert(1)")]);

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("ไม่เกิน ๕ รายการ", await tooMany.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, notWeb.StatusCode);
        Assert.Null(await EntryAsync(2567, "O6"));
    }

    [Fact]
    public async Task The_link_check_marks_a_404_and_redirects_to_a_login_page_as_failing_and_a_page_as_fine()
    {
        await using var site = await LocalSite.StartAsync();
        using var checking = App.WithWebHostBuilder(b => b.UseSetting(LinkChecker.PrivateNetworksKey, "true"));
        var client = checking.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        var urls = new[] { "/ita/o1", "/ita/old", "/ita/gone", "/ita/private", "/ita/members" }.Select(p => site.BaseUrl + p).ToList();
        var put = await client.PutAsJsonAsync("/api/v1/agencies/banchang/oit/O1?year=2569", new { status = "inProgress", urls });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var checks = await (await client.PostAsync("/api/v1/agencies/banchang/oit/O1/check?year=2569", null)).Content.ReadFromJsonAsync<JsonElement>();

        var byUrl = checks.EnumerateArray().ToDictionary(c => c.GetProperty("url").GetString()![site.BaseUrl.Length..], c => c);
        Assert.True(byUrl["/ita/o1"].GetProperty("ok").GetBoolean());
        Assert.True(byUrl["/ita/old"].GetProperty("ok").GetBoolean());
        Assert.False(byUrl["/ita/gone"].GetProperty("ok").GetBoolean());
        Assert.Equal(404, byUrl["/ita/gone"].GetProperty("statusCode").GetInt32());
        Assert.Contains("หน้าเข้าสู่ระบบ", byUrl["/ita/private"].GetProperty("problem").GetString());
        Assert.Contains("หน้าเข้าสู่ระบบ", byUrl["/ita/members"].GetProperty("problem").GetString());

        var workbook = await client.GetFromJsonAsync<JsonElement>("/api/v1/agencies/banchang/oit?year=2569");
        Assert.Equal(3, workbook.GetProperty("brokenLinks").GetInt32());
        var html = await (await App.SignedInAsync(Roles.Admin)).GetStringAsync("/a/banchang/oit?year=2569");
        Assert.Contains("ลิงก์ใช้ไม่ได้ ๓", html);
    }

    [Fact]
    public async Task A_site_that_does_not_answer_in_time_fails_the_check()
    {
        await using var site = await LocalSite.StartAsync();
        var checker = Checker(new() { [LinkChecker.PrivateNetworksKey] = "true", [LinkChecker.TimeoutKey] = "0.5" });

        var result = await checker.CheckAsync(site.BaseUrl + "/ita/slow");

        Assert.False(result.Ok);
        Assert.Contains("ไม่ตอบภายในเวลาที่กำหนด", result.Problem);
    }

    [Fact]
    public async Task The_check_refuses_addresses_inside_this_machine_unless_configured()
    {
        await using var site = await LocalSite.StartAsync();

        var result = await Checker([]).CheckAsync(site.BaseUrl + "/ita/o1");

        Assert.False(result.Ok);
        Assert.Contains("not a public address", result.Problem);
    }

    static LinkChecker Checker(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        LinkChecker.Register(services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<LinkChecker>();
    }

    [Fact]
    public async Task Rollover_2567_to_2568_carries_items_by_the_mapping()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        await PostAsync(admin, "/a/banchang/oit/O42?year=2567", "Save", [new("Input.Status", "Submitted"), new("Input.UnitName", "สำนักปลัด"), new("Input.Urls", "https://banchang.example/o42")]);
        await PostAsync(admin, "/a/banchang/oit/O3?year=2567", "Save", [new("Input.Status", "Submitted"), new("Input.UnitName", "สำนักปลัด"), new("Input.Urls", "https://banchang.example/o3")]);
        await PostAsync(admin, "/a/banchang/oit/O1?year=2567", "Save", [new("Input.Status", "Submitted"), new("Input.UnitName", "สำนักปลัด"), new("Input.Urls", "https://banchang.example/o1")]);

        var page = await PostAsync(admin, "/a/banchang/oit?year=2567", "Rollover", [new("year", "2567")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("คัดลอกจากปี ๒๕๖๗ มาปี ๒๕๖๘", await page.Content.ReadAsStringAsync());
        var o25 = (await EntryAsync(2568, "O25"))!;
        Assert.Equal(["https://banchang.example/o42"], o25.Urls);
        Assert.Equal("สำนักปลัด", o25.UnitName);
        Assert.Equal(OitStatus.NotStarted, o25.Status);
        Assert.Empty(o25.CriteriaMet);
        // 2568's O1 merges 2567's O1 and O3.
        Assert.Equal(["https://banchang.example/o1", "https://banchang.example/o3"], (await EntryAsync(2568, "O1"))!.Urls.Order());
        Assert.Equal(OitStatus.Submitted, (await EntryAsync(2567, "O42"))!.Status);
    }

    [Fact]
    public async Task Oversight_shows_each_agencys_OIT_readiness_and_broken_links_in_the_page_and_export()
    {
        await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
            var ready = new OitEntry { AgencyId = agency.Id, FiscalYear = 2571, Code = "O1", Status = OitStatus.Ready, ReviewedAt = DateTime.UtcNow, Urls = ["https://banchang.example/o1"] };
            var unreviewed = new OitEntry { AgencyId = agency.Id, FiscalYear = 2571, Code = "O2", Status = OitStatus.Ready, Urls = ["https://banchang.example/gone"] };
            db.OitEntries.AddRange(ready, unreviewed);
            db.OitLinkChecks.Add(new OitLinkCheck { AgencyId = agency.Id, EntryId = unreviewed.Id, Url = "https://banchang.example/gone", Ok = false, StatusCode = 404, CheckedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var client = await App.SignedInAsync(Roles.Oversight);

        var csv = await client.GetStringAsync("/oversight/export.csv?year=2571&q=banchang");
        var html = await client.GetStringAsync("/oversight?year=2571&q=banchang");

        var line = Assert.Single(csv.Split("\r\n"), l => l.StartsWith("banchang,", StringComparison.Ordinal));
        Assert.EndsWith(",1,26,1", line);
        Assert.Contains(">๑/๒๖</a>", html);
    }

    [Fact]
    public async Task The_score_analysis_follows_an_OIT_item_across_years_by_the_mapping_not_by_its_code()
    {
        await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
            db.Scores.AddRange(
                new AgencyScore { AgencyId = agency.Id, FiscalYear = 2567, Total = 80, Level = "ผ่าน" },
                new AgencyScore { AgencyId = agency.Id, FiscalYear = 2568, Total = 90, Level = "ผ่านดีเยี่ยม" });
            db.OitEntries.Add(new OitEntry { AgencyId = agency.Id, FiscalYear = 2567, Code = "O43", Status = OitStatus.Submitted });
            return await db.SaveChangesAsync();
        });

        var html = await (await App.SignedInAsync(Roles.Admin)).GetStringAsync("/a/banchang/analysis");

        var row = html[html.IndexOf("<tr data-item=\"O26\">", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        // 2568's O26 carries 2567's O37, O38 and O43; 2567's own O26 (a human-resources report) is another item.
        Assert.Contains("data-codes=\"O37 O38 O43\"", row);
        Assert.Contains("O43 ส่งแล้ว", row);
        Assert.Equal(2, row.Split("data-codes=\"O26\"").Length);
    }

    [Fact]
    public async Task The_api_lists_every_item_with_its_criteria()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Executive));

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/agencies/banchang/oit?year=2569");

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(26, items.Count);
        var o26 = items.Single(i => i.GetProperty("code").GetString() == "O26");
        Assert.Equal("progress", o26.GetProperty("role").GetString());
        Assert.Equal(2568, o26.GetProperty("fiscalYear").GetInt32());
        Assert.Equal("notStarted", o26.GetProperty("status").GetString());
        Assert.All(o26.GetProperty("criteria").EnumerateArray(), c => Assert.False(c.GetProperty("met").GetBoolean()));
        var openApi = await App.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/agencies/{slug}/oit/{code}", openApi);
    }
}

public sealed class SqliteOitTests(SqliteApp app) : OitBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresOitTests(PostgresApp app) : OitBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
