using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Prongsai.Data;

namespace Prongsai.Browser.Tests;

/// <summary>
/// One OIT item from assignment to ITAS: the administrator assigns O2 to กองคลัง, the unit editor ticks its criteria and
/// uploads its evidence, the administrator reviews it, the item's public URL serves the file without sign-in, and the
/// ITAS list shows it ready.
/// </summary>
public sealed class OitJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    const string Item = "/a/banchang/oit/O2?year=2566";

    [Fact]
    public async Task An_item_is_ticked_evidenced_reviewed_served_publicly_and_ready_for_ITAS()
    {
        var evidence = Path.Combine(Path.GetTempPath(), $"executives-{Guid.NewGuid():N}.pdf");
        using (var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) })
        {
            await File.WriteAllBytesAsync(evidence, await http.GetByteArrayAsync("/p/banchang/2566/progress/v1.pdf"));
        }

        var admin = await app.SignInAsync(await app.CreateUserAsync(Roles.Admin));
        await admin.GotoAsync($"{app.BaseUrl}/a/banchang/oit?year=2566");
        await Shot(admin, "oit-1-workbook");
        await admin.GotoAsync($"{app.BaseUrl}{Item}");
        await admin.SelectOptionAsync("select[name='Input.UnitName']", "กองคลัง");
        await admin.ClickAsync("form[action*='handler=Save'] button[type=submit]");
        await admin.WaitForSelectorAsync("text=บันทึกแล้ว");

        var editor = await app.SignInAsync(await app.CreateUserAsync(Roles.Editor, "กองคลัง"));
        await editor.GotoAsync($"{app.BaseUrl}{Item}");
        foreach (var box in await editor.QuerySelectorAllAsync("input[name='Input.CriteriaMet']"))
        {
            await box.CheckAsync();
        }

        await editor.SelectOptionAsync("select[name='Input.Status']", "Ready");
        await editor.ClickAsync("form[action*='handler=Save'] button[type=submit]");
        await editor.WaitForSelectorAsync("text=บันทึกแล้ว");
        await editor.SetInputFilesAsync("input[name='Input.File']", evidence);
        await editor.ClickAsync("form[action*='handler=Publish'] button[type=submit]");
        await editor.WaitForSelectorAsync("text=เผยแพร่หลักฐานฉบับใหม่แล้ว");
        Assert.Contains("ผู้ดูแลหน่วยงานยังไม่ตรวจทาน", await editor.ContentAsync());
        await Shot(editor, "oit-2-editor-ticked-and-uploaded");

        await admin.GotoAsync($"{app.BaseUrl}{Item}");
        await admin.ClickAsync("form[action*='handler=Review'] button[type=submit]");
        await admin.WaitForSelectorAsync("text=ตรวจทานแล้ว");
        await Shot(admin, "oit-3-admin-reviewed");

        var visitor = await app.NewPageAsync();
        var served = await visitor.APIRequest.GetAsync($"{app.BaseUrl}/p/banchang/2566/oit/O2");
        Assert.Equal(200, served.Status);
        Assert.Equal("application/pdf", served.Headers["content-type"]);
        Assert.Equal(await File.ReadAllBytesAsync(evidence), await served.BodyAsync());
        await visitor.GotoAsync($"{app.BaseUrl}/p/banchang/2566/oit");
        Assert.Contains("/p/banchang/2566/oit/O2", await visitor.ContentAsync());
        await Shot(visitor, "oit-4-public-list");

        await admin.GotoAsync($"{app.BaseUrl}/a/banchang/oit/itas?year=2566");
        var row = admin.Locator("#itas-O2");
        Assert.Equal("ready", await row.GetAttributeAsync("class"));
        Assert.Contains("พร้อมส่ง", await row.TextContentAsync());
        await row.ScrollIntoViewIfNeededAsync();
        await Shot(admin, "oit-5-itas-list");
        Assert.NotNull(await app.WithDbAsync(db => db.OitEntries.Where(e => e.Code == "O2" && e.FiscalYear == 2566).Select(e => e.ReviewedAt).SingleAsync()));
        File.Delete(evidence);
    }

    /// <summary>The page at 1280 and at 390 px (a phone), to look at both.</summary>
    async Task Shot(IPage page, string name)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
