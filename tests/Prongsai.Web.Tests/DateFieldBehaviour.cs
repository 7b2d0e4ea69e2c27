using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Date fields take Thai dates as typed, refuse what is no date beside the field, and start inside the form's fiscal year.</summary>
public abstract class DateFieldBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static async Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid measureId, string on, string text)
    {
        var url = $"/a/banchang/measures/{measureId}/progress";
        using var form = new MultipartFormDataContent();
        foreach (var field in await AppFactory.FieldsAsync(client, url, [new("Input.On", on), new("Input.Text", text), new("Input.Status", "InProgress"), new("Input.Links", "")]))
        {
            form.Add(new StringContent(field.Value), field.Key);
        }

        return await client.PostAsync(url, form);
    }

    [Fact]
    public async Task A_progress_update_dated_in_thai_is_stored_as_that_day()
    {
        var measure = await CreateMeasureAsync($"วันที่ไทย {Guid.NewGuid():N}");
        var admin = await App.SignedInAsync(Roles.Admin);
        var saved = await RecordAsync(admin, measure, "๓๑ มี.ค. ๒๕๖๖", "ประชุมชี้แจงแล้ว");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateOnly(2023, 3, 31), await App.WithDbAsync(db => db.ProgressUpdates.Where(u => u.MeasureId == measure).Select(u => u.On).SingleAsync()));
        var page = await admin.GetStringAsync($"/a/banchang/measures/{measure}/progress");
        Assert.Contains("<strong>๓๑ มี.ค. ๒๕๖๖</strong>", page);
        Assert.Contains("น. (เวลาประเทศไทย)", page);
    }

    [Fact]
    public async Task A_garbage_date_is_refused_beside_the_field_kept_as_typed_and_nothing_is_stored()
    {
        var measure = await CreateMeasureAsync($"วันที่ผิด {Guid.NewGuid():N}");
        var admin = await App.SignedInAsync(Roles.Admin);
        var refused = await RecordAsync(admin, measure, "31/2/2566", "ไม่ควรบันทึก");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("<a href=\"#Input_On\">วันที่: ไม่ใช่วันที่ที่อ่านได้", html);
        Assert.Contains("id=\"Input_On-error\"", html);
        Assert.Contains("value=\"31/2/2566\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains("ไม่ควรบันทึก", html);
        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == measure)));
    }

    [Fact]
    public async Task A_measure_period_typed_in_thai_forms_is_stored_and_a_bad_one_changes_nothing()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var step = $"ระยะเวลา {Guid.NewGuid():N}";
        var fields = MeasureFields(step, version: 0).Where(f => f.Key is not ("Input.PeriodStart" or "Input.PeriodEnd")).ToList();
        var created = await admin.PostAsync("/a/banchang/measures/new?year=2566", await AppFactory.FormAsync(admin, "/a/banchang/measures/new?year=2566",
            new(fields.Append(new("Input.PeriodStart", "๑/๑๐/๒๕๖๕")).Append(new("Input.PeriodEnd", "๓๑ มี.ค. ๒๕๖๖")))));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var row = (await App.WithDbAsync(db => db.Measures.AsNoTracking().ToListAsync())).Single(m => m.Steps.Contains(step));
        Assert.Equal((new DateOnly(2022, 10, 1), new DateOnly(2023, 3, 31)), (row.PeriodStart, row.PeriodEnd));
        var edit = $"/a/banchang/measures/{row.Id}/edit";
        Assert.Contains("value=\"๑ ต.ค. ๒๕๖๕\"", await admin.GetStringAsync(edit));

        var refused = await admin.PostAsync(edit, await AppFactory.FormAsync(admin, edit,
            new(MeasureFields(step, version: row.Version).Where(f => f.Key != "Input.PeriodEnd").Append(new("Input.PeriodEnd", "ไม่ใช่วันที่")))));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#Input_PeriodEnd\">สิ้นสุด: ไม่ใช่วันที่ที่อ่านได้", html);
        Assert.Contains("value=\"ไม่ใช่วันที่\"", html);
        var after = await App.WithDbAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == row.Id));
        Assert.Equal((row.Version, new DateOnly(2023, 3, 31)), (after.Version, after.PeriodEnd));
    }

    [Fact]
    public async Task A_form_for_a_past_year_starts_on_that_years_last_day_and_english_shows_gregorian()
    {
        // The demo's year is 2566, long past: its progress form is dated 30 Sep 2023, not today.
        var measure = await CreateMeasureAsync($"ค่าเริ่มต้น {Guid.NewGuid():N}");
        var admin = await App.SignedInAsync(Roles.Admin);
        var page = await admin.GetStringAsync($"/a/banchang/measures/{measure}/progress");
        Assert.Contains("value=\"๓๐ ก.ย. ๒๕๖๖\"", page);
        Assert.Contains("data-default=\"2023-09-30\"", page);
        Assert.DoesNotContain("type=\"date\"", page);
        // A new measure's period stays empty (a guessed period would be published) but its calendar opens inside the year.
        var form = await admin.GetStringAsync("/a/banchang/measures/new?year=2566");
        Assert.Contains("id=\"Input_PeriodStart\" name=\"Input.PeriodStart\" value=\"\"", form);
        Assert.Contains("data-default=\"2022-10-01\"", form);

        await admin.PostAsync("/language", await AppFactory.FormAsync(admin, "/a/banchang/measures", new() { ["lang"] = "en", ["returnUrl"] = "/a/banchang/measures" }));
        var english = await admin.GetStringAsync($"/a/banchang/measures/{measure}/progress");
        Assert.Contains("value=\"30 Sep 2023\"", english);
        Assert.Contains("e.g. 31 Mar 2023", english);
    }

    [Fact]
    public async Task An_api_update_without_a_date_is_dated_inside_the_measures_fiscal_year()
    {
        var measure = await CreateMeasureAsync($"API ไม่มีวันที่ {Guid.NewGuid():N}");
        var api = App.Anonymous();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        using var form = new MultipartFormDataContent { { new StringContent("ผ่าน API"), "text" }, { new StringContent("inProgress"), "status" } };
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"/api/v1/agencies/banchang/measures/{measure}/updates", form)).StatusCode);
        Assert.Equal(new DateOnly(2023, 9, 30), await App.WithDbAsync(db => db.ProgressUpdates.Where(u => u.MeasureId == measure).Select(u => u.On).SingleAsync()));
    }
}

public sealed class SqliteDateFieldTests(SqliteApp app) : DateFieldBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDateFieldTests(PostgresApp app) : DateFieldBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
