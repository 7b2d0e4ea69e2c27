using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Prongsai.Data;

namespace Prongsai.Browser.Tests;

/// <summary>
/// The date field's calendar, by keyboard alone: opened on the form's date (inside the measure's fiscal year), moved
/// with the arrows and Page Up, chosen with Enter, then saved; without script the text field alone takes a Thai date.
/// </summary>
public sealed class DateFieldJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    async Task<Guid> DemoMeasureAsync() =>
        await app.WithDbAsync(db => db.Measures.Where(m => m.FiscalYear == 2566).OrderBy(m => m.Position).Select(m => m.Id).FirstAsync());

    [Fact]
    public async Task The_calendar_is_driven_by_the_keyboard_in_buddhist_era_years_and_the_chosen_day_is_saved()
    {
        var id = await DemoMeasureAsync();
        var page = await app.SignInAsync(await app.CreateUserAsync(Roles.Admin));
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures/{id}/progress");
        // FY 2566 is long past: the form starts on its last day, not today.
        Assert.Equal("๓๐ ก.ย. ๒๕๖๖", await page.InputValueAsync("#Input_On"));

        await page.FocusAsync("#Input_On");
        await page.Keyboard.PressAsync("Tab");
        var toggle = page.Locator(".calendar-toggle");
        Assert.True(await toggle.EvaluateAsync<bool>("b => b === document.activeElement"), "the calendar button follows the field in tab order");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.Equal("กันยายน ๒๕๖๖", (await page.InnerTextAsync(".calendar-title")).Trim());
        Assert.Equal("2023-09-30", await page.EvaluateAsync<string>("() => document.activeElement.dataset.date"));
        Assert.Equal("true", await page.GetAttributeAsync("button[data-date='2023-09-30']", "aria-pressed"));
        Assert.Equal("๓๐ กันยายน ๒๕๖๖", await page.GetAttributeAsync("button[data-date='2023-09-30']", "aria-label"));

        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("PageUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("สิงหาคม ๒๕๖๖", (await page.InnerTextAsync(".calendar-title")).Trim());
        Assert.Equal("2023-08-22", await page.EvaluateAsync<string>("() => document.activeElement.dataset.date"));
        await ShotsAsync(page, "date-calendar-open");

        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator(".calendar").IsHiddenAsync());
        Assert.True(await toggle.EvaluateAsync<bool>("b => b === document.activeElement"), "Esc returns to the calendar button");
        Assert.Equal("๓๐ ก.ย. ๒๕๖๖", await page.InputValueAsync("#Input_On"));

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Shift+PageUp");
        Assert.Equal("กันยายน ๒๕๖๕", (await page.InnerTextAsync(".calendar-title")).Trim());
        await page.Keyboard.PressAsync("Shift+PageDown");
        await page.Keyboard.PressAsync("PageUp");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator(".calendar").IsHiddenAsync());
        Assert.Equal("๒๒ ส.ค. ๒๕๖๖", await page.InputValueAsync("#Input_On"));
        Assert.True(await page.Locator("#Input_On").EvaluateAsync<bool>("i => i === document.activeElement"), "choosing returns to the field");

        var text = $"บันทึกด้วยปฏิทิน {Guid.NewGuid():N}";
        await page.FillAsync("#Input_Text", text);
        await page.ClickAsync("#record-progress");
        await page.WaitForURLAsync(url => url.Contains("done=progress", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2023, 8, 22), await app.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Text == text).Select(u => u.On).SingleAsync()));
        await ShotsAsync(page, "date-saved");

        // The measure's period: two fields side by side, each with its calendar; the start opens on the period's start.
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures/{id}/edit");
        await page.ClickAsync("#Input_PeriodStart ~ .calendar-toggle");
        Assert.Equal("มีนาคม ๒๕๖๖", (await page.InnerTextAsync("#Input_PeriodStart-calendar .calendar-title")).Trim());
        await ShotsAsync(page, "date-measure-period");
    }

    [Fact]
    public async Task Without_script_the_text_field_alone_takes_a_thai_date_and_refuses_a_wrong_one_beside_it()
    {
        var id = await DemoMeasureAsync();
        var email = await app.CreateUserAsync(Roles.Admin);
        var options = BrowserApp.Context();
        options.JavaScriptEnabled = false;
        var page = await app.SignInAsync(email, options);

        await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures/{id}/progress");
        Assert.Equal(0, await page.Locator(".calendar-toggle").CountAsync());
        await page.FillAsync("#Input_On", "31/2/2566");
        await page.FillAsync("#Input_Text", "ไม่ควรบันทึก");
        await page.ClickAsync("#record-progress");
        await page.WaitForSelectorAsync(".error-summary a[href='#Input_On']");
        Assert.Equal("31/2/2566", await page.InputValueAsync("#Input_On"));
        Assert.Equal("ไม่ควรบันทึก", await page.InputValueAsync("#Input_Text"));
        await ShotsAsync(page, "date-refused-no-script");

        var text = $"บันทึกโดยไม่มีสคริปต์ {Guid.NewGuid():N}";
        await page.FillAsync("#Input_On", "๓๑/๓/๒๕๖๖");
        await page.FillAsync("#Input_Text", text);
        await page.ClickAsync("#record-progress");
        await page.WaitForURLAsync(url => url.Contains("done=progress", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2023, 3, 31), await app.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Text == text).Select(u => u.On).SingleAsync()));
    }

    /// <summary>Screenshots at 1280 and 390 px; at 390 px nothing scrolls sideways, the open calendar included.</summary>
    async Task ShotsAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.Screenshots, $"{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name}: {overflow} px of horizontal overflow at 390 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.Screenshots, $"{name}-390.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }
}
