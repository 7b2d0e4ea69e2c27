using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Printing;

namespace Prongsai.Web.Tests;

/// <summary>The real application on SQLite whose printer gives a large document one second.</summary>
public sealed class ImpatientPrinterApp : AppFactory
{
    protected override string? ConnectionString => null;

    public override bool IsPostgres => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(PdfPrinterOptions.LargeTimeoutSecondsKey, "1");
    }
}

/// <summary>An approval whose PDF does not print in time publishes nothing, says so, and is not "the database is down".</summary>
public sealed class PrintTimeoutBehaviour(ImpatientPrinterApp app) : AppTest<ImpatientPrinterApp>(app), IClassFixture<ImpatientPrinterApp>
{
    const string Phrase = "ประชุมชี้แจงแนวทางการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสให้บุคลากรทุกกองทราบ ";

    [Fact]
    public async Task An_approval_that_cannot_print_in_time_publishes_nothing_and_the_submission_still_waits()
    {
        await AddLongMeasureAsync();
        var admin = App.Anonymous();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        var executive = App.Anonymous();
        executive.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Executive));
        var before = await App.WithDbAsync(db => db.Publications.CountAsync());
        var created = await admin.PostAsJsonAsync("/api/v1/agencies/banchang/submissions", new { fiscalYear = 2566, kind = "progress", acknowledgeErrors = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse((await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!);

        var approved = await executive.PostAsJsonAsync($"/api/v1/agencies/banchang/submissions/{id}/approve", new { name = "นายผู้บริหาร", position = "นายกเทศมนตรี" });

        Assert.Equal(HttpStatusCode.GatewayTimeout, approved.StatusCode);
        Assert.Null(approved.Headers.RetryAfter);
        var problem = await approved.Content.ReadAsStringAsync();
        Assert.Contains("พิมพ์ PDF ไม่ทันเวลา", problem);
        Assert.Contains("nothing was published", problem);
        Assert.Equal(before, await App.WithDbAsync(db => db.Publications.CountAsync()));
        Assert.Equal(SubmissionState.Submitted, await App.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.State).SingleAsync()));

        // The page says the same to the executive.
        var signedIn = await App.SignedInAsync(Roles.Executive);
        var review = $"/a/banchang/signoff/{id}";
        var page = await signedIn.PostAsync(review + "?handler=Approve", await AppFactory.FormAsync(signedIn, review, new()
        {
            ["SignatureName"] = "นายผู้บริหาร",
            ["SignaturePosition"] = "นายกเทศมนตรี",
        }));
        Assert.Equal(HttpStatusCode.GatewayTimeout, page.StatusCode);
        Assert.Contains("พิมพ์ PDF ไม่ทันเวลา", await page.Content.ReadAsStringAsync());
        Assert.Equal(before, await App.WithDbAsync(db => db.Publications.CountAsync()));
    }

    /// <summary>A measure whose five lists hold 20 items of 5,000 characters: a large print job (over 400,000 characters).</summary>
    Task AddLongMeasureAsync() => App.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        var item = string.Concat(Enumerable.Repeat(Phrase, MeasureLimits.TextLength / Phrase.Length))[..(MeasureLimits.TextLength - Phrase.Length)];
        List<string> list = [.. Enumerable.Range(1, 20).Select(i => $"{item} {i}")];
        db.Measures.Add(new AgencyMeasure
        {
            AgencyId = agency.Id, FiscalYear = 2566, Position = 98, Tool = Tool.IIT, Indicators = [1],
            ResponsibleUnits = ["กองคลัง"], ResponsiblePersons = list, Steps = list, Monitoring = list, Results = list,
        });
        return await db.SaveChangesAsync();
    });
}
