using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>
/// Every input is bounded: fiscal years inside the supported window, enums that are defined values, texts within
/// the documented limits (MeasureLimits). Each refusal is a 400 naming the field, and nothing is stored
/// (probe failures F1–F4 and F7).
/// </summary>
public abstract class InputBoundsBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    async Task<HttpClient> ApiAsync(string role = Roles.Admin)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(role));
        return client;
    }

    static JsonObject MeasureJson(string step) => new()
    {
        ["tool"] = "IIT", ["indicators"] = new JsonArray(2), ["responsibleUnits"] = new JsonArray("กองคลัง"), ["steps"] = new JsonArray(step),
        ["monitoring"] = new JsonArray(), ["responsiblePersons"] = new JsonArray(), ["results"] = new JsonArray(),
        ["reporting"] = new JsonObject { ["cadences"] = new JsonArray() },
    };

    static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task F1_a_measure_of_year_99999_is_refused_and_pages_refuse_the_year_instead_of_failing()
    {
        var api = await ApiAsync();
        var before = await CountMeasuresAsync();
        var step = $"ปี ๙๙๙๙๙ {Guid.NewGuid():N}";
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/agencies/banchang/measures?fiscalYear=99999", MeasureJson(step)));
        Assert.NotNull(problem["errors"]!["fiscalYear"]);
        Assert.Equal(before, await CountMeasuresAsync());

        var admin = await App.SignedInAsync(Roles.Admin);
        foreach (var url in new[] { "/a/banchang/dashboard?year=99999", "/a/banchang/measures?year=99999", "/a/banchang/signoff?year=2147483647", "/a/banchang/measures/new?year=-5" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/a/banchang/dashboard?year=2566")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/agencies/banchang/measures?fiscalYear=99999")).StatusCode);
    }

    [Fact]
    public async Task F2_rollover_from_the_largest_integer_is_refused_without_overflow()
    {
        var api = await ApiAsync();
        var before = await CountMeasuresAsync();
        var response = await api.PostAsJsonAsync("/api/v1/agencies/banchang/rollover", new { fromYear = int.MaxValue });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var admin = await App.SignedInAsync(Roles.Admin);
        var page = await admin.PostAsync("/a/banchang/rollover", await AppFactory.FormAsync(admin, "/a/banchang/rollover", new() { ["fromYear"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(before, await CountMeasuresAsync());
    }

    [Fact]
    public async Task F3_a_progress_status_that_is_a_number_is_refused_and_nothing_is_recorded()
    {
        var id = await CreateMeasureAsync($"สถานะ {Guid.NewGuid():N}");
        var api = await ApiAsync();
        foreach (var status in new[] { "99", "1", "-1", "Deleted" })
        {
            using var form = new MultipartFormDataContent { { new StringContent("ทำแล้ว"), "text" }, { new StringContent(status), "status" } };
            var problem = await ProblemAsync(await api.PostAsync($"/api/v1/agencies/banchang/measures/{id}/updates", form));
            Assert.NotNull(problem["errors"]!["status"]);
        }

        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == id)));
        var measure = await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id));
        Assert.True(Enum.IsDefined(measure.Status));
    }

    [Fact]
    public async Task F4_a_submission_of_an_undefined_kind_is_refused_and_nothing_is_submitted()
    {
        var api = await ApiAsync();
        var before = await App.WithDbAsync(db => db.Submissions.CountAsync());
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/agencies/banchang/submissions", new { fiscalYear = 2566, kind = 5 }));
        Assert.NotNull(problem["errors"]!["kind"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/agencies/banchang/submissions", new { fiscalYear = 99999, kind = "progress" })).StatusCode);
        Assert.Equal(before, await App.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task F7_texts_over_the_limit_are_refused_with_the_field_named_in_the_api_and_the_form()
    {
        var api = await ApiAsync();
        var before = await CountMeasuresAsync();
        var tooLong = new string('ก', MeasureLimits.TextLength + 1);
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/agencies/banchang/measures?fiscalYear=2566", MeasureJson(tooLong)));
        Assert.NotNull(problem["errors"]!["steps[0]"]);

        var tooMany = MeasureJson("ขั้นตอน");
        tooMany["steps"] = new JsonArray([.. Enumerable.Range(0, MeasureLimits.ItemsPerList + 1).Select(i => (JsonNode)JsonValue.Create($"ขั้นตอนที่ {i}"))]);
        Assert.NotNull((await ProblemAsync(await api.PostAsJsonAsync("/api/v1/agencies/banchang/measures?fiscalYear=2566", tooMany)))["errors"]!["steps"]);
        Assert.Equal(before, await CountMeasuresAsync());

        var longest = $"{Guid.NewGuid():N}" + new string('ข', MeasureLimits.TextLength - 32);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/agencies/banchang/measures?fiscalYear=2566", MeasureJson(longest))).StatusCode);

        var admin = await App.SignedInAsync(Roles.Admin);
        var page = await admin.PostAsync("/a/banchang/measures/new?year=2566", new FormUrlEncodedContent(
            await AppFactory.FieldsAsync(admin, "/a/banchang/measures/new?year=2566", MeasureFields(tooLong, version: 0))));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("steps[0]", html, StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountMeasuresAsync());
    }

    [Fact]
    public async Task An_import_holding_a_measure_without_an_indicator_is_refused_whole_at_confirm()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var before = await CountMeasuresAsync();
        var document = new MeasuresDocument
        {
            Agency = new AgencyName("เทศบาลตำบลบ้านฉาง", "ทต.บ้านฉาง"),
            FiscalYear = 2568,
            Kind = DocumentKind.Measures,
            Measures = [new Measure { Tool = Tool.IIT, Indicators = [1], Steps = ["มีตัวชี้วัด"] }, new Measure { Tool = Tool.OIT, Steps = ["ไม่มีตัวชี้วัด"] }],
        };
        var upload = await ImportForms.UploadAsync(admin, Encoding.UTF8.GetBytes(InterchangeJson.Serialize(document)), "two.json");
        var preview = upload.Headers.Location!.OriginalString;
        var confirm = await admin.PostAsync($"{preview}?handler=Confirm", await AppFactory.FormAsync(admin, preview, []));
        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        var html = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("id=\"import-refused\"", html, StringComparison.Ordinal);
        Assert.Contains("measures[2].indicators", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountMeasuresAsync());
    }
}

public sealed class SqliteInputBoundsTests(SqliteApp app) : InputBoundsBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresInputBoundsTests(PostgresApp app) : InputBoundsBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
