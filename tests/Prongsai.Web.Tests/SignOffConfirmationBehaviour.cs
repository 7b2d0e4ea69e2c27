using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>
/// Check your answers before anything permanent: the open findings before a submission (an acknowledgement needed
/// when errors are open, and recorded), a confirmation before approve-and-publish, and a success banner after each.
/// </summary>
public abstract class SignOffConfirmationBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string SignOff = "/a/banchang/signoff?year=2566";
    const string Confirm = "/a/banchang/signoff/confirm?year=2566&kind=Progress";

    [Fact]
    public async Task The_confirmation_lists_the_open_findings_errors_first_linking_to_the_measure()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        Assert.Contains("action=\"/a/banchang/signoff/confirm\"", await admin.GetStringAsync(SignOff));
        var html = await admin.GetStringAsync(Confirm);
        Assert.Contains("id=\"open-findings\"", html);
        // The demo's third measure still names ทต.บ้านถ้ำ, another agency: an error, listed before any warning.
        var foreign = html.IndexOf("data-rule=\"foreign-agency-name\"", StringComparison.Ordinal);
        Assert.True(foreign > 0, "the foreign agency name is listed");
        Assert.Contains("ทต.บ้านถ้ำ", html);
        var warning = html.IndexOf("class=\"finding warning\"", StringComparison.Ordinal);
        Assert.True(warning < 0 || warning > foreign, "errors come first");
        var third = await App.WithDbAsync(db => db.Measures.Where(m => m.FiscalYear == 2566).OrderBy(m => m.Position).Select(m => m.Id).Skip(2).FirstAsync());
        Assert.Contains($"href=\"/a/banchang/measures/{third}/edit#field-", html);
        Assert.Contains("id=\"acknowledge\"", html);
        Assert.Contains("required", html);
    }

    [Fact]
    public async Task Submitting_with_open_errors_needs_the_acknowledgement_which_the_submission_and_the_audit_trail_record()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var before = await App.WithDbAsync(db => db.Submissions.CountAsync());
        var refused = await admin.PostAsync("/a/banchang/signoff?handler=Submit",
            await AppFactory.FormAsync(admin, Confirm, new() { ["year"] = "2566", ["kind"] = "Progress" }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("unacknowledged=true", refused.Headers.Location!.OriginalString);
        Assert.Equal(before, await App.WithDbAsync(db => db.Submissions.CountAsync()));
        Assert.Contains("id=\"error-summary\"", await admin.GetStringAsync(refused.Headers.Location!.OriginalString));

        var submitted = await admin.PostAsync("/a/banchang/signoff?handler=Submit",
            await AppFactory.FormAsync(admin, Confirm, new() { ["year"] = "2566", ["kind"] = "Progress", ["acknowledge"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var location = submitted.Headers.Location!.OriginalString;
        Assert.EndsWith("?done=submitted", location);
        var review = await admin.GetStringAsync(location);
        Assert.Contains("id=\"success-banner\"", review);
        Assert.Contains("เสนอผู้บริหารแล้ว", review);
        Assert.Contains("id=\"acknowledged\"", review);

        var submission = await App.WithDbAsync(db => db.Submissions.OrderByDescending(s => s.SubmittedAt).FirstAsync());
        Assert.True(submission.AcknowledgedErrors > 0);
        Assert.Contains("ทต.บ้านถ้ำ", submission.AcknowledgedFindings);
        var audited = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Entity == nameof(Submission) && e.EntityId == submission.Id.ToString()).Select(e => e.After).ToListAsync());
        Assert.Contains(audited, after => after != null && after.Contains("AcknowledgedErrors", StringComparison.Ordinal) && after.Contains("ทต.บ้านถ้ำ", StringComparison.Ordinal));

        // The executive is shown the same findings, then checks the signature before publishing.
        var executive = await App.SignedInAsync(Roles.Executive);
        var reviewUrl = location.Split('?')[0];
        Assert.Contains("data-rule=\"foreign-agency-name\"", await executive.GetStringAsync(reviewUrl));
        var publications = await App.WithDbAsync(db => db.Publications.CountAsync());
        var signature = new Dictionary<string, string> { ["SignatureName"] = "นายทดสอบ ยืนยัน", ["SignaturePosition"] = "นายกเทศมนตรีตำบลบ้านฉาง" };
        var check = await executive.PostAsync(reviewUrl + "?handler=Check", await AppFactory.FormAsync(executive, reviewUrl, signature));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var checkPage = await check.Content.ReadAsStringAsync();
        Assert.Contains("id=\"approve-confirm\"", checkPage);
        Assert.Contains("นายทดสอบ ยืนยัน", checkPage);
        Assert.Equal(publications, await App.WithDbAsync(db => db.Publications.CountAsync()));

        var approved = await executive.PostAsync(reviewUrl + "?handler=Approve", await AppFactory.FormAsync(executive, reviewUrl, signature));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.EndsWith("&done=approved", approved.Headers.Location!.OriginalString);
        Assert.Equal(publications + 1, await App.WithDbAsync(db => db.Publications.CountAsync()));
        Assert.Contains("อนุมัติและเผยแพร่แล้ว", await executive.GetStringAsync(approved.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task The_api_submit_with_open_errors_is_refused_until_acknowledged_and_then_records_the_acknowledgement()
    {
        const string Submissions = "/api/v1/agencies/banchang/submissions";
        var admin = App.Anonymous();
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        var before = await App.WithDbAsync(db => db.Submissions.CountAsync());

        var refused = await admin.PostAsJsonAsync(Submissions, new { fiscalYear = 2566, kind = "measures" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("acknowledgeErrors", problem.GetProperty("detail").GetString());
        var errorCount = problem.GetProperty("errorCount").GetInt32();
        Assert.True(errorCount > 0);
        var open = problem.GetProperty("openFindings").EnumerateArray().ToList();
        var foreign = open.Where(f => f.GetProperty("rule").GetString() == "foreign-agency-name").ToList();
        Assert.NotEmpty(foreign);
        Assert.All(foreign, f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        Assert.Contains(foreign, f => f.GetProperty("measure").GetInt32() == 3
            && (f.GetProperty("message").GetString() + f.GetProperty("text").GetString()).Contains("ทต.บ้านถ้ำ", StringComparison.Ordinal));
        Assert.Equal(errorCount, open.Count(f => f.GetProperty("severity").GetString() == "error"));
        Assert.Equal(before, await App.WithDbAsync(db => db.Submissions.CountAsync()));

        var accepted = await admin.PostAsJsonAsync(Submissions, new { fiscalYear = 2566, kind = "measures", acknowledgeErrors = true });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var id = Guid.Parse((await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        var submission = await App.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == id));
        Assert.Equal(errorCount, submission.AcknowledgedErrors);
        Assert.Contains("ทต.บ้านถ้ำ", submission.AcknowledgedFindings);
        var audited = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Entity == nameof(Submission) && e.EntityId == id.ToString()).Select(e => e.After).ToListAsync());
        Assert.Contains(audited, after => after != null && after.Contains("AcknowledgedErrors", StringComparison.Ordinal) && after.Contains("ทต.บ้านถ้ำ", StringComparison.Ordinal));

        // Nothing left waiting for the other tests of this class.
        var executive = App.Anonymous();
        executive.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Executive));
        Assert.Equal(HttpStatusCode.OK, (await executive.PostAsJsonAsync($"{Submissions}/{id}/return", new { comment = "ทดสอบ" })).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_tells_the_acknowledgement_and_the_422()
    {
        var openApi = await App.Anonymous().GetStringAsync("/openapi/v1.json");
        var submit = JsonDocument.Parse(openApi).RootElement.GetProperty("paths").GetProperty("/api/v1/agencies/{slug}/submissions").GetProperty("post");
        Assert.Contains("acknowledgeErrors", submit.GetProperty("description").GetString());
        Assert.True(submit.GetProperty("responses").TryGetProperty("422", out _));
        Assert.True(submit.GetProperty("responses").TryGetProperty("201", out _));
        Assert.Contains("\"acknowledgeErrors\"", openApi);
    }

    [Fact]
    public async Task The_approval_check_refuses_a_missing_signature_with_an_error_summary()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var submitted = await admin.PostAsync("/a/banchang/signoff?handler=Submit",
            await AppFactory.FormAsync(admin, SignOff, new() { ["year"] = "2566", ["kind"] = "Measures", ["acknowledge"] = "true" }));
        var reviewUrl = submitted.Headers.Location!.OriginalString.Split('?')[0];
        var executive = await App.SignedInAsync(Roles.Executive);
        var check = await executive.PostAsync(reviewUrl + "?handler=Check", await AppFactory.FormAsync(executive, reviewUrl, new() { ["SignatureName"] = "", ["SignaturePosition"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, check.StatusCode);
        var html = await check.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("href=\"#SignatureName\"", html);
        Assert.DoesNotContain("id=\"approve-confirm\"", html);
        var returned = await executive.PostAsync(reviewUrl + "?handler=Return", await AppFactory.FormAsync(executive, reviewUrl, new() { ["Comment"] = "แก้ไขก่อน" }));
        Assert.EndsWith("&done=returned", returned.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_rollover_is_confirmed_before_it_is_made_and_then_says_how_many_were_copied()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var year = await App.WithDbAsync(db => db.Measures.MaxAsync(m => m.FiscalYear));
        var count = await App.WithDbAsync(db => db.Measures.CountAsync(m => m.FiscalYear == year));
        var page = await admin.GetStringAsync("/a/banchang/rollover");
        Assert.Contains($"href=\"/a/banchang/rollover?confirm={year}#confirm-rollover\"", page);
        Assert.DoesNotContain("id=\"rollover-confirm\"", page);
        var confirm = await admin.GetStringAsync($"/a/banchang/rollover?confirm={year}");
        Assert.Contains("id=\"rollover-confirm\"", confirm);
        Assert.Equal(0, await App.WithDbAsync(db => db.Measures.CountAsync(m => m.FiscalYear == year + 1)));

        var rolled = await admin.PostAsync("/a/banchang/rollover", await AppFactory.FormAsync(admin, $"/a/banchang/rollover?confirm={year}", new() { ["fromYear"] = $"{year}" }));
        Assert.Equal($"/a/banchang/measures?year={year + 1}&done=rolledover&n={count}", rolled.Headers.Location!.OriginalString);
        Assert.Contains("id=\"success-banner\"", await admin.GetStringAsync(rolled.Headers.Location!.OriginalString));
    }
}

public sealed class SqliteSignOffConfirmationTests(SqliteApp app) : SignOffConfirmationBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresSignOffConfirmationTests(PostgresApp app) : SignOffConfirmationBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
