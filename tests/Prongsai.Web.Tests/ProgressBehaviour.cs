using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Progress;

namespace Prongsai.Web.Tests;

/// <summary>Posts the progress form of a measure, as the page does, with files and links.</summary>
public static class ProgressForms
{
    public static readonly byte[] SmallPdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    public static async Task<HttpResponseMessage> RecordProgressAsync(HttpClient client, Guid measureId, string text, string status = "InProgress",
        (string Name, byte[] Bytes)[]? files = null, string? links = null, Guid? correctsId = null)
    {
        var url = $"/a/banchang/measures/{measureId}/progress";
        using var form = new MultipartFormDataContent();
        var fields = new List<KeyValuePair<string, string>> { new("Input.On", "2023-03-15"), new("Input.Text", text), new("Input.Status", status), new("Input.Links", links ?? "") };
        if (correctsId is not null)
        {
            fields.Add(new("Input.CorrectsId", correctsId.Value.ToString()));
        }

        foreach (var field in await AppFactory.FieldsAsync(client, url, fields))
        {
            form.Add(new StringContent(field.Value), field.Key);
        }

        foreach (var (name, bytes) in files ?? [])
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "Input.Files", name);
        }

        return await client.PostAsync(url, form);
    }
}

/// <summary>Progress updates with evidence, corrections and reminders, on SQLite and PostgreSQL.</summary>
public abstract class ProgressBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    /// <summary>Every file under the data folder except the SQLite database's own files.</summary>
    protected List<string> DataFiles() => Directory.Exists(App.DataDirectory)
        ? [.. Directory.EnumerateFiles(App.DataDirectory, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("prongsai.db", StringComparison.Ordinal)).Order()]
        : [];

    [Fact]
    public async Task A_unit_editor_records_progress_on_its_own_units_measures_only()
    {
        var own = await CreateMeasureAsync("ของกองคลัง", unit: "กองคลัง");
        var other = await CreateMeasureAsync("ของกองช่าง", unit: "กองช่าง");
        var editor = await App.SignedInAsync(Roles.Editor);

        var saved = await ProgressForms.RecordProgressAsync(editor, own, "จัดประชุมชี้แจงแล้ว", "Done", [("minutes.pdf", ProgressForms.SmallPdf)], "https://example.org/minutes");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await editor.PostAsync($"/a/banchang/measures/{other}/progress",
            new FormUrlEncodedContent(await AppFactory.FieldsAsync(editor, $"/a/banchang/measures/{other}/progress", [new("Input.Text", "ไม่ใช่ของเรา"), new("Input.Status", "Done")])));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var (measure, updates, otherMeasure) = await App.WithDbAsync(async db => (
            await db.Measures.SingleAsync(m => m.Id == own),
            await db.ProgressUpdates.Include(u => u.Evidence).Where(u => u.MeasureId == own || u.MeasureId == other).ToListAsync(),
            await db.Measures.SingleAsync(m => m.Id == other)));
        Assert.Equal(MeasureStatus.Done, measure.Status);
        Assert.Contains("จัดประชุมชี้แจงแล้ว", measure.Results);
        var update = Assert.Single(updates);
        Assert.EndsWith("@test.example", update.RecordedBy);
        Assert.Equal(2, update.Evidence.Count);
        var file = update.Evidence.Single(e => e.IsFile);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.True(File.Exists(Path.Combine(App.DataDirectory, "evidence", file.Sha256!)), "stored under its SHA-256");
        Assert.Equal(MeasureStatus.NotStarted, otherMeasure.Status);

        var history = await editor.GetStringAsync($"/a/banchang/measures/{own}/progress");
        Assert.Contains("จัดประชุมชี้แจงแล้ว", history);
        Assert.Contains("minutes.pdf", history);
        var download = await editor.GetAsync($"/a/banchang/evidence/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(ProgressForms.SmallPdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Once_progress_is_recorded_the_edit_form_no_longer_sets_status_or_results()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var id = await CreateMeasureAsync("ประชุมชี้แจง");
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressForms.RecordProgressAsync(admin, id, "ประชุมครบทุกกองแล้ว", "Done")).StatusCode);
        var version = await App.WithDbAsync(db => db.Measures.Where(m => m.Id == id).Select(m => m.Version).SingleAsync());
        var url = $"/a/banchang/measures/{id}/edit";

        var saved = await admin.PostAsync(url, new FormUrlEncodedContent(await AppFactory.FieldsAsync(admin, url, MeasureFields("ประชุมชี้แจงทุกกอง", version))));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await App.WithDbAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal("ประชุมชี้แจงทุกกอง", Assert.Single(row.Steps));
        Assert.Equal(MeasureStatus.Done, row.Status);
        Assert.Contains("ประชุมครบทุกกองแล้ว", row.Results);
        Assert.Contains("id=\"from-progress\"", await admin.GetStringAsync(url));
    }

    [Fact]
    public async Task An_upload_that_is_not_an_allowed_type_is_refused_even_named_pdf_and_nothing_is_written()
    {
        var id = await CreateMeasureAsync("ตรวจชนิดไฟล์");
        var editor = await App.SignedInAsync(Roles.Editor);
        var before = DataFiles();
        var zipWithoutWord = new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4 };
        foreach (var bytes in new[] { "MZ this is a program"u8.ToArray(), "<html><script>alert(1)</script>"u8.ToArray(), zipWithoutWord })
        {
            var response = await ProgressForms.RecordProgressAsync(editor, id, "แนบไฟล์ปลอม", files: [("evidence.pdf", bytes)]);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("evidence.pdf", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(before, DataFiles());
        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == id)));
    }

    [Fact]
    public async Task An_upload_over_20_MB_is_refused_without_writing_a_file_or_a_row()
    {
        var id = await CreateMeasureAsync("ไฟล์ใหญ่เกิน");
        var editor = await App.SignedInAsync(Roles.Editor);
        var before = DataFiles();
        var big = new byte[EvidenceFiles.MaxBytes + 1];
        ProgressForms.SmallPdf.CopyTo(big, 0);

        var response = await ProgressForms.RecordProgressAsync(editor, id, "แนบไฟล์ใหญ่", files: [("big.pdf", big)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("20 MB", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, DataFiles());
        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == id)));
    }

    [Fact]
    public async Task Another_agencys_measure_progress_is_not_found_and_forms_need_the_antiforgery_token()
    {
        await App.WithDbAsync(async db =>
        {
            if (!await db.Agencies.AnyAsync(a => a.Slug == "elsewhere"))
            {
                db.Agencies.Add(new Agency { Slug = "elsewhere", Name = "เทศบาลตำบลอื่น", Type = "เทศบาลตำบล" });
            }

            return await db.SaveChangesAsync();
        });
        var other = await CreateMeasureAsync("ร่างของหน่วยงานอื่น", "elsewhere");
        var editor = await App.SignedInAsync(Roles.Editor);
        foreach (var url in new[] { $"/a/elsewhere/measures/{other}/progress", $"/a/banchang/measures/{other}/progress", "/a/elsewhere/signoff", "/a/elsewhere/units/กองคลัง" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
        }

        var own = await CreateMeasureAsync("ต้องมีโทเค็น");
        var noToken = await editor.PostAsync($"/a/banchang/measures/{own}/progress", new FormUrlEncodedContent([new("Input.Text", "ไม่มีโทเค็น"), new("Input.Status", "Done")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == own)));
    }

    [Fact]
    public async Task Links_must_be_http_or_https()
    {
        var id = await CreateMeasureAsync("ลิงก์หลักฐาน");
        var editor = await App.SignedInAsync(Roles.Editor);
        var response = await ProgressForms.RecordProgressAsync(editor, id, "ลิงก์ไม่ปลอดภัย", links: "javascript:alert(1)");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == id)));
    }

    [Fact]
    public async Task A_correction_is_kept_beside_the_original_and_replaces_its_result()
    {
        var id = await CreateMeasureAsync("แก้ไขรายการ");
        var editor = await App.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressForms.RecordProgressAsync(editor, id, "ประชุมครั้งที่ ๑ มีผู้เข้าร่วม ๒๐ คน", files: [("a.pdf", ProgressForms.SmallPdf)])).StatusCode);
        var original = await App.WithDbAsync(db => db.ProgressUpdates.SingleAsync(u => u.MeasureId == id));

        var corrected = await ProgressForms.RecordProgressAsync(editor, id, "ประชุมครั้งที่ ๑ มีผู้เข้าร่วม ๓๐ คน", "Done", correctsId: original.Id);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var again = await ProgressForms.RecordProgressAsync(editor, id, "แก้ซ้ำรายการเดิม", correctsId: original.Id);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var (updates, measure, audit) = await App.WithDbAsync(async db => (
            await db.ProgressUpdates.Include(u => u.Evidence).Where(u => u.MeasureId == id).ToListAsync(),
            await db.Measures.SingleAsync(m => m.Id == id),
            await db.AuditEntries.Where(e => e.Entity == nameof(ProgressUpdate)).Select(e => e.After).ToListAsync()));
        Assert.Equal(2, updates.Count);
        Assert.Equal("ประชุมครั้งที่ ๑ มีผู้เข้าร่วม ๒๐ คน", updates.Single(u => u.Id == original.Id).Text);
        var correction = updates.Single(u => u.CorrectsId == original.Id);
        Assert.Single(correction.Evidence);
        Assert.Equal(["ประชุมครั้งที่ ๑ มีผู้เข้าร่วม ๓๐ คน"], measure.Results);
        Assert.Equal(MeasureStatus.Done, measure.Status);
        Assert.Contains(audit, a => a!.Contains("๒๐ คน", StringComparison.Ordinal));
        Assert.Contains(audit, a => a!.Contains("๓๐ คน", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminders_list_due_measures_in_the_app_and_say_email_is_off_without_smtp()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var id = await CreateMeasureAsync("ใกล้ครบกำหนด");
        await App.WithDbAsync(db => db.Measures.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PeriodEnd, today.AddDays(5))));
        var editor = await App.SignedInAsync(Roles.Editor);

        var home = await editor.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        var unitPage = await editor.GetStringAsync(home.Headers.Location!.OriginalString);
        Assert.Contains(id.ToString(), unitPage);
        Assert.Contains("การเตือนแสดงในระบบเท่านั้น", unitPage);
        var dashboard = await editor.GetStringAsync("/a/banchang/dashboard?year=2566");
        Assert.Contains($"data-measure=\"{id}\"", dashboard);
    }

    [Fact]
    public async Task Reminder_emails_go_to_the_units_editors_once_a_day()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var id = await CreateMeasureAsync("ส่งอีเมลเตือน", unit: "กองช่าง");
        await App.WithDbAsync(db => db.Measures.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PeriodEnd, today.AddDays(3))));
        var editor = await App.CreateUserAsync(Roles.Editor, unit: "กองช่าง");
        await using var smtp = new SmtpListener();
        var mailer = new ReminderMailer(App.Services, new SmtpSettings("127.0.0.1", smtp.Port, "prongsai@test.example"), TimeProvider.System, NullLogger<ReminderMailer>.Instance);

        var sent = await mailer.SendDueAsync(today);
        var sentAgain = await mailer.SendDueAsync(today);

        Assert.Equal(smtp.Messages.Count, sent);
        Assert.Equal(0, sentAgain);
        var message = Assert.Single(smtp.Messages, m => m.Recipients.Contains(editor.Email!));
        Assert.Contains("Subject:", message.Data);
        Assert.True(await App.WithDbAsync(db => db.RemindersSent.AnyAsync(r => r.MeasureId == id && r.Recipient == editor.Email)));
    }

    [Fact]
    public async Task The_api_records_progress_with_a_file_and_refuses_another_units_measure()
    {
        var own = await CreateMeasureAsync("ผ่าน API", unit: "กองคลัง");
        var other = await CreateMeasureAsync("API กองช่าง", unit: "กองช่าง");
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Editor));

        MultipartFormDataContent Form()
        {
            var form = new MultipartFormDataContent { { new StringContent("2023-03-20"), "on" }, { new StringContent("เผยแพร่ผ่านเว็บไซต์แล้ว"), "text" }, { new StringContent("done"), "status" }, { new StringContent("https://example.org/news"), "links" } };
            form.Add(new ByteArrayContent(ProgressForms.SmallPdf), "files", "report.pdf");
            return form;
        }

        var created = await client.PostAsync($"/api/v1/agencies/banchang/measures/{own}/updates", Form());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/agencies/banchang/measures/{other}/updates", Form())).StatusCode);
        var list = await client.GetStringAsync($"/api/v1/agencies/banchang/measures/{own}/updates");
        using var json = JsonDocument.Parse(list);
        var update = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("done", update.GetProperty("status").GetString());
        Assert.Equal(2, update.GetProperty("evidence").GetArrayLength());
    }
}

public sealed class SqliteProgressTests(SqliteApp app) : ProgressBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresProgressTests(PostgresApp app) : ProgressBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
