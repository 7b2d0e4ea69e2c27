using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>Each role against its own agency and another: another agency's measures are never visible (404) nor writable.</summary>
public abstract class AuthorizationMatrix<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string OtherSlug = "other";

    async Task<Guid> OtherAgencyMeasureAsync()
    {
        await App.WithDbAsync(async db =>
        {
            if (!await db.Agencies.AnyAsync(a => a.Slug == OtherSlug))
            {
                db.Agencies.Add(new Agency { Slug = OtherSlug, Name = "เทศบาลตำบลอื่น", Type = "เทศบาลตำบล", Units = [new AgencyUnit { Name = "กองคลัง" }] });
                await db.SaveChangesAsync();
            }

            return 0;
        });
        return await CreateMeasureAsync("ร่างของหน่วยงานอื่น", OtherSlug);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Executive)]
    public async Task Another_agencys_measures_are_not_found_for_agency_roles(string role)
    {
        var id = await OtherAgencyMeasureAsync();
        var client = await App.SignedInAsync(role);
        foreach (var url in new[] { $"/a/{OtherSlug}/measures", $"/a/{OtherSlug}/measures/{id}/edit", $"/a/{OtherSlug}/dashboard", $"/a/{OtherSlug}/audit", $"/a/{OtherSlug}/users", $"/a/{OtherSlug}/units", $"/a/banchang/measures/{id}/edit" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{role} GET {url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("ร่างของหน่วยงานอื่น", await response.Content.ReadAsStringAsync());
        }

        var post = await client.PostAsync($"/a/banchang/measures/{id}/edit",
            new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, "/account", MeasureFields("แก้ของคนอื่น", version: 1))));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var api = await ApiClientAsync(role);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/agencies/{OtherSlug}/measures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/agencies/{OtherSlug}/measures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/agencies/{OtherSlug}/measures/{id}")).StatusCode);
        Assert.Equal(["ร่างของหน่วยงานอื่น"], (await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id))).Steps);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Executive)]
    public async Task Another_agencys_progress_evidence_and_submissions_are_not_found_for_agency_roles(string role)
    {
        var measureId = await OtherAgencyMeasureAsync();
        var (updateId, evidenceId, submissionId, importId) = await App.WithDbAsync(async db =>
        {
            var agencyId = await db.Agencies.Where(a => a.Slug == OtherSlug).Select(a => a.Id).SingleAsync();
            var import = new ImportBatch { AgencyId = agencyId, FiscalYear = 2566, FileName = "ของหน่วยงานอื่น.json", DocumentJson = "{\"agency\":{\"name\":\"x\"},\"fiscalYear\":2566,\"measures\":[]}", CreatedBy = "x@other.example" };
            db.ImportBatches.Add(import);
            var evidence = new Evidence { Sha256 = new string('a', 64), FileName = "ของหน่วยงานอื่น.pdf", ContentType = "application/pdf", Length = 4 };
            var update = new ProgressUpdate { AgencyId = agencyId, MeasureId = measureId, On = new DateOnly(2023, 3, 1), Text = "ความลับของหน่วยงานอื่น", RecordedBy = "x@other.example", Evidence = [evidence] };
            var submission = new Submission { AgencyId = agencyId, FiscalYear = 2566, Kind = DocumentKind.Progress, DocumentJson = "{\"measures\":[]}", SubmittedBy = "x@other.example" };
            db.ProgressUpdates.Add(update);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return (update.Id, evidence.Id, submission.Id, import.Id);
        });
        Directory.CreateDirectory(Path.Combine(App.DataDirectory, "evidence"));
        await File.WriteAllTextAsync(Path.Combine(App.DataDirectory, "evidence", new string('a', 64)), "%PDF");

        var client = await App.SignedInAsync(role);
        foreach (var slug in new[] { OtherSlug, "banchang" })
        {
            foreach (var url in new[] { $"/a/{slug}/measures/{measureId}/progress", $"/a/{slug}/evidence/{evidenceId}", $"/a/{slug}/signoff/{submissionId}", $"/a/{slug}/signoff/{submissionId}/document", $"/a/{slug}/import/{importId:N}" })
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{role} GET {url}: {(int)response.StatusCode}");
                Assert.DoesNotContain("ความลับของหน่วยงานอื่น", await response.Content.ReadAsStringAsync());
            }
        }

        foreach (var url in new[] { $"/a/{OtherSlug}/signoff", $"/a/{OtherSlug}/rollover", $"/a/{OtherSlug}/import", $"/a/{OtherSlug}/units/กองคลัง" })
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{role} GET {url}");
        }

        var api = await ApiClientAsync(role);
        foreach (var slug in new[] { OtherSlug, "banchang" })
        {
            foreach (var url in new[] { $"/api/v1/agencies/{slug}/measures/{measureId}/updates", $"/api/v1/agencies/{slug}/evidence/{evidenceId}", $"/api/v1/agencies/{slug}/imports/{importId}", $"/api/v1/agencies/{OtherSlug}/submissions", $"/api/v1/agencies/{OtherSlug}/publications" })
            {
                var response = await api.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{role} API GET {url}: {(int)response.StatusCode}");
                Assert.DoesNotContain("ความลับของหน่วยงานอื่น", await response.Content.ReadAsStringAsync());
            }

            var posts = new (string Url, HttpContent Body)[]
            {
                ($"/api/v1/agencies/{slug}/measures/{measureId}/updates", new MultipartFormDataContent { { new StringContent("บุกรุก"), "text" }, { new StringContent("done"), "status" } }),
                ($"/api/v1/agencies/{slug}/submissions/{submissionId}/approve", JsonContent.Create(new { name = "ปลอม", position = "ปลอม" })),
                ($"/api/v1/agencies/{slug}/submissions/{submissionId}/return", JsonContent.Create(new { comment = "ปลอม" })),
                ($"/api/v1/agencies/{OtherSlug}/submissions", JsonContent.Create(new { fiscalYear = 2566, kind = "progress" })),
                ($"/api/v1/agencies/{OtherSlug}/rollover", JsonContent.Create(new { fromYear = 2566 })),
                ($"/api/v1/agencies/{OtherSlug}/imports", new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("{}")), "file", "x.json" } }),
                ($"/api/v1/agencies/{slug}/imports/{importId}/confirm", JsonContent.Create(new { mode = "add" })),
                ($"/api/v1/agencies/{slug}/imports/{importId}/undo", new StringContent("")),
            };
            foreach (var (url, body) in posts)
            {
                var response = await api.PostAsync(url, body);
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{role} API POST {url}: {(int)response.StatusCode}");
            }
        }

        var (updates, submission) = await App.WithDbAsync(async db => (
            await db.ProgressUpdates.CountAsync(u => u.MeasureId == measureId),
            await db.Submissions.SingleAsync(s => s.Id == submissionId)));
        Assert.Equal(1, updates);
        Assert.Equal(SubmissionState.Submitted, submission.State);
        Assert.Equal(ImportState.Previewed, (await App.WithDbAsync(db => db.ImportBatches.SingleAsync(b => b.Id == importId))).State);
        Assert.Equal(0, await App.WithDbAsync(db => db.Measures.CountAsync(m => m.FiscalYear == 2567 && db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == OtherSlug))));
    }

    [Fact]
    public async Task An_agency_administrator_cannot_change_another_agencys_users()
    {
        await OtherAgencyMeasureAsync();
        var otherId = await App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == OtherSlug).Select(a => a.Id).SingleAsync());
        var target = await App.CreateUserAsync(Roles.Executive, OtherSlug);
        var admin = await App.SignedInAsync(Roles.Admin);
        foreach (var handler in new[] { "Edit", "Reset", "Disable", "Enable" })
        {
            foreach (var slug in new[] { OtherSlug, "banchang" })
            {
                var response = await admin.PostAsync($"/a/{slug}/users?handler={handler}",
                    new FormUrlEncodedContent(await AppFactory.FieldsAsync(admin, "/account", [new("id", target.Id), new("role", Roles.Admin), new("displayName", "ปลอม")])));
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} on /a/{slug}/users: {(int)response.StatusCode}");
            }
        }

        var after = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == target.Id));
        Assert.Equal((Roles.Executive, (string?)null, (DateTime?)null, otherId), (after.Role, after.DisplayName, after.DisabledAt, after.AgencyId!.Value));
    }

    [Theory]
    [InlineData(Roles.SysAdmin)]
    [InlineData(Roles.Oversight)]
    public async Task Installation_wide_roles_see_every_agency(string role)
    {
        var id = await OtherAgencyMeasureAsync();
        var client = await App.SignedInAsync(role);
        var page = await client.GetAsync($"/a/{OtherSlug}/measures/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("ร่างของหน่วยงานอื่น", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Roles.Executive, "กองคลัง", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Oversight, "กองคลัง", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Editor, "กองช่าง", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Editor, "กองคลัง", HttpStatusCode.Redirect)]
    [InlineData(Roles.Admin, "กองช่าง", HttpStatusCode.Redirect)]
    public async Task Only_the_agency_administrator_and_the_units_editor_may_change_a_measure(string role, string unit, HttpStatusCode expected)
    {
        var id = await CreateMeasureAsync("ก่อนแก้", unit: unit);
        var client = await App.SignedInAsync(role);
        var url = $"/a/banchang/measures/{id}/edit";
        var response = await client.PostAsync(url, new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, url, MeasureFields("หลังแก้", 1, unit))));
        Assert.Equal(expected, response.StatusCode);
        var steps = (await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id))).Steps;
        Assert.Equal(expected == HttpStatusCode.Redirect ? "หลังแก้" : "ก่อนแก้", steps.Single());

        var api = await ApiClientAsync(role);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/banchang/measures/{id}");
        var measureJson = $"{{\"tool\":\"IIT\",\"indicators\":[1],\"responsibleUnits\":[\"{unit}\"],\"steps\":[\"ผ่าน API\"]}}";
        put.Content = new StringContent(measureJson, Encoding.UTF8, "application/json");
        put.Headers.TryAddWithoutValidation("If-Match", (expected == HttpStatusCode.Redirect ? 2 : 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var apiResponse = await api.SendAsync(put);
        Assert.Equal(expected == HttpStatusCode.Redirect ? HttpStatusCode.OK : HttpStatusCode.Forbidden, apiResponse.StatusCode);
    }

    [Fact]
    public async Task A_stale_api_update_is_a_409()
    {
        var id = await CreateMeasureAsync("เดิม");
        var api = await ApiClientAsync(Roles.Admin);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/banchang/measures/{id}")
        {
            Content = new StringContent("{\"tool\":\"IIT\",\"indicators\":[1],\"responsibleUnits\":[\"กองคลัง\"],\"steps\":[\"ใหม่\"]}", Encoding.UTF8, "application/json"),
        };
        put.Headers.TryAddWithoutValidation("If-Match", "7");
        Assert.Equal(HttpStatusCode.Conflict, (await api.SendAsync(put)).StatusCode);
        Assert.Equal(["เดิม"], (await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id))).Steps);
    }

    async Task<HttpClient> ApiClientAsync(string role)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(role));
        return client;
    }
}

public sealed class SqliteAuthorizationTests(SqliteApp app) : AuthorizationMatrix<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuthorizationTests(PostgresApp app) : AuthorizationMatrix<PostgresApp>(app), IClassFixture<PostgresApp>;
