using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Prongsai.Data;

namespace Prongsai.Browser.Tests;

/// <summary>
/// One language at a time, the menu by role, and submit → confirm → approve → confirm with the open findings shown
/// and a success banner after each step, in Chromium at desktop width and at 390 px; screenshots of every page.
/// </summary>
public sealed partial class UiJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    static readonly string[] AgencyPages = ["measures", "dashboard", "signoff", "analysis", "scores", "rollover", "units"];

    [Fact]
    public async Task The_language_switch_turns_every_page_English_and_back()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Roles.Admin));
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        await page.ClickAsync("#lang-en");
        await page.WaitForSelectorAsync("#lang-th");
        foreach (var name in AgencyPages)
        {
            await page.GotoAsync($"{app.BaseUrl}/a/banchang/{name}");
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            var menu = await page.InnerTextAsync("nav.site-nav");
            Assert.False(Thai().IsMatch(menu), $"{name}: Thai in the English menu: {menu}");
            Assert.Contains("Sign out", await page.InnerTextAsync("header"));
            await ShotsAsync(page, $"en-{name}");
        }

        await CheckChromeAsync(page, english: true);

        var measureId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(db.Measures, m => m.FiscalYear == 2566), m => m.Id)));
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures/{measureId}/edit");
        Assert.Equal("Measures", await page.InnerTextAsync("h1"));
        Assert.Equal("Save", (await page.InnerTextAsync("#save")).Trim());
        await ShotsAsync(page, "en-measure-edit");

        await page.ClickAsync("#lang-th");
        await page.WaitForSelectorAsync("#lang-en");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("บันทึก", (await page.InnerTextAsync("#save")).Trim());
        foreach (var name in AgencyPages)
        {
            await page.GotoAsync($"{app.BaseUrl}/a/banchang/{name}");
            Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
            await ShotsAsync(page, $"th-{name}");
        }

        await CheckChromeAsync(page, english: false);
    }

    [Fact]
    public async Task An_executives_menu_holds_only_what_they_may_use()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Roles.Executive));
        Assert.EndsWith("/a/banchang/signoff", page.Url);
        var links = await page.Locator("nav.site-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/a/banchang/signoff", "/a/banchang/dashboard", "/a/banchang/measures", "/a/banchang/audit"], links);
        Assert.Equal("page", await page.GetAttributeAsync("nav.site-nav a[href='/a/banchang/signoff']", "aria-current"));
        await ShotsAsync(page, "executive-menu");
    }

    [Fact]
    public async Task Submit_confirm_approve_confirm_with_the_open_findings_and_a_banner_after_each_step()
    {
        var admin = await app.SignInAsync(await app.CreateUserAsync(Roles.Admin));
        await admin.GotoAsync($"{app.BaseUrl}/a/banchang/signoff?year=2566");
        await admin.ClickAsync("#submit-progress");
        await admin.WaitForSelectorAsync("#confirm-submit");
        // The demo's EIT measure still names ทต.บ้านถ้ำ: the errors are listed before anything is submitted.
        Assert.True(await admin.Locator("#open-findings [data-rule=foreign-agency-name]").CountAsync() > 0);
        Assert.Contains("ทต.บ้านถ้ำ", await admin.InnerTextAsync("#open-findings"));
        Assert.Contains("/edit#field-", await admin.GetAttributeAsync("#open-findings li.error a", "href"));
        await ShotsAsync(admin, "flow-1-submit-confirm");
        await admin.CheckAsync("#acknowledge");
        await admin.ClickAsync("#confirm-submit");
        await admin.WaitForURLAsync(url => url.Contains("/signoff/", StringComparison.Ordinal) && url.EndsWith("?done=submitted", StringComparison.Ordinal));
        Assert.Equal("เสนอผู้บริหารแล้ว", (await admin.InnerTextAsync("#success-banner")).Trim());
        Assert.True(await admin.Locator("#acknowledged").IsVisibleAsync());
        await ShotsAsync(admin, "flow-2-submitted");
        var review = admin.Url.Split('?')[0];

        var executive = await app.SignInAsync(await app.CreateUserAsync(Roles.Executive));
        await executive.GotoAsync($"{app.BaseUrl}/a/banchang/signoff");
        Assert.True(await executive.Locator("#awaiting a").CountAsync() > 0);
        await executive.GotoAsync(review);
        Assert.True(await executive.Locator("#open-findings [data-rule=foreign-agency-name]").CountAsync() > 0);
        var before = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Publications));
        await executive.FillAsync("input[name=SignatureName]", "นายสมชาย ใจดี");
        await executive.FillAsync("input[name=SignaturePosition]", "นายกเทศมนตรีตำบลบ้านฉาง");
        await executive.ClickAsync("#approve");
        await executive.WaitForSelectorAsync("#approve-check");
        Assert.Equal("นายสมชาย ใจดี", (await executive.InnerTextAsync("#check-name")).Trim());
        var published = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Publications));
        Assert.Equal(before, published);
        await ShotsAsync(executive, "flow-3-approve-confirm");
        await executive.ClickAsync("#approve-confirm");
        await executive.WaitForURLAsync(url => url.EndsWith("/signoff?year=2566&done=approved", StringComparison.Ordinal));
        Assert.Equal("อนุมัติและเผยแพร่แล้ว", (await executive.InnerTextAsync("#success-banner")).Trim());
        Assert.Equal(before + 1, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Publications)));
        await ShotsAsync(executive, "flow-4-approved");
    }

    /// <summary>Full-page screenshots at 1280 and 390 px; at 390 px the page must not scroll sideways.</summary>
    async Task ShotsAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.Screenshots, $"ui-{name}-desktop.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name}: {overflow} px of horizontal overflow at 390 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.Screenshots, $"ui-{name}-390.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }

    [GeneratedRegex("[\u0E00-\u0E7F]")]
    private static partial Regex Thai();
}
