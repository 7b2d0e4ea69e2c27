using Microsoft.Playwright;
using Prongsai.Data;

namespace Prongsai.Browser.Tests;

/// <summary>What a planning analyst does in a real browser: sign in, add a measure, import the seed, watch the dashboard.</summary>
[Trait("Category", "Slow")]
public sealed class AnalystJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_analyst_signs_in_creates_a_measure_imports_the_seed_and_sees_the_dashboard_change()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/");
        await app.SignInOnAsync(page, await app.CreateAdminAsync(), BrowserApp.Password);
        Assert.EndsWith("/a/banchang/measures", page.Url, StringComparison.Ordinal);
        await Shot(page, "1-measures");

        var doneBefore = await DoneCountAsync(page);

        await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures/new?year=2566");
        await page.CheckAsync("input[name='Input.Indicators'][value='9']");
        await page.CheckAsync("input[name='Input.ResponsibleUnits'][value='กองคลัง']");
        await page.FillAsync("textarea[name='Input.Steps']", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์\nรายงานผลต่อผู้บริหาร");
        // The date fields take a Buddhist-era date as typed, or an ISO one, and show what was stored in Thai.
        await page.FillAsync("input[name='Input.PeriodStart']", "1/3/2566");
        await page.FillAsync("input[name='Input.PeriodEnd']", "2023-03-31");
        await page.SelectOptionAsync("select[name='Input.Status']", "Done");
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("text=บันทึกแล้ว");
        Assert.Equal("๑ มี.ค. ๒๕๖๖", await page.InputValueAsync("input[name='Input.PeriodStart']"));
        Assert.Equal("๓๑ มี.ค. ๒๕๖๖", await page.InputValueAsync("input[name='Input.PeriodEnd']"));
        await Shot(page, "2-measure-saved");

        await page.GotoAsync($"{app.BaseUrl}/a/banchang/import");
        var seed = Path.Combine(Path.GetTempPath(), $"o42-banchang-2566-{Guid.NewGuid():N}.txt");
        await using (var resource = DemoSeed.OpenResource(DemoSeed.SeedFileName))
        await using (var file = File.Create(seed))
        {
            await resource.CopyToAsync(file);
        }

        await page.SetInputFilesAsync("input[type=file]", seed);
        await page.ClickAsync("#upload");
        await page.WaitForSelectorAsync("#confirm-import");
        Assert.Contains("การใช้งบประมาณ", await page.ContentAsync());
        Assert.Equal(3, await page.Locator("[data-rule=foreign-agency-name]").CountAsync());
        await Shot(page, "3-import-preview");
        await page.ClickAsync("#confirm-import");
        await page.WaitForURLAsync("**/a/banchang/measures?year=2566&imported=*");
        // Re-importing the seed into its own year matches its three measures: nothing is doubled.
        Assert.Contains("เพิ่ม ๐ ปรับปรุง ๐ มาตรการ", await page.ContentAsync());

        // Fix one finding: the imported EIT measure names ทต.บ้านถ้ำ in steps 3 and 5 and in monitoring 1.
        await page.Locator("tr", new() { HasText = "คุณภาพการดำเนินงาน" }).Last.Locator("a[href$='/edit']").ClickAsync();
        var findings = page.Locator("[data-rule=foreign-agency-name]");
        Assert.Equal(3, await findings.CountAsync());
        var steps = await page.InputValueAsync("textarea[name='Input.Steps']");
        await page.FillAsync("textarea[name='Input.Steps']", steps.Replace("บ้านถ้ำ", "บ้านฉาง", StringComparison.Ordinal));
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("text=บันทึกแล้ว");
        Assert.Equal(1, await findings.CountAsync());
        Assert.Contains("ทต.บ้านถ้ำ", await findings.First.TextContentAsync());
        await Shot(page, "4-finding-fixed");

        var doneAfter = await DoneCountAsync(page);
        await Shot(page, "5-dashboard");
        // The new measure (done); the re-imported seed added none.
        Assert.Equal(doneBefore + 1, doneAfter);
        File.Delete(seed);
    }

    async Task<int> DoneCountAsync(IPage page)
    {
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/dashboard?year=2566");
        var text = await page.TextContentAsync("[data-status=Done] .count") ?? "";
        return int.Parse(Thai.ThaiDigits.ToArabic(text.Trim()), System.Globalization.CultureInfo.InvariantCulture);
    }

    Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{name}.png"), FullPage = true });
}
