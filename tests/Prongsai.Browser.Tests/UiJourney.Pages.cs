using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Prongsai.Data;

namespace Prongsai.Browser.Tests;

/// <summary>The account, users and import pages in one language, and the list tables and menu on a phone.</summary>
public sealed partial class UiJourney
{
    static readonly string[] AccountPages = ["/account", "/account/password", "/a/banchang/users", "/a/banchang/import"];

    // The page's own words: headings, labels, buttons, column heads, legends. Data inside them is marked data-i18n-exempt;
    // the language switch names the other language (lang attribute) and so is left out.
    const string ChromeScript = @"() => [...document.querySelectorAll('main :is(h1, h2, h3, label, button, th, legend, .notice > strong), nav.site-nav, #site-menu > summary')]
        .filter(e => !e.closest('[lang]:not(html), [data-i18n-exempt]'))
        .map(e => { const c = e.cloneNode(true); c.querySelectorAll('[data-i18n-exempt], [lang]').forEach(x => x.remove()); return c.textContent.replace(/\s+/g, ' ').trim(); })
        .filter(t => t.length > 0)";

    /// <summary>Each page's chrome in <paramref name="english"/> or Thai only: no Thai letters in English, no English words in Thai.</summary>
    async Task CheckChromeAsync(IPage page, bool english)
    {
        var seed = await SeedFileAsync();
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/import");
        await page.SetInputFilesAsync("input[type=file]", seed);
        await page.ClickAsync("#upload");
        await page.WaitForSelectorAsync("#confirm-import");
        var preview = page.Url;
        foreach (var path in AccountPages.Append(preview))
        {
            await page.GotoAsync(path.StartsWith("http", StringComparison.Ordinal) ? path : $"{app.BaseUrl}{path}");
            Assert.Equal(english ? "en" : "th", await page.GetAttributeAsync("html", "lang"));
            var texts = await page.EvaluateAsync<string[]>(ChromeScript);
            Assert.NotEmpty(texts);
            var wrong = english
                ? texts.Where(t => Thai().IsMatch(t)).ToList()
                : texts.Where(t => EnglishWord().Matches(t).Any(m => !Acronyms.Contains(m.Value))).ToList();
            Assert.True(wrong.Count == 0, $"{path} ({(english ? "en" : "th")}): {string.Join(" | ", wrong)}");
            var name = path == preview ? "import-preview" : path.Trim('/').Replace('/', '-');
            await ShotsAsync(page, $"{(english ? "en" : "th")}-{name}");
        }
    }

    /// <summary>Names the Thai pages may print as they are: formats, the API, the tools.</summary>
    static readonly HashSet<string> Acronyms = ["API", "OCR", "PDF", "Markdown", "Word", "Excel", "MB", "IIT", "EIT", "OIT", "ITA", "docx", "xlsx"];

    [Fact]
    public async Task On_a_phone_list_tables_stack_into_cards_and_the_menu_folds_behind_a_button()
    {
        var page = await app.SignInAsync(await app.CreateUserAsync(Roles.Admin), width: 390);
        foreach (var path in new[] { "/a/banchang/measures", "/a/banchang/users" })
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync($"{app.BaseUrl}{path}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path}: {overflow} px of horizontal overflow at 390 px");
            var cell = page.Locator("table.stack-rows tbody tr td[data-label]").First;
            Assert.Equal("block", await cell.EvaluateAsync<string>("c => getComputedStyle(c).display"));
            var label = await cell.EvaluateAsync<string>("c => getComputedStyle(c, '::before').content");
            Assert.Equal($"\"{await cell.GetAttributeAsync("data-label")}\"", label);
            Assert.False(await page.Locator("table.stack-rows thead th").First.IsVisibleAsync() && await page.Locator("table.stack-rows thead").First
                .EvaluateAsync<double>("h => h.getBoundingClientRect().height") > 1, $"{path}: the column heads still show above the cards");
            await ShotsAsync(page, $"phone{path.Replace('/', '-')}");
        }

        // The menu: folded, the current page named on its button; opens on a click and closes and opens with Enter.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/users");
        var summary = page.Locator("#site-menu > summary");
        var link = page.Locator("nav.site-nav a[href='/a/banchang/users']");
        Assert.True(await summary.IsVisibleAsync());
        Assert.False(await link.IsVisibleAsync());
        Assert.Contains("ผู้ใช้", await summary.InnerTextAsync());
        await summary.ClickAsync();
        Assert.True(await link.IsVisibleAsync());
        Assert.Equal("page", await link.GetAttributeAsync("aria-current"));
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.Screenshots, "ui-phone-menu-open-390.png"), FullPage = true });
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.False(await link.IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await link.IsVisibleAsync());

        // At desktop width the menu is simply there, with no button in front of it.
        await page.SetViewportSizeAsync(1280, 900);
        await page.ReloadAsync();
        Assert.False(await summary.IsVisibleAsync());
        Assert.True(await link.IsVisibleAsync());
        await link.ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/a/banchang/users");
    }

    static async Task<string> SeedFileAsync()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"o42-banchang-2566-{Guid.NewGuid():N}.txt");
        await using var resource = DemoSeed.OpenResource(DemoSeed.SeedFileName);
        await using var file = File.Create(seed);
        await resource.CopyToAsync(file);
        return seed;
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}
