using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Audit;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>The audit trail page: 50 a page newest first, filters in the query string, only the agency's own entries.</summary>
public abstract partial class AuditBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const int Count = 60;
    static readonly DateTime Start = new(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// A new agency with <see cref="Count"/> entries an hour apart from 2031-01-01 00:00 UTC (newer than the rows written when the
    /// agency was created), entries 8 to 12 sharing one instant; every third is an AgencyScore, the rest AgencyMeasure;
    /// even ones by somchai, odd ones by malee. Returns the slug and the ids, newest first.
    /// </summary>
    async Task<(string Slug, List<Guid> Newest)> AgencyWithTrailAsync()
    {
        var slug = $"t-{Guid.NewGuid():N}"[..20];
        var ids = await App.WithDbAsync(async db =>
        {
            var agency = new Agency { Slug = slug, Name = "ตำบลตรวจประวัติ", Type = "เทศบาลตำบล", Province = "ลำปาง", Units = [new AgencyUnit { Name = "สำนักปลัด" }] };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            var entries = Enumerable.Range(0, Count).Select(i => new AuditEntry
            {
                AgencyId = agency.Id,
                At = Start.AddHours(i is >= 8 and <= 12 ? 8 : i),
                Actor = i % 2 == 0 ? $"Somchai{i}@audit.example" : $"malee{i}@audit.example",
                Entity = i % 3 == 0 ? nameof(AgencyScore) : nameof(AgencyMeasure),
                EntityId = $"entity-{i}",
                Action = "modified",
                After = $"{{\"i\":{i}}}",
            }).ToList();
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync();
            return entries.OrderByDescending(e => e.At).Select(e => e.Id).ToList();
        });
        return (slug, ids);
    }

    static List<Guid> Rows(string html) =>
        [.. RowId().Matches(html[html.IndexOf("id=\"audit\"", StringComparison.Ordinal)..]).Select(m => Guid.Parse(m.Groups[1].Value))];

    async Task<List<Guid>> AllIdsAsync(string slug, Func<AuditEntry, bool>? where = null) =>
        await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == slug);
            var all = await db.AuditEntries.Where(e => e.AgencyId == agency.Id).ToListAsync();
            return all.Where(where ?? (_ => true)).Select(e => e.Id).ToList();
        });

    [Fact]
    public async Task Pages_show_fifty_newest_first_then_the_rest_without_overlap_or_gap()
    {
        var (slug, newest) = await AgencyWithTrailAsync();
        var all = await AllIdsAsync(slug);
        Assert.True(all.Count > Count, "creating the agency writes entries of its own");
        var client = await App.SignedInAsync(Roles.SysAdmin);

        var first = await client.GetStringAsync($"/a/{slug}/audit");
        var page1 = Rows(first);
        Assert.Equal(50, page1.Count);
        // The 47 newest are an hour apart: in exactly this order. The last three come from the five sharing an instant.
        Assert.Equal(newest[..47], page1[..47]);
        Assert.Subset(newest[47..52].ToHashSet(), page1[47..].ToHashSet());
        Assert.Contains("หน้า ๑/๒", first);
        Assert.Contains($"href=\"/a/{slug}/audit?page=2\"", first);
        Assert.Contains("rel=\"next\"", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        Assert.Contains("<strong>" + Thai.ThaiDigits.ToThai(all.Count) + "</strong>", first);

        var second = await client.GetStringAsync($"/a/{slug}/audit?page=2");
        var page2 = Rows(second);
        Assert.Equal(all.Count - 50, page2.Count);
        Assert.Empty(page1.Intersect(page2));
        Assert.Equal(all.Order(), page1.Concat(page2).Order());
        // The other two sharing the instant, then the eight before them, then the agency's own creation.
        Assert.Equal(newest[47..52].Order(), page1[47..].Concat(page2[..2]).Order());
        Assert.Equal(newest[52..], page2[2..10]);
        Assert.Contains("หน้า ๒/๒", second);
        Assert.Contains($"href=\"/a/{slug}/audit\" rel=\"prev\"", second);
        Assert.DoesNotContain("rel=\"next\"", second);

        // Asked again, the same rows in the same order (ties broken by id); past the last page, the last page.
        Assert.Equal(page1, Rows(await client.GetStringAsync($"/a/{slug}/audit")));
        Assert.Equal(page2, Rows(await client.GetStringAsync($"/a/{slug}/audit?page=9")));
    }

    [Fact]
    public async Task Each_filter_narrows_the_trail_and_they_combine_with_paging()
    {
        var (slug, _) = await AgencyWithTrailAsync();
        var client = await App.SignedInAsync(Roles.Executive, slug);

        // Kinds in domain words, never class names.
        var html = await client.GetStringAsync($"/a/{slug}/audit");
        Assert.Contains("<option value=\"scores\">ผลคะแนน ITA</option>", html);
        Assert.Contains("<option value=\"units\">หน่วยงานย่อย</option>", html);
        Assert.DoesNotContain(">AgencyScore<", html);
        Assert.DoesNotContain(">AgencyUnit<", html);

        var scores = Rows(await client.GetStringAsync($"/a/{slug}/audit?kind=scores"));
        Assert.Equal((await AllIdsAsync(slug, e => e.Entity == nameof(AgencyScore))).Order(), scores.Order());
        Assert.Equal(20, scores.Count);

        // Who: contains, either case.
        var somchai = Rows(await client.GetStringAsync($"/a/{slug}/audit?who=SOMCHAI"));
        Assert.Equal((await AllIdsAsync(slug, e => e.Actor.StartsWith("Somchai", StringComparison.Ordinal))).Order(), somchai.Order());
        Assert.Equal(30, somchai.Count);

        // Dates: 2 January 2031 in Thailand (1 January 17:00 UTC to 2 January 17:00 UTC), both ends included; typed as Thai dates too.
        var day = Rows(await client.GetStringAsync($"/a/{slug}/audit?from=2031-01-02&to=2031-01-02"));
        Assert.Equal((await AllIdsAsync(slug, e => IctDay(e.At) == new DateOnly(2031, 1, 2))).Order(), day.Order());
        Assert.Equal(24, day.Count);
        Assert.Equal(day, Rows(await client.GetStringAsync($"/a/{slug}/audit?from=" + Uri.EscapeDataString("๒ ม.ค. ๒๕๗๔") + "&to=2/1/2574")));
        Assert.Equal(Count - 17, Rows(await client.GetStringAsync($"/a/{slug}/audit?from=2031-01-02")).Count);

        // Combined: measures by malee on 2 January.
        var combined = Rows(await client.GetStringAsync($"/a/{slug}/audit?kind=measures&who=malee&from=2031-01-02&to=2031-01-02"));
        Assert.Equal((await AllIdsAsync(slug, e => e.Entity == nameof(AgencyMeasure) && e.Actor.StartsWith("malee", StringComparison.Ordinal) && IctDay(e.At) == new DateOnly(2031, 1, 2))).Order(),
            combined.Order());
        Assert.NotEmpty(combined);

        // With paging: the filters stay in the links, the second page holds the rest.
        var written = await client.GetStringAsync($"/a/{slug}/audit?who=audit.example");
        Assert.Contains($"href=\"/a/{slug}/audit?who=audit.example&amp;page=2\"", written);
        var second = Rows(await client.GetStringAsync($"/a/{slug}/audit?who=audit.example&page=2"));
        Assert.Equal(50, Rows(written).Count);
        Assert.Equal(Count - 50, second.Count);
        Assert.Equal((await AllIdsAsync(slug, e => e.Actor.EndsWith("@audit.example", StringComparison.Ordinal))).Order(), Rows(written).Concat(second).Order());

        // The form shows what is filtered; an unknown kind filters nothing.
        Assert.Contains("value=\"2031-01-02\"", await client.GetStringAsync($"/a/{slug}/audit?from=2031-01-02"));
        Assert.Equal(50, Rows(await client.GetStringAsync($"/a/{slug}/audit?kind=Nothing")).Count);
        Assert.Equal(50, Rows(await client.GetStringAsync($"/a/{slug}/audit?kind=AgencyScore")).Count);
    }

    [Fact]
    public async Task Another_agencys_entries_never_appear_and_its_trail_is_not_found()
    {
        var (mine, _) = await AgencyWithTrailAsync();
        var (theirs, _) = await AgencyWithTrailAsync();
        var theirIds = (await AllIdsAsync(theirs)).ToHashSet();
        var sysAdmin = await App.SignedInAsync(Roles.SysAdmin);
        foreach (var query in new[] { "", "?page=2", "?who=malee", "?kind=scores", "?from=2031-01-01&to=2031-12-31" })
        {
            var rows = Rows(await sysAdmin.GetStringAsync($"/a/{mine}/audit{query}"));
            Assert.NotEmpty(rows);
            Assert.DoesNotContain(rows, theirIds.Contains);
        }

        foreach (var role in new[] { Roles.Admin, Roles.Editor, Roles.Executive })
        {
            var client = await App.SignedInAsync(role, mine);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/a/{mine}/audit")).StatusCode);
            foreach (var query in new[] { "", "?page=2", "?who=malee&kind=scores" })
            {
                var response = await client.GetAsync($"/a/{theirs}/audit{query}");
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.DoesNotContain("audit.example", await response.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task Entry_content_is_encoded()
    {
        var (slug, _) = await AgencyWithTrailAsync();
        await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == slug);
            db.AuditEntries.Add(new AuditEntry
            {
                AgencyId = agency.Id, At = Start.AddYears(1), Actor = "<script>alert(1)</script>", Entity = nameof(AgencyMeasure), EntityId = "<b>x</b>",
                Action = "modified", Before = "</pre><script>alert(2)</script>", After = "<img src=x onerror=alert(3)>",
            });
            return await db.SaveChangesAsync();
        });
        var html = await (await App.SignedInAsync(Roles.SysAdmin)).GetStringAsync($"/a/{slug}/audit?who=%3Cscript");
        Assert.Single(Rows(html));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>x</b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    static DateOnly IctDay(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(7));

    /// <summary>"๒ ธ.ค. ๒๕๖๙ ๑๙:๓๐ น. (เวลาประเทศไทย)": how the page shows a stored UTC instant in Thai.</summary>
    static string IctThai(DateTime utc) =>
        $"{Thai.ThaiDates.Format(IctDay(utc))} {Thai.ThaiDigits.ToThai(utc.AddHours(7).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))} น. (เวลาประเทศไทย)";

    async Task<(Guid Batch, List<AuditEntry> Entries)> ImportSeedAsAddAllAsync(HttpClient admin)
    {
        var uploaded = await ImportForms.UploadAsync(admin, await ImportForms.SeedAsync(), "o42-banchang-2566.txt");
        var preview = uploaded.Headers.Location!.OriginalString;
        var confirmed = await admin.PostAsync($"{preview}?handler=Confirm", new FormUrlEncodedContent(await AppFactory.FieldsAsync(admin, preview, [new("Mode", "Add")])));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var importId = Guid.Parse(preview.Split('/')[^1]).ToString();
        return await App.WithDbAsync(async db =>
        {
            var confirm = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityId == importId && e.Entity == nameof(ImportBatch) && e.Action == "modified");
            var batch = confirm.BatchId ?? throw new Xunit.Sdk.XunitException("the confirm's entries carry no batch");
            return (batch, await db.AuditEntries.AsNoTracking().Where(e => e.BatchId == batch).ToListAsync());
        });
    }

    static string RowOf(string html, Guid key)
    {
        var start = html.IndexOf($"<tr data-id=\"{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {key}");
        var next = html.IndexOf("<tr data-id=\"", start + 1, StringComparison.Ordinal);
        return html[start..(next > 0 ? next : html.IndexOf("<nav class=\"pages\"", start, StringComparison.Ordinal))];
    }

    [Fact]
    public async Task Importing_the_demo_document_as_add_all_is_one_row_in_Thailand_time_that_expands_to_its_measures()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var (batch, entries) = await ImportSeedAsAddAllAsync(admin);
        var measures = entries.Where(e => e.Entity == nameof(AgencyMeasure)).ToList();
        Assert.Equal(3, measures.Count);
        Assert.All(measures, m => Assert.Equal("added", m.Action));
        var header = Assert.Single(entries, e => e.Id == batch);
        Assert.Equal((AuditBatch.Entity, AuditBatch.Import), (header.Entity, header.Action));

        var html = await admin.GetStringAsync("/a/banchang/audit");
        var rows = Rows(html);
        Assert.Equal(batch, rows[0]);
        // None of the batch's own entries is a row of its own.
        Assert.Empty(rows.Intersect(entries.Select(e => e.Id).Where(id => id != batch)));
        var row = RowOf(html, batch);
        Assert.Contains("<p class=\"audit-sentence\">นำเข้า ๓ มาตรการจากไฟล์ o42-banchang-2566.txt</p>", row);
        Assert.Contains("<summary>ดูทั้ง " + Thai.ThaiDigits.ToThai(entries.Count - 1) + " รายการในครั้งนี้</summary>", row);
        foreach (var measure in measures)
        {
            Assert.Contains($"<li data-entry=\"{measure.Id}\"><span class=\"audit-sentence\">เพิ่มมาตรการ ตัวชี้วัดที่ ", row);
        }

        Assert.Contains("เพิ่มมาตรการ ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต", row);
        Assert.Contains("ยืนยันการนำเข้าไฟล์ o42-banchang-2566.txt", row);
        // The time shown is Thailand's, labelled, with the UTC instant machine-readable beside it.
        var at = entries.Max(e => e.At);
        Assert.Contains(IctThai(at), row);
        Assert.Contains($"datetime=\"{at.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}Z\"", row);
        Assert.Contains("admin", row);

        // Filtered by kind the batch stays one row: by imports and by measures, not by users.
        Assert.Contains(batch, Rows(await admin.GetStringAsync("/a/banchang/audit?kind=import")));
        Assert.Contains(batch, Rows(await admin.GetStringAsync("/a/banchang/audit?kind=measures")));
        Assert.DoesNotContain(batch, Rows(await admin.GetStringAsync("/a/banchang/audit?kind=users")));
    }

    [Fact]
    public async Task In_English_the_trail_has_no_Thai_sentence_and_times_say_ICT()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var (batch, entries) = await ImportSeedAsAddAllAsync(admin);
        await admin.PostAsync("/language", await AppFactory.FormAsync(admin, "/a/banchang/audit", new() { ["lang"] = "en", ["returnUrl"] = "/a/banchang/audit" }));

        var html = await admin.GetStringAsync("/a/banchang/audit");
        Assert.Contains("<html lang=\"en\">", html);
        var sentences = Sentence().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.True(sentences.Count > entries.Count, "the rows and the batch's entries each have a sentence");
        // The data stays as written (the agency's and its units' names); the sentence around it is English.
        string[] data = ["ทต.บ้านฉาง", "เทศบาลตำบลบ้านฉาง", .. DemoSeed.UnitNames];
        Assert.All(sentences, s => Assert.DoesNotMatch("[\u0E00-\u0E7F]", data.Aggregate(s, (text, name) => text.Replace(name, "", StringComparison.Ordinal))));
        var row = RowOf(html, batch);
        Assert.Contains("Imported 3 measures from o42-banchang-2566.txt", row);
        Assert.Contains("Added a measure: indicator 5, Solving corruption problems", row);
        var local = entries.Max(e => e.At).AddHours(7);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{local.Day} {local:MMM} {local.Year + 543}, {local:HH:mm} ICT"), row);
        Assert.DoesNotContain("เวลาประเทศไทย", html);
        Assert.Contains("All times are Thailand time (ICT).", html);
    }

    [GeneratedRegex("class=\"audit-sentence\">([^<]*)<")]
    private static partial Regex Sentence();

    [GeneratedRegex("<tr data-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex RowId();
}

public sealed class SqliteAuditTests(SqliteApp app) : AuditBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditTests(PostgresApp app) : AuditBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
