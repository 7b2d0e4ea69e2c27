using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Prongsai.Documents;
using Prongsai.Reports;
using Prongsai.Testing;

namespace Prongsai.Benchmarks;

/// <summary>
/// Where a print's time goes, straight on Playwright: SetContent, document.fonts.ready and PdfAsync (tagged and not),
/// for the seed report and for one measure whose five lists hold N items of 5,000 characters.
/// `-- pdf-stages [N …]` prints a table; nothing is written.
/// </summary>
static class PdfStages
{
    const string Phrase = "ประชุมชี้แจงแนวทางการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสให้บุคลากรทุกกองทราบและถือปฏิบัติ ";

    public static async Task<int> RunAsync(string[] args)
    {
        var seed = InterchangeJson.Deserialize(File.ReadAllText(Fixtures.BanchangExpected));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync();
        Console.WriteLine("| document | HTML chars | SetContent ms | fonts.ready ms | PdfAsync tagged ms | PdfAsync untagged ms | PDF bytes |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        await MeasureAsync(page, "seed (warm-up)", HtmlReportWriter.Write(seed));
        await MeasureAsync(page, "seed", HtmlReportWriter.Write(seed));
        foreach (var items in args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [5, 10, 20])
        {
            await MeasureAsync(page, $"one measure, 5 lists × {items} items × 5,000 chars", HtmlReportWriter.Write(Large(seed, items)));
        }

        return 0;
    }

    static MeasuresDocument Large(MeasuresDocument seed, int items)
    {
        var item = string.Concat(Enumerable.Repeat(Phrase, 5_000 / Phrase.Length + 1))[..5_000];
        List<string> list = [.. Enumerable.Repeat(item, items)];
        return seed with { Measures = [seed.Measures[0] with { ResponsibleUnits = list, ResponsiblePersons = list, Steps = list, Monitoring = list, Results = list }] };
    }

    static async Task MeasureAsync(IPage page, string name, string html)
    {
        var clock = Stopwatch.StartNew();
        await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load, Timeout = 0 });
        var setContent = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        await page.EvaluateAsync("() => document.fonts.ready");
        var fonts = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var tagged = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true });
        var taggedMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = false });
        var untagged = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {html.Length:N0} | {setContent:0} | {fonts:0} | {taggedMs:0} | {untagged:0} | {tagged.Length:N0} |"));
    }
}
