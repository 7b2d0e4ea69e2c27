using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Prongsai.Cli;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>Oversight across agencies, ITA results and their analysis, and the national demo data.</summary>
public abstract class OversightBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string ScoreHeader = "agency,fiscal year,total,iit,eit,oit,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10";

    [Theory]
    [InlineData(Roles.SysAdmin, HttpStatusCode.OK)]
    [InlineData(Roles.Oversight, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Editor, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Executive, HttpStatusCode.Forbidden)]
    public async Task The_oversight_page_and_its_exports_are_for_oversight_viewers_and_system_administrators(string role, HttpStatusCode expected)
    {
        var client = await App.SignedInAsync(role);
        foreach (var url in new[] { "/oversight", "/oversight/export.csv", "/oversight/export.xlsx" })
        {
            Assert.Equal(expected, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_oversight_counts_match_the_measures_of_the_year()
    {
        var slug = await CreateAgencyAsync("นครทดสอบ", "เทศบาลนคร", "เชียงใหม่");
        var past = new DateOnly(2000, 1, 31);
        await AddMeasuresAsync(slug, 2590,
            (MeasureStatus.Done, past), (MeasureStatus.Done, null), (MeasureStatus.InProgress, past),
            (MeasureStatus.NotStarted, past), (MeasureStatus.NotStarted, new DateOnly(2999, 1, 1)));
        var client = await App.SignedInAsync(Roles.Oversight);

        var html = await client.GetStringAsync($"/oversight?year=2590&province=เชียงใหม่&type=เทศบาลนคร");
        Assert.Contains($"data-slug=\"{slug}\"", html);
        Assert.DoesNotContain("data-slug=\"banchang\"", html);
        var row = html[html.IndexOf($"data-slug=\"{slug}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("<td class=\"num\" data-label=\"มาตรการ\">๕</td>", row);
        Assert.Contains("๒ / ๑ / ๒", row);
        Assert.Contains("<td class=\"num overdue\" data-label=\"เกินกำหนด\">๒</td>", row);

        var csv = await client.GetStringAsync($"/oversight/export.csv?year=2590&q={slug}");
        var line = Assert.Single(csv.Split("\r\n"), l => l.StartsWith(slug + ",", StringComparison.Ordinal));
        // The last update, then OIT ready, items and broken links close the line.
        Assert.EndsWith(",5,2,1,2,2,ไม่,ไม่", string.Join(',', line.Split(',')[..^4]));
        Assert.EndsWith(",0,26,0", line);
    }

    [Fact]
    public async Task The_second_page_holds_the_agencies_after_the_first_hundred_without_overlap()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await App.WithDbAsync(async db =>
        {
            db.Agencies.AddRange(Enumerable.Range(0, 105).Select(i => new Agency
            {
                Slug = $"page-{tag}-{i:000}", Name = $"หน่วยแบ่งหน้า {tag} {i:000}", Type = "อบต.", Province = "ระยอง",
            }));
            return await db.SaveChangesAsync();
        });
        var client = await App.SignedInAsync(Roles.Oversight);

        var first = Slugs(await client.GetStringAsync($"/oversight?q={tag}"));
        var second = Slugs(await client.GetStringAsync($"/oversight?q={tag}&page=2"));

        Assert.Equal(100, first.Count);
        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(105, first.Union(second).Count());
    }

    static List<string> Slugs(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-slug=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task The_csv_and_xlsx_exports_list_every_agency()
    {
        await CreateAgencyAsync("ตำบลส่งออก", "เทศบาลตำบล", "ระยอง");
        var client = await App.SignedInAsync(Roles.SysAdmin);
        var slugs = await App.WithDbAsync(db => db.Agencies.Select(a => a.Slug).ToListAsync());

        var csvResponse = await client.GetAsync("/oversight/export.csv");
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csvSlugs = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(slugs.Order(), csvSlugs.Order());
        Assert.Contains("หน่วยงาน (agency)", Encoding.UTF8.GetString(bytes));

        var xlsx = await client.GetByteArrayAsync("/oversight/export.xlsx");
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(slugs.Order(), rows.Select(r => r["slug"]?.ToString()).Order());
    }

    [Fact]
    public async Task A_score_file_with_a_malformed_row_is_refused_with_its_line_and_nothing_is_imported()
    {
        var slug = await CreateAgencyAsync("ตำบลคะแนนผิด", "เทศบาลตำบล", "ตาก");
        var csv = $"{ScoreHeader}\n{slug},2566,90,90,90,90,90,90,90,90,90,90,90,90,90,90\n{slug},2567,88,90,80,93,95,90,85,8o,70,88,89,90,91,92\n";
        var response = await UploadScoresAsync(csv, "scores.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("บรรทัด 3 คอลัมน์ i4", html);
        Assert.Equal(0, await App.WithDbAsync(db => db.Scores.CountAsync(s => db.Agencies.Any(a => a.Id == s.AgencyId && a.Slug == slug))));

        var unknown = await UploadScoresAsync($"{ScoreHeader}\nno-such-agency,2566,90,,,,,,,,,,,,,\n", "scores.csv");
        Assert.Contains("บรรทัด 2 คอลัมน์ agency", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_score_file_of_another_type_is_refused_and_nothing_is_imported_even_when_its_rows_are_good()
    {
        var slug = await CreateAgencyAsync("ตำบลไฟล์ผิดชนิด", "เทศบาลตำบล", "ตาก");
        var good = $"{ScoreHeader}\n{slug},2566,90,90,90,90,90,90,90,90,90,90,90,90,90,90\n";

        var wrongType = await UploadScoresAsync(good, "scores.exe");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongType.StatusCode);
        Assert.Contains("รับเฉพาะไฟล์ .csv และ .xlsx", await wrongType.Content.ReadAsStringAsync());
        Assert.Equal(0, await App.WithDbAsync(db => db.Scores.CountAsync(s => db.Agencies.Any(a => a.Id == s.AgencyId && a.Slug == slug))));
        Assert.Equal(HttpStatusCode.OK, (await UploadScoresAsync(good, "scores.csv")).StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.Scores.CountAsync(s => db.Agencies.Any(a => a.Id == s.AgencyId && a.Slug == slug))));
    }

    [Fact]
    public async Task A_correct_score_file_records_each_result_with_the_level_of_its_year()
    {
        var slug = await CreateAgencyAsync("ตำบลคะแนนดี", "องค์การบริหารส่วนตำบล (อบต.)", "น่าน");
        var csv = $"\uFEFF{ScoreHeader}\n{slug},2565,86.5,70,90,95,,,,,,,,,,\n{slug},2566,96,96,95,97,99,98,97,96,95,95,96,97,98,99\n{slug},๒๕๖๗,90,84.99,95,95,,,,,,,,,,\n";
        var response = await UploadScoresAsync(csv, "scores.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("score-imported", await response.Content.ReadAsStringAsync());

        var levels = await App.WithDbAsync(db => db.Scores.Where(s => db.Agencies.Any(a => a.Id == s.AgencyId && a.Slug == slug))
            .OrderBy(s => s.FiscalYear).Select(s => s.Level).ToListAsync());
        Assert.Equal(["A", "ผ่านดีเยี่ยม", "ผ่าน"], levels);
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == nameof(AgencyScore) && db.Agencies.Any(a => a.Id == e.AgencyId && a.Slug == slug)));
        Assert.Equal(3, audited);
    }

    [Fact]
    public async Task The_analysis_lists_the_indicators_below_the_target_and_offers_a_measure_for_each()
    {
        var slug = await CreateAgencyAsync("ตำบลวิเคราะห์", "เทศบาลตำบล", "ลำปาง");
        var admin = await App.SignedInAsync(Roles.SysAdmin);
        var fields = new Dictionary<string, string> { ["Input.FiscalYear"] = "2567", ["Input.Iit"] = "90", ["Input.Eit"] = "80", ["Input.Oit"] = "88" };
        decimal[] indicators = [95, 90, 80, 86, 70, 88, 84.5m, 90, 91, 92];
        for (var i = 0; i < indicators.Length; i++)
        {
            fields[$"Input.Indicators[{i}]"] = indicators[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var saved = await admin.PostAsync($"/a/{slug}/scores", await AppFactory.FormAsync(admin, $"/a/{slug}/scores", fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var score = await App.WithDbAsync(db => db.Scores.SingleAsync(s => db.Agencies.Any(a => a.Id == s.AgencyId && a.Slug == slug)));
        Assert.Equal(86.2m, score.Total);
        Assert.Equal("ผ่าน", score.Level);

        var html = await admin.GetStringAsync($"/a/{slug}/analysis");
        Assert.Equal([3, 5, 7], BelowTarget(html));
        Assert.Contains($"/a/{slug}/measures/new?year=2568&amp;indicator=5", html);
        Assert.Equal([5], BelowTarget(await admin.GetStringAsync($"/a/{slug}/analysis?target=75")));

        var form = await admin.GetStringAsync($"/a/{slug}/measures/new?year=2568&indicator=5");
        Assert.Matches("value=\"5\" checked", form);
    }

    [Fact]
    public async Task Demo_generates_the_asked_number_of_agencies_with_measures_in_the_stated_ranges()
    {
        var output = new StringWriter();
        var exit = await CommandLine.RunAsync(
            ["demo", "--agencies", "50", "--data", App.Settings.DataDirectory, .. App.Settings.UsesPostgres ? new[] { "--db", App.Settings.PostgresConnection! } : []],
            output, output);
        Assert.True(exit == 0, output.ToString());

        var (agencies, perYear, updatesPerMeasure, scores) = await App.WithDbAsync(async db =>
        {
            var ids = db.Agencies.Where(a => a.Slug.StartsWith("demo-")).Select(a => a.Id);
            var agencies = await db.Agencies.Where(a => a.Slug.StartsWith("demo-")).ToListAsync();
            var perYear = await db.Measures.Where(m => ids.Contains(m.AgencyId)).GroupBy(m => new { m.AgencyId, m.FiscalYear }).Select(g => g.Count()).ToListAsync();
            var updates = await db.ProgressUpdates.Where(u => ids.Contains(u.AgencyId)).GroupBy(u => u.MeasureId).Select(g => g.Count()).ToListAsync();
            var scores = await db.Scores.CountAsync(s => ids.Contains(s.AgencyId));
            return (agencies, perYear, updates, scores);
        });
        Assert.Equal(50, agencies.Count);
        Assert.All(agencies, a => Assert.Contains(a.Type, AgencyTypes.All));
        Assert.All(agencies, a => Assert.Contains(a.Province!, Provinces.All));
        Assert.True(agencies.Count(a => a.Type == "องค์การบริหารส่วนตำบล (อบต.)") > agencies.Count / 2, "most agencies are อบต.");
        Assert.Equal(50 * 3, perYear.Count);
        Assert.All(perYear, count => Assert.InRange(count, 5, 15));
        Assert.All(updatesPerMeasure, count => Assert.InRange(count, 1, 12));
        Assert.Equal(50 * 3, scores);
        Assert.Contains("generated 50 agencies", output.ToString());
    }

    [Fact]
    public async Task A_measures_document_submitted_with_its_analysis_is_published_opening_with_it()
    {
        await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
            db.Scores.RemoveRange(db.Scores.Where(s => s.AgencyId == agency.Id));
            db.Scores.Add(new AgencyScore
            {
                AgencyId = agency.Id, FiscalYear = 2565, Total = 88, Iit = 90, Eit = 85, Oit = 89, Level = "A",
                IndicatorScores = [95, 90, 72.5m, 90, 90, 90, 90, 90, 90, 90],
            });
            return await db.SaveChangesAsync();
        });
        var admin = await App.SignedInAsync(Roles.Admin);
        var submitted = await admin.PostAsync("/a/banchang/signoff?handler=Submit",
            await AppFactory.FormAsync(admin, "/a/banchang/signoff?year=2566", new() { ["year"] = "2566", ["kind"] = "Measures", ["withAnalysis"] = "true", ["acknowledge"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var review = submitted.Headers.Location!.OriginalString.Split('?')[0];

        var executive = await App.SignedInAsync(Roles.Executive);
        var frozen = await executive.GetStringAsync(review.TrimEnd('/') + "/document");
        Assert.Contains("ผลการวิเคราะห์ผลการประเมิน", frozen);
        var approved = await executive.PostAsync(review + "?handler=Approve", await AppFactory.FormAsync(executive, review, new()
        {
            ["SignatureName"] = "นายทดสอบ ลงนาม",
            ["SignaturePosition"] = "นายกเทศมนตรีตำบลบ้านฉาง",
        }));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var published = await App.Anonymous().GetStringAsync("/p/banchang/2566/measures");
        var analysisAt = published.IndexOf("ผลการวิเคราะห์ผลการประเมิน", StringComparison.Ordinal);
        Assert.InRange(analysisAt, 0, published.IndexOf("<table", StringComparison.Ordinal));
        Assert.Contains("ตัวชี้วัดที่ ๓", published);
        Assert.Contains("๗๒.๕", published);
    }

    static List<int> BelowTarget(string html) =>
    [
        .. System.Text.RegularExpressions.Regex.Matches(html[html.IndexOf("id=\"below-target\"", StringComparison.Ordinal)..], "data-indicator=\"(\\d+)\"")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)),
    ];

    async Task<HttpResponseMessage> UploadScoresAsync(string content, string fileName)
    {
        var client = await App.SignedInAsync(Roles.SysAdmin);
        using var upload = new MultipartFormDataContent();
        foreach (var field in await AppFactory.FieldsAsync(client, "/scores/import", []))
        {
            upload.Add(new StringContent(field.Value), field.Key);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        upload.Add(file, "file", fileName);
        return await client.PostAsync("/scores/import", upload);
    }

    [Fact]
    public async Task The_cache_serves_figures_at_most_its_configured_seconds_old()
    {
        var clock = new ManualClock(new DateTimeOffset(2023, 3, 15, 8, 0, 0, TimeSpan.Zero));
        var settings = new ConfigurationBuilder().AddInMemoryCollection([new("Prongsai:OversightCacheSeconds", "30")]).Build();
        var cache = new Prongsai.Oversight.OversightCache(App.Services.GetRequiredService<IServiceScopeFactory>(), clock, settings);
        var today = new DateOnly(2023, 3, 15);
        var before = (await cache.RowsAsync(2566, today)).Count;

        var slug = await CreateAgencyAsync("ตำบลแคชเก่า", "เทศบาลตำบล", "ตาก");
        clock.Advance(TimeSpan.FromSeconds(29.9));
        var stale = await cache.RowsAsync(2566, today);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        var fresh = await cache.RowsAsync(2566, today);

        Assert.Equal(before, stale.Count);
        Assert.DoesNotContain(stale, r => r.Slug == slug);
        Assert.Equal(before + 1, fresh.Count);
        Assert.Contains(fresh, r => r.Slug == slug);
        Assert.Equal(TimeSpan.FromSeconds(30), new Prongsai.Oversight.OversightCache(App.Services.GetRequiredService<IServiceScopeFactory>(), clock, new ConfigurationBuilder().Build()).Lifetime);
    }

    async Task<string> CreateAgencyAsync(string place, string type, string province)
    {
        var slug = $"t-{Guid.NewGuid():N}"[..20];
        await App.WithDbAsync(async db =>
        {
            db.Agencies.Add(new Agency { Slug = slug, Name = place, Type = type, Province = province, Units = [new AgencyUnit { Name = "สำนักปลัด" }] });
            return await db.SaveChangesAsync();
        });
        return slug;
    }

    async Task AddMeasuresAsync(string slug, int year, params (MeasureStatus Status, DateOnly? End)[] measures) =>
        await App.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == slug);
            db.Measures.AddRange(measures.Select((m, i) => new AgencyMeasure
            {
                AgencyId = agency.Id, FiscalYear = year, Position = i, Tool = Tool.IIT, Indicators = [1], Status = m.Status, PeriodEnd = m.End, Steps = ["ประชุม"],
            }));
            return await db.SaveChangesAsync();
        });
}

public sealed class SqliteOversightTests(SqliteApp app) : OversightBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresOversightTests(PostgresApp app) : OversightBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
