using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Publishing;

namespace Prongsai.Web.Tests;

/// <summary>The sign-off forms as the pages post them.</summary>
public static class PublishingForms
{
    /// <summary>The administrator submits the year's progress report; an executive approves it. Returns the new version number.</summary>
    public static async Task<int> SubmitAndApproveAsync(AppFactory app, string kind = "Progress")
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var submitted = await admin.PostAsync("/a/banchang/signoff?handler=Submit",
            await AppFactory.FormAsync(admin, "/a/banchang/signoff?year=2566", new() { ["year"] = "2566", ["kind"] = kind, ["acknowledge"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var review = submitted.Headers.Location!.OriginalString.Split('?')[0];

        var executive = await app.SignedInAsync(Roles.Executive);
        Assert.Contains("/document", await executive.GetStringAsync(review));
        var approved = await executive.PostAsync(review + "?handler=Approve", await AppFactory.FormAsync(executive, review, new()
        {
            ["SignatureName"] = "นายทดสอบ ลงนาม",
            ["SignaturePosition"] = "นายกเทศมนตรีตำบลบ้านฉาง",
        }));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return await app.WithDbAsync(db => db.Publications
            .Where(p => p.Kind == Enum.Parse<DocumentKind>(kind) && p.FiscalYear == 2566 && db.Agencies.Any(a => a.Id == p.AgencyId && a.Slug == DemoSeed.Slug))
            .MaxAsync(p => p.Number));
    }
}

/// <summary>Sign-off, immutable published versions at public URLs, and year rollover, on SQLite and PostgreSQL.</summary>
public abstract class PublishingBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static readonly SemaphoreSlim Publishing = new(1, 1);

    Task<int> SubmitAndApproveAsync(string kind = "Progress") => PublishingForms.SubmitAndApproveAsync(App, kind);

    [Fact]
    public async Task The_demo_agency_starts_with_its_progress_report_published_as_v1()
    {
        var anonymous = App.Anonymous();
        var v1 = await anonymous.GetAsync("/p/banchang/2566/progress/v1");
        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Contains("เทศบาลตำบลบ้านฉาง", await v1.Content.ReadAsStringAsync());
        var index = await anonymous.GetStringAsync("/p/banchang");
        Assert.Contains("/p/banchang/2566/progress/v1", index);
    }

    [Fact]
    public async Task Public_urls_need_no_login_and_serve_each_format_with_its_type_and_file_name()
    {
        var anonymous = App.Anonymous();
        var expected = new Dictionary<string, string>
        {
            [""] = "text/html",
            [".pdf"] = "application/pdf",
            [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            [".json"] = "application/json",
        };
        foreach (var (extension, type) in expected)
        {
            foreach (var url in new[] { $"/p/banchang/2566/progress{extension}", $"/p/banchang/2566/progress/v1{extension}" })
            {
                var response = await anonymous.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
                Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
                Assert.NotNull(response.Headers.ETag);
                if (extension.Length > 0)
                {
                    Assert.StartsWith($"banchang-2566-progress-v", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
                    Assert.EndsWith(extension, response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
                }
            }
        }

        var pdf = await anonymous.GetByteArrayAsync("/p/banchang/2566/progress/v1.pdf");
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var immutable = await anonymous.GetAsync("/p/banchang/2566/progress/v1.pdf");
        foreach (var versioned in new[] { "", ".pdf", ".docx", ".xlsx", ".json" })
        {
            var response = versioned == ".pdf" ? immutable : await anonymous.GetAsync("/p/banchang/2566/progress/v1" + versioned);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cache = response.Headers.CacheControl!;
            // The newest version's web page will say "a newer version exists" once one does: it is cached 30 s until then.
            if (versioned == "" && cache.MaxAge == TimeSpan.FromSeconds(30))
            {
                Assert.True(cache.Public && cache.Extensions.Count == 0, $"v1: {cache}");
                continue;
            }

            // Cache-Control: public, max-age=31536000, immutable (README), and nothing else.
            Assert.True(cache.Public, $"v1{versioned}: {cache}");
            Assert.Equal(TimeSpan.FromSeconds(31536000), cache.MaxAge);
            Assert.Equal(["immutable"], cache.Extensions.Select(e => e.Name));
            Assert.False(cache.Private || cache.NoCache || cache.NoStore || cache.SharedMaxAge.HasValue, $"v1{versioned}: {cache}");
        }
        var again = new HttpRequestMessage(HttpMethod.Get, "/p/banchang/2566/progress/v1.pdf");
        again.Headers.IfNoneMatch.Add(immutable.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_published_snapshot_never_changes_and_v1_and_v2_both_stay_reachable()
    {
        await Publishing.WaitAsync();
        try
        {
            var anonymous = App.Anonymous();
            var v1Before = await anonymous.GetByteArrayAsync("/p/banchang/2566/progress/v1.pdf");
            var number = await SubmitAndApproveAsync();
            Assert.True(number >= 2);
            var published = await anonymous.GetStringAsync($"/p/banchang/2566/progress/v{number}");
            Assert.Contains("นายทดสอบ ลงนาม", published);
            var latest = await anonymous.GetStringAsync("/p/banchang/2566/progress");
            Assert.Contains("/p/banchang/2566/progress/v1", latest);
            var pdfBefore = await anonymous.GetByteArrayAsync($"/p/banchang/2566/progress/v{number}.pdf");
            var jsonBefore = await anonymous.GetStringAsync($"/p/banchang/2566/progress/v{number}.json");

            var measure = await App.WithDbAsync(db => db.Measures.Where(m => m.FiscalYear == 2566).OrderBy(m => m.Position).FirstAsync());
            await App.WithDbAsync(async db =>
            {
                var row = await db.Measures.SingleAsync(m => m.Id == measure.Id);
                row.Results = ["ผลที่แก้ไขหลังเผยแพร่"];
                row.Status = MeasureStatus.NotStarted;
                row.Version++;
                return await db.SaveChangesAsync();
            });

            Assert.Equal(pdfBefore, await anonymous.GetByteArrayAsync($"/p/banchang/2566/progress/v{number}.pdf"));
            Assert.Equal(jsonBefore, await anonymous.GetStringAsync($"/p/banchang/2566/progress/v{number}.json"));
            Assert.DoesNotContain("ผลที่แก้ไขหลังเผยแพร่", jsonBefore);
            Assert.Equal(v1Before, await anonymous.GetByteArrayAsync("/p/banchang/2566/progress/v1.pdf"));
            var stored = await App.WithDbAsync(db => db.PublishedFiles.SingleAsync(f => f.Format == "pdf" && db.Publications.Any(p => p.Id == f.PublicationId && p.Number == number && p.Kind == DocumentKind.Progress)));
            Assert.Equal(pdfBefore, stored.Content);
        }
        finally
        {
            Publishing.Release();
        }
    }

    [Fact]
    public async Task An_approval_publishes_every_format_with_its_type_and_the_web_page_links_the_served_fonts()
    {
        await Publishing.WaitAsync();
        try
        {
            // Rendered inside this test (the demo's v1 is rendered while the app starts, before any test runs).
            var number = await SubmitAndApproveAsync();
            var anonymous = App.Anonymous();
            var expected = new (string Format, string Type, byte[] Magic)[]
            {
                ("html", "text/html; charset=utf-8", "<!DOCTYPE html>"u8.ToArray()),
                ("pdf", "application/pdf", "%PDF-"u8.ToArray()),
                ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"u8.ToArray()),
                ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"u8.ToArray()),
                ("json", "application/json; charset=utf-8", "{"u8.ToArray()),
            };
            var stored = await App.WithDbAsync(db => db.PublishedFiles.AsNoTracking()
                .Where(f => db.Publications.Any(p => p.Id == f.PublicationId && p.Number == number && p.Kind == DocumentKind.Progress && p.FiscalYear == 2566))
                .ToListAsync());
            Assert.Equal(expected.Select(e => e.Format).Order(), stored.Select(f => f.Format).Order());
            foreach (var (format, type, magic) in expected)
            {
                var file = stored.Single(f => f.Format == format);
                Assert.Equal(type, file.ContentType);
                Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Content)), file.Sha256);
                Assert.True(file.Content.AsSpan().StartsWith(magic), $"{format} starts with {Convert.ToHexString(file.Content[..8])}");

                var url = $"/p/banchang/2566/progress/v{number}" + (format == "html" ? "" : "." + format);
                var response = await anonymous.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(type.Split(';')[0], response.Content.Headers.ContentType!.MediaType);
                Assert.Equal(file.Content, await response.Content.ReadAsByteArrayAsync());
            }

            var page = System.Text.Encoding.UTF8.GetString(stored.Single(f => f.Format == "html").Content);
            Assert.Contains("src:url(/assets/fonts/", page);
            Assert.DoesNotContain("data:font/woff2;base64,", page);
            Assert.Equal(2566, System.Text.Json.JsonDocument.Parse(stored.Single(f => f.Format == "json").Content).RootElement.GetProperty("fiscalYear").GetInt32());
        }
        finally
        {
            Publishing.Release();
        }
    }

    [Fact]
    public async Task Version_numbers_count_separately_for_each_agency_year_and_kind()
    {
        await Publishing.WaitAsync();
        int[] numbers;
        try
        {
            numbers = await PublishVersionsAsync();
        }
        finally
        {
            Publishing.Release();
        }

        Assert.True(numbers[0] >= 1, "the demo agency's 2566 progress report is published");
        Assert.Equal([1, 2, 1, 1, 3, 2], numbers[1..]);
    }

    /// <summary>The demo agency's newest 2566 progress version, then the numbers a new agency's versions get.</summary>
    Task<int[]> PublishVersionsAsync() => App.WithDbAsync(async db =>
    {
        // Versions of the demo agency's 2566 progress report already exist; this agency has none of its own.
        var agency = new Agency { Slug = $"versions-{Guid.NewGuid():N}"[..20], Name = "เทศบาลตำบลทดสอบเลขฉบับ", Type = AgencyTypes.All[0] };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var demo = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        var demoNewest = await db.Publications.Where(p => p.AgencyId == demo.Id && p.FiscalYear == 2566 && p.Kind == DocumentKind.Progress).MaxAsync(p => p.Number);

        async Task<int> PublishAsync(Guid agencyId, int year, DocumentKind kind)
        {
            var document = new MeasuresDocument { Agency = new AgencyName(agency.Name), FiscalYear = year, Kind = kind };
            var publication = await Publisher.AddNextVersionAsync(db, agencyId, document, [], null, null, DateTime.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
            return publication.Number;
        }

        return new[]
        {
            demoNewest,
            await PublishAsync(agency.Id, 2566, DocumentKind.Progress),
            await PublishAsync(agency.Id, 2566, DocumentKind.Progress),
            await PublishAsync(agency.Id, 2567, DocumentKind.Progress),
            await PublishAsync(agency.Id, 2566, DocumentKind.Measures),
            await PublishAsync(agency.Id, 2566, DocumentKind.Progress),
            await PublishAsync(agency.Id, 2567, DocumentKind.Progress),
        };
    });

    [Fact]
    public async Task An_unpublished_draft_is_never_reachable_publicly()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var submitted = await admin.PostAsync("/a/banchang/signoff?handler=Submit",
            await AppFactory.FormAsync(admin, "/a/banchang/signoff?year=2566", new() { ["year"] = "2566", ["kind"] = "Measures", ["acknowledge"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var anonymous = App.Anonymous();

        foreach (var url in new[] { "/p/banchang/2566/measures", "/p/banchang/2566/measures.pdf", "/p/banchang/2566/measures/v1", "/p/banchang/2570/progress", "/p/banchang/2566/progress/v999", "/p/nobody/2566/progress" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        }

        var document = await anonymous.GetAsync(submitted.Headers.Location!.OriginalString.Split('?')[0] + "/document");
        Assert.Equal(HttpStatusCode.Redirect, document.StatusCode);
        Assert.StartsWith("/account/login", document.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Only_an_executive_of_the_agency_approves_and_a_return_publishes_nothing()
    {
        await Publishing.WaitAsync();
        try
        {
            var token = await TokenForAsync(Roles.Admin);
            var admin = App.Anonymous();
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var before = await App.WithDbAsync(db => db.Publications.CountAsync());
            var created = await admin.PostAsJsonAsync("/api/v1/agencies/banchang/submissions", new { fiscalYear = 2566, kind = "progress", acknowledgeErrors = true });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();

            Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync($"/api/v1/agencies/banchang/submissions/{id}/approve", new { name = "x", position = "y" })).StatusCode);
            var executive = App.Anonymous();
            executive.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Executive));
            var returned = await executive.PostAsJsonAsync($"/api/v1/agencies/banchang/submissions/{id}/return", new { comment = "แก้ผลการดำเนินการข้อ ๒" });
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await executive.PostAsJsonAsync($"/api/v1/agencies/banchang/submissions/{id}/approve", new { name = "x", position = "y" })).StatusCode);
            Assert.Equal(before, await App.WithDbAsync(db => db.Publications.CountAsync()));

            var again = await admin.PostAsJsonAsync("/api/v1/agencies/banchang/submissions", new { fiscalYear = 2566, kind = "progress", acknowledgeErrors = true });
            var againId = (await again.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
            var approved = await executive.PostAsJsonAsync($"/api/v1/agencies/banchang/submissions/{againId}/approve", new { name = "นายผู้บริหาร API", position = "นายกเทศมนตรี" });
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            var url = (await approved.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("publicUrl").GetString();
            Assert.Contains("นายผู้บริหาร API", await App.Anonymous().GetStringAsync(url));
        }
        finally
        {
            Publishing.Release();
        }
    }

    [Fact]
    public async Task Rollover_copies_the_year_as_drafts_without_changing_it()
    {
        await App.WithDbAsync(async db =>
        {
            var agency = new Agency { Slug = "rollover", Name = "เทศบาลตำบลทดสอบปีใหม่", Type = "เทศบาลตำบล" };
            db.Agencies.Add(agency);
            db.Measures.Add(new AgencyMeasure
            {
                AgencyId = agency.Id, FiscalYear = 2566, Position = 1, Tool = Tool.OIT, Indicators = [9], ResponsibleUnits = ["กองคลัง"], Steps = ["เผยแพร่ข้อมูล"],
                PeriodStart = new DateOnly(2022, 10, 1), PeriodEnd = new DateOnly(2023, 9, 30), PeriodText = "ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖",
                Status = MeasureStatus.Done, Results = ["เผยแพร่ครบแล้ว"],
            });
            return await db.SaveChangesAsync();
        });
        var yearBefore = await App.WithDbAsync(db => db.Measures.AsNoTracking().Where(m => m.FiscalYear == 2566 && db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == "rollover")).ToListAsync());
        var sysadmin = await App.SignedInAsync(Roles.SysAdmin);

        var response = await sysadmin.PostAsync("/a/rollover/rollover", await AppFactory.FormAsync(sysadmin, "/a/rollover/rollover", new() { ["fromYear"] = "2566" }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var twice = await sysadmin.PostAsync("/a/rollover/rollover", await AppFactory.FormAsync(sysadmin, "/a/rollover/rollover", new() { ["fromYear"] = "2566" }));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var (after, next) = await App.WithDbAsync(async db =>
        {
            var rows = await db.Measures.AsNoTracking().Where(m => db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == "rollover")).ToListAsync();
            return (rows.Where(m => m.FiscalYear == 2566).ToList(), rows.Where(m => m.FiscalYear == 2567).ToList());
        });
        var original = Assert.Single(after);
        Assert.Equal(yearBefore[0].Version, original.Version);
        Assert.Equal(MeasureStatus.Done, original.Status);
        Assert.Equal(["เผยแพร่ครบแล้ว"], original.Results);
        var copy = Assert.Single(next);
        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal(MeasureStatus.NotStarted, copy.Status);
        Assert.Empty(copy.Results);
        Assert.Equal(new DateOnly(2023, 10, 1), copy.PeriodStart);
        Assert.Equal(new DateOnly(2024, 9, 30), copy.PeriodEnd);
        Assert.Equal(["เผยแพร่ข้อมูล"], copy.Steps);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync("/p/rollover/2567/measures")).StatusCode);
    }

    [Fact]
    public async Task An_editor_cannot_submit_nor_roll_over()
    {
        var editor = await App.SignedInAsync(Roles.Editor);
        var submit = await editor.PostAsync("/a/banchang/signoff?handler=Submit",
            await AppFactory.FormAsync(editor, "/a/banchang/signoff?year=2566", new() { ["year"] = "2566", ["kind"] = "Progress" }));
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        var rollover = await editor.PostAsync("/a/banchang/rollover", await AppFactory.FormAsync(editor, "/a/banchang/rollover", new() { ["fromYear"] = "2566" }));
        Assert.Equal(HttpStatusCode.Forbidden, rollover.StatusCode);
    }
}

public sealed class SqlitePublishingTests(SqliteApp app) : PublishingBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresPublishingTests(PostgresApp app) : PublishingBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
