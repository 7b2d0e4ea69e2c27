using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Every kind of form is refused without its antiforgery token, and refused forms change nothing.</summary>
public abstract class AntiforgeryBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Theory]
    [InlineData("/account/login", Roles.SysAdmin)]
    [InlineData("/account/logout", Roles.Admin)]
    [InlineData("/account?handler=CreateToken", Roles.Admin)]
    [InlineData("/account?handler=RevokeToken", Roles.Admin)]
    [InlineData("/account?handler=SignOutEverywhere", Roles.Admin)]
    [InlineData("/account/password", Roles.Admin)]
    [InlineData("/agencies", Roles.SysAdmin)]
    [InlineData("/a/banchang/users", Roles.Admin)]
    [InlineData("/a/banchang/users?handler=Edit", Roles.Admin)]
    [InlineData("/a/banchang/users?handler=Reset", Roles.Admin)]
    [InlineData("/a/banchang/users?handler=Disable", Roles.Admin)]
    [InlineData("/a/banchang/users?handler=Enable", Roles.Admin)]
    [InlineData("/a/banchang/units?handler=Add", Roles.Admin)]
    [InlineData("/a/banchang/units?handler=Rename", Roles.Admin)]
    [InlineData("/a/banchang/units?handler=Remove", Roles.Admin)]
    [InlineData("/a/banchang/measures/new?year=2566", Roles.Admin)]
    [InlineData("/a/banchang/measures/{measure}/edit", Roles.Admin)]
    [InlineData("/a/banchang/measures/{measure}/delete", Roles.Admin)]
    [InlineData("/a/banchang/measures/{measure}/progress", Roles.Admin)]
    [InlineData("/a/banchang/import", Roles.Admin)]
    [InlineData("/a/banchang/import/{upload}?handler=Confirm", Roles.Admin)]
    [InlineData("/a/banchang/import/{upload}?handler=Cancel", Roles.Admin)]
    [InlineData("/a/banchang/import/{upload}?handler=Undo", Roles.Admin)]
    [InlineData("/a/banchang/signoff?handler=Submit", Roles.Admin)]
    [InlineData("/a/banchang/signoff/{submission}?handler=Approve", Roles.Executive)]
    [InlineData("/a/banchang/signoff/{submission}?handler=Return", Roles.Executive)]
    [InlineData("/a/banchang/rollover", Roles.Admin)]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing(string form, string role)
    {
        var client = await App.SignedInAsync(role);
        var url = await ResolveAsync(form);
        var before = await SnapshotAsync();
        Dictionary<string, string> fields = new()
        {
            ["Email"] = "x@test.example", ["Password"] = AppFactory.Password, ["name"] = "token", ["email"] = "new@test.example", ["role"] = "editor",
            ["Input.Slug"] = "forged", ["Input.Name"] = "ปลอม", ["year"] = "2566", ["kind"] = "Progress", ["fromYear"] = "2566",
            ["SignatureName"] = "ปลอม", ["SignaturePosition"] = "ปลอม", ["Comment"] = "ปลอม", ["Input.Text"] = "ปลอม", ["Input.Status"] = "Done",
            ["Input.Steps"] = "ปลอม", ["Input.Version"] = "1", ["Input.Tool"] = "IIT",
        };

        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
    }

    async Task<string> ResolveAsync(string form)
    {
        if (form.Contains("{measure}", StringComparison.Ordinal))
        {
            return form.Replace("{measure}", (await CreateMeasureAsync("ต้องมีโทเค็น")).ToString(), StringComparison.Ordinal);
        }

        if (form.Contains("{upload}", StringComparison.Ordinal))
        {
            var admin = await App.SignedInAsync(Roles.Admin);
            var uploaded = await ImportForms.UploadAsync(admin, await ImportForms.SeedAsync(), "seed.txt");
            var preview = uploaded.Headers.Location!.OriginalString;
            return form.Replace("/a/banchang/import/{upload}", preview, StringComparison.Ordinal);
        }

        if (form.Contains("{submission}", StringComparison.Ordinal))
        {
            // One submission waits at a time: the earlier refused post left it waiting.
            var pending = await App.WithDbAsync(db => db.Submissions.Where(s => s.State == SubmissionState.Submitted).Select(s => (Guid?)s.Id).FirstOrDefaultAsync());
            if (pending is null)
            {
                var admin = await App.SignedInAsync(Roles.Admin);
                var submitted = await admin.PostAsync("/a/banchang/signoff?handler=Submit",
                    await AppFactory.FormAsync(admin, "/a/banchang/signoff?year=2566", new() { ["year"] = "2566", ["kind"] = "Measures", ["acknowledge"] = "true" }));
                Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
                pending = await App.WithDbAsync(db => db.Submissions.Where(s => s.State == SubmissionState.Submitted).Select(s => s.Id).SingleAsync());
            }

            return form.Replace("{submission}", pending.Value.ToString(), StringComparison.Ordinal);
        }

        return form;
    }

    /// <summary>What any of the forms could change: every change also writes an audit entry.</summary>
    Task<string> SnapshotAsync() => App.WithDbAsync(async db => string.Join(",",
        await db.AuditEntries.CountAsync(), await db.Measures.CountAsync(), await db.Users.CountAsync(), await db.ApiTokens.CountAsync(),
        await db.Agencies.CountAsync(), await db.Submissions.CountAsync(s => s.State != SubmissionState.Submitted), await db.ProgressUpdates.CountAsync(),
        await db.Publications.CountAsync(), Directory.Exists(Path.Combine(App.DataDirectory, "uploads")) ? Directory.GetFiles(Path.Combine(App.DataDirectory, "uploads"), "*", SearchOption.AllDirectories).Length : 0));
}

public sealed class SqliteAntiforgeryTests(SqliteApp app) : AntiforgeryBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAntiforgeryTests(PostgresApp app) : AntiforgeryBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
