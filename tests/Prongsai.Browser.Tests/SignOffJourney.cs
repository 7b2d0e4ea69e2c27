using System.Diagnostics;
using Microsoft.Playwright;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Browser.Tests;

/// <summary>
/// From progress to the public page: a unit editor records progress with a PDF, the administrator submits the report,
/// the executive approves it, and the public page and its PDF show the new version.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SignOffJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    const string NewResult = "ประกาศผล ๑๒ ครั้ง";

    [Fact]
    public async Task Progress_with_a_pdf_is_submitted_approved_and_published_as_the_next_version()
    {
        var measureId = await CreateMeasureAsync();
        var evidence = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.pdf");
        using (var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) })
        {
            await File.WriteAllBytesAsync(evidence, await http.GetByteArrayAsync("/p/banchang/2566/progress/v1.pdf"));
        }

        var editor = await app.SignInAsync(await app.CreateUserAsync(Roles.Editor, "กองคลัง"));
        Assert.Contains("/units/", editor.Url);
        await Shot(editor, "signoff-1-unit-home");
        await editor.GotoAsync($"{app.BaseUrl}/a/banchang/measures/{measureId}/progress");
        await editor.FillAsync("input[name='Input.On']", "2023-03-20");
        await editor.FillAsync("textarea[name='Input.Text']", NewResult);
        await editor.SelectOptionAsync("select[name='Input.Status']", "InProgress");
        await editor.SetInputFilesAsync("input[type=file]", evidence);
        await editor.ClickAsync("#record-progress");
        await editor.WaitForSelectorAsync("text=บันทึกความก้าวหน้าแล้ว");
        Assert.Contains(Path.GetFileName(evidence), await editor.ContentAsync());
        await Shot(editor, "signoff-2-progress-recorded");

        var admin = await app.SignInAsync(await app.CreateUserAsync(Roles.Admin));
        await admin.GotoAsync($"{app.BaseUrl}/a/banchang/signoff?year=2566");
        await admin.ClickAsync("#submit-progress");
        await admin.WaitForSelectorAsync("#confirm-submit");
        if (await admin.Locator("#acknowledge").CountAsync() > 0)
        {
            await admin.CheckAsync("#acknowledge");
        }

        await admin.ClickAsync("#confirm-submit");
        await admin.WaitForURLAsync(url => url.Contains("/signoff/", StringComparison.Ordinal) && url.EndsWith("?done=submitted", StringComparison.Ordinal));
        var review = admin.Url.Split('?')[0];

        var executive = await app.SignInAsync(await app.CreateUserAsync(Roles.Executive));
        await executive.GotoAsync(review);
        await executive.FrameLocator("iframe").GetByText(NewResult).WaitForAsync();
        await Shot(executive, "signoff-3-executive-review");
        await executive.FillAsync("input[name=SignatureName]", "นายสมชาย ใจดี");
        await executive.FillAsync("input[name=SignaturePosition]", "นายกเทศมนตรีตำบลบ้านฉาง");
        await executive.ClickAsync("#approve");
        await executive.ClickAsync("#approve-confirm");
        await executive.WaitForURLAsync(url => url.EndsWith("/signoff?year=2566&done=approved", StringComparison.Ordinal));
        Assert.Contains("อนุมัติแล้ว", await executive.ContentAsync());

        var visitor = await app.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await visitor.GotoAsync($"{app.BaseUrl}/p/banchang/2566/progress");
        Assert.Contains("latest, v2", await visitor.TextContentAsync(".prongsai-versions"));
        Assert.Contains("นายสมชาย ใจดี", await visitor.ContentAsync());
        Assert.Equal(ReportStatusHeader(MeasureStatus.InProgress), await MarkedStatusColumnAsync(visitor, NewResult));
        await visitor.Locator("tr", new() { HasText = NewResult }).ScrollIntoViewIfNeededAsync();
        await Shot(visitor, "signoff-4-public-v2");

        var pdfText = await PdfTextAsync(await visitor.APIRequest.GetAsync($"{app.BaseUrl}/p/banchang/2566/progress.pdf"));
        Assert.Contains(ThaiText.Compact(NewResult), ThaiText.Compact(pdfText));
        Assert.Contains(ThaiText.Compact("นายสมชาย ใจดี"), ThaiText.Compact(pdfText));
        File.Delete(evidence);
    }

    async Task<Guid> CreateMeasureAsync() => await app.WithDbAsync(async db =>
    {
        var agency = db.Agencies.Single(a => a.Slug == DemoSeed.Slug);
        var row = new AgencyMeasure
        {
            AgencyId = agency.Id, FiscalYear = 2566, Position = 50, Tool = Tool.OIT, Indicators = [9], ResponsibleUnits = ["กองคลัง"],
            Steps = ["เผยแพร่ผลการจัดซื้อจัดจ้างบนเว็บไซต์"], Monitoring = ["รายงานผู้บริหารทุกไตรมาส"],
            PeriodStart = new DateOnly(2023, 3, 1), PeriodEnd = new DateOnly(2023, 3, 31),
        };
        db.Measures.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });

    static string ReportStatusHeader(MeasureStatus status) => ThaiText.Compact(Reports.ReportText.Status(status));

    /// <summary>The header of the status column whose cell holds the mark, in the row that shows <paramref name="text"/>.</summary>
    static async Task<string> MarkedStatusColumnAsync(IPage page, string text)
    {
        var header = await page.EvaluateAsync<string>(@"text => {
            const row = [...document.querySelectorAll('tbody tr')].find(r => r.textContent.includes(text));
            const cells = [...row.children];
            const index = cells.findIndex(c => c.classList.contains('mark') && c.textContent.trim() !== '');
            return row.closest('table').querySelectorAll('thead th')[index].textContent;
        }", text);
        return ThaiText.Compact(header);
    }

    static async Task<string> PdfTextAsync(IAPIResponse response)
    {
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var path = Path.Combine(Path.GetTempPath(), $"progress-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.BodyAsync());
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(path);
        return text;
    }

    Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{name}.png"), FullPage = true });
}
