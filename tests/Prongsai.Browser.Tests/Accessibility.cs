using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Browser.Tests;

/// <summary>
/// axe-core (npm, served from node_modules, no CDN) on every page type at desktop and phone width, counts written to
/// $PRONGSAI_TEST_OUTPUT/axe.md; the public pages must also fit 390 px without horizontal scrolling.
/// </summary>
public sealed class Accessibility(BrowserApp app) : IClassFixture<BrowserApp>
{
    static readonly int[] Widths = [1280, 390];

    static readonly string[] PublicPages =
    [
        "/p", "/p?q=ไม่มีหน่วยงานนี้", "/p/banchang", "/p/banchang/2566/progress", "/p/banchang/2566/measures", "/p/banchang/2599/progress", "/account/login",
    ];

    static readonly string[] AppPages =
    [
        "/a/banchang/dashboard", "/a/banchang/measures", "/a/banchang/import", "/a/banchang/signoff?year=2566", "/a/banchang/units",
        "/a/banchang/users", "/a/banchang/audit", "/a/banchang/scores", "/a/banchang/analysis", "/a/banchang/rollover", "/account",
    ];

    /// <summary>What an oversight user (no agency of their own) sees: every agency's progress.</summary>
    static readonly string[] OversightPages = ["/oversight", "/oversight?year=2566"];

