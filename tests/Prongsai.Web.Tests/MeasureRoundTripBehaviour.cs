using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;
using Prongsai.Reports;

namespace Prongsai.Web.Tests;

/// <summary>
/// A measure with every field set goes in as a document, through the database, out of the API, into the edit form and
/// into every report format, and comes back the same. A field added to <see cref="Measure"/> and lost anywhere fails here.
/// </summary>
public abstract class MeasureRoundTripBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const int Year = 2567;

    /// <summary>Fields of the import's draft that are not part of a saved measure, each with why.</summary>
    static readonly HashSet<string> NotStored =
    [
        // Which cells OCR read: shown in the import preview, where the text is checked before confirming.
        nameof(Measure.Ocr),
    ];

    static Measure Full(string name) => new()
    {
        Tool = Tool.EIT,
        Name = name,
        Indicators = [6, 8],
        IndicatorText = "คุณภาพการดำเนินงาน และการปรับปรุงระบบการทำงาน",
        ResponsibleUnits = ["กองคลัง", "กองช่าง"],
        ResponsiblePersons = ["ผอ.กองคลัง", "นิติกร"],
        Steps = ["จัดทำคู่มือการให้บริการ", "ประชาสัมพันธ์ช่องทางร้องเรียน"],
        Monitoring = ["รายงานผู้บริหารทุกไตรมาส"],
        Period = new Period(new DateOnly(2023, 10, 1), new DateOnly(2024, 9, 30), "ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗"),
        Status = MeasureStatus.InProgress,
        Reporting = new Reporting { Cadences = [ReportingCadence.Quarterly, ReportingCadence.Annual], Text = "รายไตรมาส และ ๑๒ เดือน" },
        Results = ["จัดทำคู่มือแล้ว ๑ ฉบับ"],
    };

    [Fact]
    public void The_sample_sets_every_field_of_a_measure()
    {
        var sample = Full("มาตรการทดสอบ");
        foreach (var property in typeof(Measure).GetProperties().Where(p => !NotStored.Contains(p.Name)))
        {
            var value = property.GetValue(sample);
            Assert.True(value is not null && (value is not System.Collections.ICollection { Count: 0 }), $"the round-trip sample leaves {property.Name} unset: set it so the test covers it");
        }
    }

    [Fact]
    public async Task A_named_measure_keeps_every_field_through_import_database_api_form_and_reports()
    {
        var name = $"มาตรการส่งเสริมการให้บริการ {Guid.NewGuid():N}"[..40];
        var sample = Full(name);
        var admin = await App.SignedInAsync(Roles.Admin);
        var document = new MeasuresDocument
        {
            Agency = new AgencyName("เทศบาลตำบลบ้านฉาง", "ทต.บ้านฉาง"),
            FiscalYear = Year,
            Kind = DocumentKind.Progress,
            Measures = [sample],
        };

        // import → database
        var upload = await ImportForms.UploadAsync(admin, Encoding.UTF8.GetBytes(InterchangeJson.Serialize(document)), "measures.json");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var preview = upload.Headers.Location!.OriginalString;
        Assert.Contains(name, await admin.GetStringAsync(preview), StringComparison.Ordinal);
        var confirm = await admin.PostAsync($"{preview}?handler=Confirm", await AppFactory.FormAsync(admin, preview, []));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var row = await App.WithDbAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Name == name));
        AssertSame(sample, row.ToDocument(), "database");

        // database → API
        var api = App.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        var json = JsonNode.Parse(await api.GetStringAsync($"/api/v1/agencies/banchang/measures/{row.Id}"))!.AsObject();
        Assert.Equal(Year, (int)json["fiscalYear"]!);
        json.Remove("id");
        json.Remove("version");
        json.Remove("fiscalYear");
        AssertSame(sample, json.Deserialize<Measure>(InterchangeJson.Options)!, "API");

        // database → edit form → database
        var form = await admin.GetStringAsync($"/a/banchang/measures/{row.Id}/edit");
        Assert.Contains($"value=\"{name}\"", form, StringComparison.Ordinal);
        AssertSame(sample, MeasureForm.From(row).ToMeasure(), "edit form");

        // database → reports
        // The official documents print every digit in Thai, the name's too.
        var stored = document with { Measures = [row.ToDocument()] };
        var printed = Thai.ThaiDigits.ToThai(name);
        Assert.Contains(printed, HtmlReportWriter.Write(stored), StringComparison.Ordinal);
        Assert.Contains(printed, DocxText(DocxReportWriter.Write(stored)), StringComparison.Ordinal);
        var xlsx = XlsxText(XlsxReportWriter.Write(stored));
        Assert.True(xlsx.Contains(name, StringComparison.Ordinal) || xlsx.Contains(printed, StringComparison.Ordinal), "the XLSX lost the name");
        AssertSame(sample, InterchangeJson.Deserialize(InterchangeJson.Serialize(stored)).Measures.Single(), "JSON export");
    }

    static void AssertSame(Measure expected, Measure actual, string where) =>
        Assert.True(JsonSerializer.Serialize(expected, InterchangeJson.Options) == JsonSerializer.Serialize(actual, InterchangeJson.Options),
            $"{where} lost or changed a field:\nexpected {JsonSerializer.Serialize(expected, InterchangeJson.Options)}\nactual   {JsonSerializer.Serialize(actual, InterchangeJson.Options)}");

    static string DocxText(byte[] docx) => PartText(docx, "word/document.xml");

    static string XlsxText(byte[] xlsx) => PartText(xlsx, "xl/sharedStrings.xml") + PartText(xlsx, "xl/worksheets/sheet1.xml");

    /// <summary>The text of an OOXML part, tags removed (read independently of the writers).</summary>
    static string PartText(byte[] package, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var entry = zip.GetEntry(part);
        if (entry is null)
        {
            return "";
        }

        using var reader = new StreamReader(entry.Open());
        return System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
    }
}

public sealed class SqliteMeasureRoundTripTests(SqliteApp app) : MeasureRoundTripBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresMeasureRoundTripTests(PostgresApp app) : MeasureRoundTripBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
