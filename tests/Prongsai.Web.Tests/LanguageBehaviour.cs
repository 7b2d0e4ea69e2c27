using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>One language at a time: Thai by default, English by the header's switch (the culture cookie) or the browser.</summary>
public abstract partial class LanguageBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string Measures = "/a/banchang/measures";

    static async Task<HttpResponseMessage> SwitchAsync(HttpClient client, string lang, string returnUrl) =>
        await client.PostAsync("/language", await AppFactory.FormAsync(client, Measures, new() { ["lang"] = lang, ["returnUrl"] = returnUrl }));

    [Fact]
    public async Task Pages_are_Thai_by_default_with_no_English_beside_the_Thai()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var html = await client.GetStringAsync(Measures);
        Assert.Contains("<html lang=\"th\">", html);
        Assert.Contains(">มาตรการ</a>", html);
        Assert.Contains(">English</button>", html);
        Assert.DoesNotContain("<small>", html);
        Assert.DoesNotContain(">Dashboard<", html);
    }

    [Fact]
    public async Task The_switch_sets_the_culture_cookie_and_every_page_turns_English_and_back()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var switched = await SwitchAsync(client, "en", "/a/banchang/dashboard?year=2566");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/a/banchang/dashboard?year=2566", switched.Headers.Location!.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));

        var measureId = await App.WithDbAsync(db => db.Measures.Where(m => m.FiscalYear == 2566).Select(m => m.Id).FirstAsync());
        var data = await DataTextsAsync();
        string[] pages = [Measures, "/a/banchang/dashboard", "/a/banchang/signoff", "/a/banchang/units", "/a/banchang/rollover",
            "/a/banchang/analysis", "/a/banchang/scores", $"/a/banchang/measures/{measureId}/edit", $"/a/banchang/measures/{measureId}/progress",
            "/a/banchang/signoff/confirm?year=2566&kind=Progress"];
        foreach (var page in pages)
        {
            var html = await client.GetStringAsync(page);
            Assert.True(html.Contains("<html lang=\"en\">", StringComparison.Ordinal), page);
            Assert.True(html.Contains(">Sign out</button>", StringComparison.Ordinal), page);
            // No Thai outside the data (agency, unit and measure texts) and the switch back: the page's own words are English.
            // Runs of Thai split where the markup put more than one space: two data texts side by side are two runs.
            var words = ThaiText().Matches(PageWords(html)).SelectMany(m => Regex.Split(m.Value, @"\s{2,}")).Distinct().ToList();
            var left = words.Where(w => w != "ภาษาไทย" && !data.Any(d => d.Contains(w, StringComparison.Ordinal))).ToList();
            Assert.True(left.Count == 0, $"{page}: Thai UI text left: {string.Join(" | ", left)}");
        }

        var english = await client.GetStringAsync("/a/banchang/dashboard");
        Assert.Contains("FY 2566", english);
        Assert.Contains(">Dashboard</a>", english);

        await SwitchAsync(client, "th", Measures);
        Assert.Contains("<html lang=\"th\">", await client.GetStringAsync(Measures));
    }

    [Fact]
    public async Task Without_a_choice_the_browser_language_decides_and_the_cookie_wins_over_it()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var request = new HttpRequestMessage(HttpMethod.Get, Measures);
        request.Headers.Add("Accept-Language", "en-US,en;q=0.9");
        Assert.Contains("<html lang=\"en\">", await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        await SwitchAsync(client, "th", Measures);
        var again = new HttpRequestMessage(HttpMethod.Get, Measures);
        again.Headers.Add("Accept-Language", "en-US,en;q=0.9");
        Assert.Contains("<html lang=\"th\">", await (await client.SendAsync(again)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_official_report_stays_Thai_in_English()
    {
        await PublishingForms.SubmitAndApproveAsync(App);
        var client = await App.SignedInAsync(Roles.Admin);
        await SwitchAsync(client, "en", Measures);
        var report = await client.GetStringAsync("/p/banchang/2566/progress");
        Assert.Contains("ความก้าวหน้า", report);
        Assert.Contains("lang=\"th\"", report);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_switch_goes_back_only_to_a_page_of_this_site(string returnUrl)
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var switched = await SwitchAsync(client, "en", returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_switch_needs_its_antiforgery_token()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var refused = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    /// <summary>The main content and the header menu, without tags, scripts and attribute values.</summary>
    static string PageWords(string html)
    {
        var body = html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        return System.Net.WebUtility.HtmlDecode(Tags().Replace(body, " "));
    }

    /// <summary>Every Thai text that is the agency's data, not the page's words: names, units, measures, progress.</summary>
    Task<List<string>> DataTextsAsync() => App.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.Include(a => a.Units).SingleAsync(a => a.Slug == DemoSeed.Slug);
        var measures = await db.Measures.Where(m => m.AgencyId == agency.Id).ToListAsync();
        var updates = await db.ProgressUpdates.Where(u => u.AgencyId == agency.Id).Select(u => u.Text).ToListAsync();
        var signatures = await db.Submissions.Where(s => s.AgencyId == agency.Id).Select(s => new[] { s.ReviewerName, s.ReviewerPosition, s.Comment }).ToListAsync();
        var approvals = await db.Publications.Where(p => p.AgencyId == agency.Id).Select(p => new[] { p.ApprovedByName, p.ApprovedByPosition }).ToListAsync();
        return new[] { agency.Name, agency.ShortName ?? "" }
            .Concat(agency.Units.Select(u => u.Name))
            .Concat(measures.SelectMany(m => new[] { m.Name ?? "", m.IndicatorText ?? "", m.PeriodText ?? "", m.ReportingText ?? "" }
                .Concat(m.ResponsibleUnits).Concat(m.ResponsiblePersons).Concat(m.Steps).Concat(m.Monitoring).Concat(m.Results)))
            .Concat(updates)
            .Concat(signatures.Concat(approvals).SelectMany(s => s).OfType<string>())
            .Where(t => t.Length > 0).ToList();
    });

    [GeneratedRegex("[\u0E00-\u0E7F]+(?:[ \u0E00-\u0E7F]*[\u0E00-\u0E7F])?")]
    private static partial Regex ThaiText();

    [GeneratedRegex("<script.*?</script>|<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex Tags();
}

public sealed class SqliteLanguageTests(SqliteApp app) : LanguageBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresLanguageTests(PostgresApp app) : LanguageBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