    [Fact]
    public async Task Every_page_type_has_no_serious_or_critical_axe_violation_at_both_widths()
    {
        var report = new StringBuilder("# axe-core: serious and critical violations per page\n\n")
            .Append("| page | width | status | serious+critical | moderate+minor | rules |\n|---|---|---|---|---|---|\n");
        var failures = new List<string>();
        var admin = await app.CreateAdminAsync();
        // The public measures document on the list is a real one: published by the sign-off flow first.
        await PublishMeasuresAsync(admin);
        var oversight = await app.CreateUserAsync(Roles.Oversight, null, inAgency: false);
        var measureId = await app.WithDbAsync(db => Task.FromResult(db.Measures.First(m => m.FiscalYear == 2566).Id));
        var preview = await PreviewAsync(admin, TimeSpan.Zero);
        var expired = await PreviewAsync(admin, PreviewLifetime.Default + TimeSpan.FromDays(1));
        string[] appPages =
        [
            .. AppPages, $"/a/banchang/measures/{measureId}/edit", $"/a/banchang/measures/{measureId}/progress",
            $"/a/banchang/import/{preview}", $"/a/banchang/import/{expired}",
        ];
        foreach (var width in Widths)
        {
            var visitor = await NewPageAsync(width);
            foreach (var path in PublicPages)
            {
                await CheckAsync(visitor, path, width, report, failures, mustFit: true);
            }

            var signedIn = await SignedInPageAsync(admin, width);
            foreach (var path in appPages)
            {
                await CheckAsync(signedIn, path, width, report, failures, mustFit: false);
            }

            var overseer = await SignedInPageAsync(oversight, width);
            foreach (var path in OversightPages)
            {
                await CheckAsync(overseer, path, width, report, failures, mustFit: false);
            }
        }

        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(app.Screenshots)!, "axe.md"), report.ToString());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task On_a_phone_the_public_report_shows_each_measure_as_a_card_with_its_status_first()
    {
        var page = await NewPageAsync(390);
        await page.GotoAsync($"{app.BaseUrl}/p/banchang/2566/progress");
        var cards = await page.EvaluateAsync<JsonElement>(@"() => [...document.querySelectorAll('tbody tr')].map(row => {
            const top = c => c ? c.getBoundingClientRect().top : null;
            const mark = [...row.querySelectorAll('td.mark')].find(c => c.textContent.trim() !== '');
            return { indicator: top(row.querySelector('td.indicator')), status: top(mark), steps: top(row.children[2]),
                     label: mark ? getComputedStyle(mark, '::before').content : null, width: row.getBoundingClientRect().width };
        })");
        Assert.NotEmpty(cards.EnumerateArray());
        foreach (var card in cards.EnumerateArray())
        {
            Assert.True(card.GetProperty("width").GetDouble() <= 390);
            if (card.GetProperty("status").ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            Assert.True(card.GetProperty("indicator").GetDouble() < card.GetProperty("status").GetDouble());
            Assert.True(card.GetProperty("status").GetDouble() < card.GetProperty("steps").GetDouble());
            Assert.Contains("สถานะ", card.GetProperty("label").GetString());
        }

        Assert.Contains(cards.EnumerateArray(), c => c.GetProperty("status").ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task The_audit_trail_with_a_batch_and_its_changes_open_fits_a_phone_and_passes_axe()
    {
        var admin = await app.CreateAdminAsync();
        foreach (var width in Widths)
        {
            var page = await SignedInPageAsync(admin, width);
            var response = await page.GotoAsync($"{app.BaseUrl}/a/banchang/audit");
            Assert.Equal(200, response?.Status);
            // The demo seed is one batch row; open it and every change table inside, as a reader would.
            Assert.True(await page.Locator("tr.audit-batch").CountAsync() >= 1);
            await page.EvaluateAsync("() => document.querySelectorAll('#audit details').forEach(d => d.open = true)");
            Assert.True(await page.Locator("tr.audit-batch table.audit-changes").First.IsVisibleAsync());

            var report = new StringBuilder();
            var failures = new List<string>();
            await CheckOpenPageAsync(page, "/a/banchang/audit (open)", 200, width, report, failures, mustFit: true, $"axe-audit-open-{width}.png");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
    }

    [Fact]
    public async Task The_open_calendar_of_a_date_field_has_no_axe_violation_at_either_width()
    {
        var admin = await app.CreateAdminAsync();
        var measureId = await app.WithDbAsync(db => Task.FromResult(db.Measures.First(m => m.FiscalYear == 2566).Id));
        foreach (var width in Widths)
        {
            var page = await SignedInPageAsync(admin, width);
            await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures/{measureId}/progress");
            await page.ClickAsync(".calendar-toggle");
            await page.WaitForSelectorAsync(".calendar:not([hidden])");
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
            var violations = await page.EvaluateAsync<string[]>(@"async () => {
                const r = await axe.run('.date-field', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
                return r.violations.map(v => v.id + ' (' + v.impact + ')');
            }");
            Assert.True(violations.Length == 0, $"{width} px: {string.Join(", ", violations)}");
        }
    }

    Task<IPage> SignedInPageAsync(string email, int width) => app.SignInAsync(email, AxeContext(width));

    /// <summary>A preview of the seed as the administrator's upload leaves it, made <paramref name="age"/> ago.</summary>
    Task<Guid> PreviewAsync(string admin, TimeSpan age) => app.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        await using var seed = DemoSeed.OpenResource(DemoSeed.SeedFileName);
        using var bytes = new MemoryStream();
        await seed.CopyToAsync(bytes);
        var read = DocumentImporter.Read(bytes.ToArray(), DemoSeed.SeedFileName, new ImportOptions { Agency = new AgencyName(agency.Name, agency.ShortName) });
        var batch = ImportWrites.Preview(agency, read, DemoSeed.SeedFileName, 2567, admin, DateTime.UtcNow - age);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        return batch.Id;
    });

    /// <summary>Submit the 2566 measures document as the administrator and approve it as an executive, as the pages do.</summary>
    async Task PublishMeasuresAsync(string admin)
    {
        var submitter = await app.SignInAsync(admin);
        await submitter.GotoAsync($"{app.BaseUrl}/a/banchang/signoff?year=2566");
        await submitter.ClickAsync("#submit-measures");
        await submitter.WaitForSelectorAsync("#confirm-submit");
        if (await submitter.Locator("#acknowledge").CountAsync() > 0)
        {
            await submitter.CheckAsync("#acknowledge");
        }

        await submitter.ClickAsync("#confirm-submit");
        await submitter.WaitForURLAsync(url => url.EndsWith("?done=submitted", StringComparison.Ordinal));
        var review = submitter.Url.Split('?')[0];
        var executive = await app.SignInAsync(await app.CreateUserAsync(Roles.Executive));
        await executive.GotoAsync(review);
        await executive.FillAsync("input[name=SignatureName]", "นายสมชาย ใจดี");
        await executive.FillAsync("input[name=SignaturePosition]", "นายกเทศมนตรีตำบลบ้านฉาง");
        await executive.ClickAsync("#approve");
        await executive.WaitForSelectorAsync("#approve-check");
        await executive.ClickAsync("#approve-confirm");
        await executive.WaitForURLAsync(url => url.Contains("done=approved", StringComparison.Ordinal));
        await submitter.Context.CloseAsync();
        await executive.Context.CloseAsync();
    }

    async Task CheckAsync(IPage page, string path, int width, StringBuilder report, List<string> failures, bool mustFit)
    {
        var response = await page.GotoAsync($"{app.BaseUrl}{path}");
        var name = path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-');
        await CheckOpenPageAsync(page, path, response?.Status ?? 0, width, report, failures, mustFit, $"axe-{(name.Length == 0 ? "home" : name)}-{width}.png");
    }

    async Task CheckOpenPageAsync(IPage page, string path, int status, int width, StringBuilder report, List<string> failures, bool mustFit, string screenshot)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>(@"async () => {
            const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
            return r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        }");
        var violations = result.EnumerateArray().Select(v => (Id: v.GetProperty("id").GetString()!, Impact: v.GetProperty("impact").GetString(), Nodes: v.GetProperty("nodes").GetInt32())).ToList();
        var grave = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var rules = string.Join(", ", violations.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes})"));
        report.Append($"| {path} | {width} | {status} | {grave.Sum(v => v.Nodes)} | {violations.Except(grave).Sum(v => v.Nodes)} | {rules} |\n");
        if (grave.Count > 0)
        {
            failures.Add($"{path} at {width} px: {string.Join(", ", grave.Select(v => $"{v.Id} ×{v.Nodes}"))}");
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (mustFit && overflow > 0)
        {
            failures.Add($"{path} at {width} px scrolls sideways by {overflow} px");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, screenshot), FullPage = true });
    }

    Task<IPage> NewPageAsync(int width) => app.NewPageAsync(AxeContext(width));

    /// <summary>CSP allows scripts only from the app itself; the test's own axe script is let in by the browser, not the app.</summary>
    static BrowserNewContextOptions AxeContext(int width)
    {
        var options = BrowserApp.Context(width);
        options.BypassCSP = true;
        return options;
    }

    static readonly string AxeScript = FindAxe();

    static string FindAxe()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("node_modules/axe-core/axe.min.js: run npm ci in the repository");
    }
}
