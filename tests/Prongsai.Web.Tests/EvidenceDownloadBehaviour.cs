using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Web.Tests;

/// <summary>Evidence and oversight downloads: zip bombs refused, names that match the content, no shared caching; the data folder private.</summary>
public abstract class EvidenceDownloadBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task A_docx_whose_entries_inflate_past_the_import_limit_is_refused_as_evidence()
    {
        var id = await CreateMeasureAsync("ไฟล์ระเบิด");
        var editor = await App.SignedInAsync(Roles.Editor);
        var bomb = ZipBomb();
        Assert.True(bomb.Length < 1024 * 1024, $"the test file is {bomb.Length:N0} bytes");

        var response = await ProgressForms.RecordProgressAsync(editor, id, "แนบไฟล์ระเบิด", files: [("report.docx", bomb)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("report.docx", page);
        Assert.Contains("ขยายแล้วใหญ่ผิดปกติ", page);
        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == id)));
    }

    [Theory]
    [InlineData("minutes.bat", "minutes.pdf")]
    [InlineData("report.hta", "report.pdf")]
    [InlineData("invoice.pdf.js", "invoice.pdf")]
    [InlineData("รายงานการประชุม", "รายงานการประชุม.pdf")]
    [InlineData("scan.PDF", "scan.PDF")]
    public async Task Evidence_is_stored_and_downloaded_under_the_extension_of_its_real_type(string sent, string served)
    {
        var id = await CreateMeasureAsync("ชื่อไฟล์ " + sent);
        var editor = await App.SignedInAsync(Roles.Editor);
        var saved = await ProgressForms.RecordProgressAsync(editor, id, "แนบรายงาน", files: [(sent, ProgressForms.SmallPdf)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var evidence = await App.WithDbAsync(db => db.Evidence.SingleAsync(e => db.ProgressUpdates.Any(u => u.Id == e.UpdateId && u.MeasureId == id)));
        Assert.Equal(served, evidence.FileName);

        var download = await editor.GetAsync($"/a/banchang/evidence/{evidence.Id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(served, download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Evidence_and_oversight_exports_are_never_kept_by_a_shared_cache()
    {
        var id = await CreateMeasureAsync("ไม่เก็บแคช");
        var editor = await App.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressForms.RecordProgressAsync(editor, id, "แนบ", files: [("a.pdf", ProgressForms.SmallPdf)])).StatusCode);
        var evidence = await App.WithDbAsync(db => db.Evidence.SingleAsync(e => db.ProgressUpdates.Any(u => u.Id == e.UpdateId && u.MeasureId == id)));
        var oversight = await App.SignedInAsync(Roles.SysAdmin);

        foreach (var (client, url) in new[] { (editor, $"/a/banchang/evidence/{evidence.Id}"), (oversight, "/oversight/export.csv"), (oversight, "/oversight/export.xlsx") })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_data_folder_and_the_sqlite_database_are_for_the_service_account_only()
    {
        // The factory's first request starts the app, which creates the folder and migrates the database.
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync("/healthz")).StatusCode);

        Assert.Equal(PrivateStorage.FolderMode, File.GetUnixFileMode(App.DataDirectory));
        if (!App.IsPostgres)
        {
            Assert.Equal(PrivateStorage.FileMode, File.GetUnixFileMode(App.Settings.SqlitePath));
        }
    }

    /// <summary>A DOCX-shaped zip well under a megabyte whose document.xml inflates to 150 MB.</summary>
    static byte[] ZipBomb()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 150; i++)
            {
                entry.Write(zeros);
            }
        }

        return memory.ToArray();
    }
}

public sealed class SqliteEvidenceDownloadTests(SqliteApp app) : EvidenceDownloadBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresEvidenceDownloadTests(PostgresApp app) : EvidenceDownloadBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
