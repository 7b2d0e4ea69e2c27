using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Form values no browser would send for these fields.</summary>
public static class HostileValues
{
    public static TheoryData<string, string> MalformedFields => new()
    {
        { "Input.PeriodStart", "2023-02-30" }, { "Input.PeriodStart", "๒๕๖๖-๐๓-๐๑" }, { "Input.PeriodEnd", "99999-01-01" }, { "Input.PeriodEnd", "'; DROP TABLE Measures; --" },
        { "Input.Indicators", "๑๑" }, { "Input.Indicators", "-1" }, { "Input.Indicators", "99999999999999999999" }, { "Input.Indicators", "0" },
        { "Input.Version", "abc" }, { "Input.Version", "-2147483649" }, { "Input.Status", "Deleted" }, { "Input.Tool", "<b>" },
        { "Input.ReportingCadences", "hourly" }, { "Input.ResponsibleUnits", "กองที่ไม่มี\u202E" }, { "Input.Steps", "\u0E31\u0E48\u0E49" },
        { "Input.Steps", "\u200B\u200C\u200D\uFEFF" }, { "Input.Steps", "\u202Eevil\u202C ขั้นตอน \u2066x\u2069" }, { "Input.Steps", "\uD800 lone surrogate" },
        { "Input.Monitoring", "\0null\0" },
    };
}

