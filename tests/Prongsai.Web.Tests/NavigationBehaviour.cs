using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>The menu by role, the current page marked, the fiscal year remembered, and app pages without inline styles.</summary>
public abstract partial class NavigationBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static List<string> MenuLinks(string html)
    {
        var start = html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has a menu");
        var nav = html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
        return [.. Href().Matches(nav).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public async Task An_executive_sees_only_what_awaits_approval_the_dashboard_the_measures_and_the_audit_trail()
    {
        var executive = await App.SignedInAsync(Roles.Executive);
        var home = await executive.GetAsync("/");
        Assert.Equal("/a/banchang/signoff", home.Headers.Location!.OriginalString);
        Assert.Equal(["/a/banchang/signoff", "/a/banchang/dashboard", "/a/banchang/measures", "/a/banchang/audit"],
            MenuLinks(await executive.GetStringAsync("/a/banchang/dashboard")));
    }

    [Fact]
    public async Task An_editor_sees_their_unit_and_the_measures_an_administrator_the_year_and_the_settings()
    {
        var editor = await App.SignedInAsync(Roles.Editor);
        Assert.Equal([$"/a/banchang/units/{Uri.EscapeDataString("กองคลัง")}", "/a/banchang/measures", "/a/banchang/oit"],
            MenuLinks(await editor.GetStringAsync("/a/banchang/measures")));

        var admin = await App.SignedInAsync(Roles.Admin);
        var html = await admin.GetStringAsync("/a/banchang/measures");
        Assert.Equal(["/a/banchang/measures", "/a/banchang/dashboard", "/a/banchang/signoff", "/a/banchang/oit", "/a/banchang/analysis", "/a/banchang/import",
            "/a/banchang/rollover", "/a/banchang/users", "/a/banchang/units", "/a/banchang/audit"], MenuLinks(html));
        Assert.Contains(">งานของปี<", html);
        Assert.Contains(">ตั้งค่า<", html);
        // The account page still has the agency's menu.
        Assert.Contains("/a/banchang/measures", MenuLinks(await admin.GetStringAsync("/account")));
    }

    [Fact]
    public async Task Oversight_lands_on_the_overview_of_every_agency()
    {
        var oversight = await App.SignedInAsync(Roles.Oversight);
        var home = await oversight.GetAsync("/");
        Assert.Equal("/oversight", home.Headers.Location!.OriginalString);
        var html = await oversight.GetStringAsync("/oversight");
        Assert.Equal(["/oversight", "/agencies"], MenuLinks(html));
        Assert.Contains("<a href=\"/oversight\" aria-current=\"page\">", html);
    }

    [Fact]
    public async Task The_current_page_is_marked_and_only_it()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var measureId = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(System.Linq.Queryable.Select(db.Measures, m => m.Id)));
        var html = await admin.GetStringAsync($"/a/banchang/measures/{measureId}/edit");
        Assert.Single(Regex.Matches(html, "aria-current=\"page\""));
        Assert.Contains("<a href=\"/a/banchang/measures\" aria-current=\"page\">", html);
    }

    [Fact]
    public async Task A_year_chosen_on_one_page_is_the_year_of_the_next()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        Assert.Contains("ปีงบประมาณ ๒๕๖๕", await admin.GetStringAsync("/a/banchang/dashboard?year=2565"));
        Assert.Contains("ปีงบประมาณ ๒๕๖๕", await admin.GetStringAsync("/a/banchang/signoff"));
        Assert.Contains("ปีงบประมาณ ๒๕๖๕", await admin.GetStringAsync("/a/banchang/measures"));
        Assert.Contains("ปีงบประมาณ ๒๕๖๖", await admin.GetStringAsync("/a/banchang/measures?year=2566"));
        Assert.Contains("ปีงบประมาณ ๒๕๖๖", await admin.GetStringAsync("/a/banchang/dashboard"));

    }

    [Theory]
    [InlineData("/a/banchang/measures")]
    [InlineData("/a/banchang/dashboard")]
    [InlineData("/a/banchang/signoff")]
    [InlineData("/a/banchang/rollover")]
    [InlineData("/a/banchang/units")]
    [InlineData("/a/banchang/scores")]
    [InlineData("/a/banchang/analysis")]
    [InlineData("/agencies")]
    [InlineData("/oversight")]
    public async Task App_pages_carry_no_inline_style_and_the_policy_allows_none(string url)
    {
        var client = await App.SignedInAsync(Roles.SysAdmin);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("style-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(" style=\"", html);
        Assert.DoesNotContain("<style", html);
    }

    [Fact]
    public async Task The_self_contained_report_keeps_its_inline_styles()
    {
        await PublishingForms.SubmitAndApproveAsync(App);
        var response = await App.Anonymous().GetAsync("/p/banchang/2566/progress");
        Assert.Contains("style-src 'self' 'unsafe-inline'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}

public sealed class SqliteNavigationTests(SqliteApp app) : NavigationBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresNavigationTests(PostgresApp app) : NavigationBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