/// <summary>Markup, formulas, odd Unicode, huge texts and hostile file names: stored as given, shown as text, never a 500.</summary>
public abstract class HostileInputBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string Script = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>";
    const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";

    static readonly SemaphoreSlim Publishing = new(1, 1);

    async Task<Guid> SaveThroughTheFormAsync(HttpClient client, List<KeyValuePair<string, string>> fields, HttpStatusCode expected = HttpStatusCode.Redirect)
    {
        var response = await client.PostAsync("/a/banchang/measures/new?year=2566", new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, "/a/banchang/measures/new?year=2566", fields)));
        Assert.Equal(expected, response.StatusCode);
        var step = fields.Single(f => f.Key == "Input.Steps").Value.Trim();
        return await App.WithDbAsync(async db => (await db.Measures.Where(m => m.FiscalYear == 2566).ToListAsync()).Where(m => m.Steps.Contains(step)).Select(m => m.Id).SingleOrDefault());
    }

    static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> fields, string key, string value) =>
        [.. fields.Where(f => f.Key != key), new(key, value)];

    static void ShownAsText(string html, string where, bool shown = true)
    {
        Assert.False(html.Contains("<script>alert", StringComparison.Ordinal), $"{where}: a script tag from the data reached the page");
        Assert.False(html.Contains("<img src=x", StringComparison.Ordinal), $"{where}: an img tag from the data reached the page");
        Assert.True(!shown || html.Contains("&lt;script&gt;alert", StringComparison.Ordinal), $"{where}: the markup is not shown as text");
    }

    [Fact]
    public async Task Markup_typed_into_every_field_is_shown_as_text_on_the_pages()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var step = $"ขั้นตอน {Guid.NewGuid():N} " + Script;
        var fields = MeasureFields(step, version: 0);
        foreach (var key in new[] { "Input.ResponsiblePersons", "Input.Monitoring", "Input.IndicatorText", "Input.PeriodText", "Input.ReportingText", "Input.Results" })
        {
            fields = With(fields, key, key + " " + Script);
        }

        var id = await SaveThroughTheFormAsync(admin, fields);
        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressForms.RecordProgressAsync(admin, id, "ผล " + Script, links: "https://example.org/?q=<script>")).StatusCode);

        foreach (var url in new[] { "/a/banchang/measures?year=2566", $"/a/banchang/measures/{id}/edit", $"/a/banchang/measures/{id}/progress", "/a/banchang/dashboard?year=2566", "/a/banchang/audit" })
        {
            // The list and dashboard show indicators, units and periods only: nothing to see there, but nothing may run either. The audit trail's diff shows the texts.
            ShownAsText(await admin.GetStringAsync(url), url, shown: url.EndsWith("/edit", StringComparison.Ordinal) || url.EndsWith("/progress", StringComparison.Ordinal) || url.EndsWith("/audit", StringComparison.Ordinal));
        }

        var stored = await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id));
        Assert.Equal(step, stored.Steps.Single());
    }

    [Fact]
    public async Task Markup_in_an_imported_document_is_shown_as_text_in_the_preview()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var seed = System.Text.Encoding.UTF8.GetString(await ImportForms.SeedAsync());

        var hostile = seed.Replace("กองคลัง", "กองคลัง " + Script.Replace("<", "&lt;", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("ผู้บริหาร", "ผู้บริหาร " + Script, StringComparison.Ordinal);
        var uploaded = await ImportForms.UploadAsync(admin, System.Text.Encoding.UTF8.GetBytes(hostile), "hostile.txt");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = await admin.GetStringAsync(uploaded.Headers.Location!.OriginalString);
        Assert.DoesNotContain("<script>alert", preview);
        Assert.DoesNotContain("<img src=x", preview);
    }

    [Fact]
    public async Task Published_html_docx_xlsx_and_pdf_show_markup_and_formulas_as_text()
    {
        await Publishing.WaitAsync();
        try
        {
            var admin = await App.SignedInAsync(Roles.Admin);
            var fields = With(MeasureFields($"ขั้นตอน {Guid.NewGuid():N} " + Script, version: 0), "Input.IndicatorText", Formula);
            fields = With(fields, "Input.Results", "+1+1\n-2+3\n@SUM(A1)");
            Assert.NotEqual(Guid.Empty, await SaveThroughTheFormAsync(admin, fields));
            var number = await PublishingForms.SubmitAndApproveAsync(App);
            var anonymous = App.Anonymous();
            var prefix = $"/p/banchang/2566/progress/v{number}";

            ShownAsText(await anonymous.GetStringAsync(prefix), prefix);

            var docxText = string.Concat(PartText(await anonymous.GetByteArrayAsync(prefix + ".docx"), "word/document.xml"));
            Assert.Contains(Script, docxText);

            var xlsx = await anonymous.GetByteArrayAsync(prefix + ".xlsx");
            var cells = SheetCells(xlsx);
            Assert.Contains("\u200B" + Formula, cells);
            Assert.DoesNotContain(cells, c => c.StartsWith('=') || c.StartsWith('+') || c.StartsWith('@') || c.StartsWith('-'));
            Assert.False(HasFormulaElements(xlsx), "the published XLSX holds a formula");

            var pdfText = PdfText(await anonymous.GetByteArrayAsync(prefix + ".pdf"));
            Assert.Contains("<script>", pdfText);
        }
        finally
        {
            Publishing.Release();
        }
    }

    [Fact]
    public async Task A_step_of_the_largest_allowed_length_is_stored_and_rendered_and_a_longer_one_refused()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var tooLong = "ยาว" + string.Concat(Enumerable.Repeat("ก่อนหลัง ", 12_500))[..99_997];
        Assert.Equal(Guid.Empty, await SaveThroughTheFormAsync(admin, MeasureFields(tooLong, version: 0), HttpStatusCode.BadRequest));

        var huge = $"ยาว{Guid.NewGuid():N}" + string.Concat(Enumerable.Repeat("ก่อนหลัง ", 600))[..(Documents.MeasureLimits.TextLength - 35)];
        Assert.Equal(Documents.MeasureLimits.TextLength, huge.Length);
        var id = await SaveThroughTheFormAsync(admin, MeasureFields(huge, version: 0));

        var stored = await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id));
        Assert.Equal(huge.Trim(), stored.Steps.Single());
        Assert.Contains(huge.Trim(), await admin.GetStringAsync($"/a/banchang/measures/{id}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressForms.RecordProgressAsync(admin, id, huge)).StatusCode);
        Assert.Contains(huge.Trim(), await admin.GetStringAsync($"/a/banchang/measures/{id}/progress"));
    }

    [Theory]
    [MemberData(nameof(HostileValues.MalformedFields), MemberType = typeof(HostileValues))]
    public async Task Malformed_dates_digits_and_unicode_are_answered_without_a_server_error(string field, string value)
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var fields = With(MeasureFields($"ทดสอบ {field} {Guid.NewGuid():N}", version: 0), field, value);
        var before = await CountMeasuresAsync();
        var response = await admin.PostAsync("/a/banchang/measures/new?year=2566", new FormUrlEncodedContent(await AppFactory.FieldsAsync(admin, "/a/banchang/measures/new?year=2566", fields)));

        // Either refused with the form shown again and nothing stored, or stored as the text it was (a redirect to the edit page).
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{field}={value}: {(int)response.StatusCode}");
        Assert.Equal(before + (response.StatusCode == HttpStatusCode.Redirect ? 1 : 0), await CountMeasuresAsync());
        Assert.True((await admin.GetAsync("/a/banchang/measures?year=2566")).StatusCode == HttpStatusCode.OK, "the list still renders");
        Assert.True((await admin.GetAsync("/a/banchang/dashboard?year=2566")).StatusCode == HttpStatusCode.OK, "the dashboard still renders");
    }

    [Fact]
    public async Task File_names_that_climb_out_of_the_folder_are_kept_as_names_only()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var id = await CreateMeasureAsync("ชื่อไฟล์อันตราย");
        var outside = Path.GetFullPath(Path.Combine(App.DataDirectory, ".."));
        var before = Directory.GetFiles(outside);
        string[] names = ["../../etc/passwd.pdf", "..\\..\\windows\\win.ini.pdf", "/etc/shadow.pdf", "evidence/../../../x.pdf", "a\u202Efdp.exe.pdf", "<img src=x onerror=alert(1)>.pdf"];

        foreach (var name in names)
        {
            var saved = await ProgressForms.RecordProgressAsync(admin, id, $"แนบ {name}", files: [(name, ProgressForms.SmallPdf)]);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stored = await App.WithDbAsync(db => db.Evidence.Where(e => e.Sha256 != null && db.ProgressUpdates.Any(u => u.Id == e.UpdateId && u.MeasureId == id)).ToListAsync());
        Assert.Equal(names.Length, stored.Count);
        Assert.All(stored, e => Assert.DoesNotContain('/', e.FileName!));
        Assert.All(stored, e => Assert.DoesNotContain('\u202E', e.FileName!));
        Assert.All(stored, e => Assert.DoesNotContain('\\', e.FileName!));
        Assert.All(Directory.EnumerateFiles(Path.Combine(App.DataDirectory, "evidence")), f => Assert.Matches("^[0-9a-f]{64}$", Path.GetFileName(f)));
        Assert.Equal(before, Directory.GetFiles(outside));
        Assert.DoesNotContain("<img src=x", await admin.GetStringAsync($"/a/banchang/measures/{id}/progress"));

        foreach (var name in new[] { "../../../../tmp/escape.txt", "..\\..\\escape.md" })
        {
            var uploaded = await ImportForms.UploadAsync(admin, await ImportForms.SeedAsync(), name);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(uploaded.Headers.Location!.OriginalString)).StatusCode);
        }

        Assert.Equal(before, Directory.GetFiles(outside));
        Assert.False(File.Exists("/tmp/escape.txt"));
        Assert.All(Directory.EnumerateFiles(Path.Combine(App.DataDirectory, "uploads"), "*", SearchOption.AllDirectories),
            f => Assert.StartsWith(Path.Combine(App.DataDirectory, "uploads"), Path.GetFullPath(f)));
    }

    [Fact]
    public async Task Uploads_with_lying_names_zip_bombs_and_oversize_are_refused_without_writes()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var measures = await CountMeasuresAsync();
        var bomb = ZipBomb();
        (string Name, byte[] Bytes)[] refusedPreviews = [("program.docx", "MZ\x90\0 not a document"u8.ToArray()), ("bomb.docx", bomb), ("image.xlsx", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2])];
        foreach (var (name, bytes) in refusedPreviews)
        {
            var batches = await App.WithDbAsync(db => db.ImportBatches.CountAsync());
            var uploaded = await ImportForms.UploadAsync(admin, bytes, name);
            var html = await uploaded.Content.ReadAsStringAsync();
            // The upload page shows the located read error; no preview is kept, so nothing can be confirmed.
            Assert.Equal(HttpStatusCode.UnprocessableEntity, uploaded.StatusCode);
            Assert.Contains("id=\"import-error\"", html);
            Assert.Contains(name, html);
            Assert.DoesNotContain("ยืนยันการนำเข้า", html);
            Assert.Equal(batches, await App.WithDbAsync(db => db.ImportBatches.CountAsync()));
        }

        var uploads = UploadedFiles();
        var oversize = new byte[Prongsai.Import.Uploads.MaxBytes + 1];
        var tooBig = await ImportForms.UploadAsync(admin, oversize, "big.txt");
        Assert.NotEqual(HttpStatusCode.Redirect, tooBig.StatusCode);
        if (tooBig.StatusCode == HttpStatusCode.OK)
        {
            Assert.Contains("ไฟล์ใหญ่เกิน ๑๐ MB", await tooBig.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.True(tooBig.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)tooBig.StatusCode}");
        }

        Assert.Equal(uploads, UploadedFiles());
        Assert.Equal(measures, await CountMeasuresAsync());

        var id = await CreateMeasureAsync("ระเบิดซิป");
        var evidenceFiles = EvidenceFiles();
        var evidence = await ProgressForms.RecordProgressAsync(admin, id, "แนบระเบิด", files: [("bomb.docx", bomb)]);
        Assert.Equal(HttpStatusCode.BadRequest, evidence.StatusCode);
        Assert.Contains("bomb.docx", await evidence.Content.ReadAsStringAsync());
        Assert.Equal(evidenceFiles, EvidenceFiles());
        Assert.False(await App.WithDbAsync(db => db.ProgressUpdates.AnyAsync(u => u.MeasureId == id)), "a refused update was stored");
    }

    /// <summary>Every file under the evidence folder, temporary files included.</summary>
    string[] EvidenceFiles()
    {
        var folder = Path.Combine(App.DataDirectory, "evidence");
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
    }

    int UploadedFiles()
    {
        var folder = Path.Combine(App.DataDirectory, "uploads");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
    }

    static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            }

            using var entry = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    static IEnumerable<string> PartText(byte[] package, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entry = zip.GetEntry(part);
        if (entry is null)
        {
            return [];
        }

        using var stream = entry.Open();
        return [.. XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName is "t").Select(e => e.Value)];
    }

    /// <summary>Every cell's text, shared or inline.</summary>
    static List<string> SheetCells(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return [.. zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).SelectMany(e =>
        {
            using var stream = e.Open();
            return XDocument.Load(stream).Descendants().Where(x => x.Name.LocalName is "t" or "v").Select(x => x.Value).ToList();
        })];
    }

    static bool HasFormulaElements(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Any(e =>
        {
            using var stream = e.Open();
            return XDocument.Load(stream).Descendants().Any(x => x.Name.LocalName == "f");
        });
    }

    static string PdfText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true }) ?? throw new InvalidOperationException("pdftotext did not start");
            var text = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(30_000), "pdftotext took over 30 s");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class SqliteHostileInputTests(SqliteApp app) : HostileInputBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresHostileInputTests(PostgresApp app) : HostileInputBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
