using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Printing;
using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Web.Tests;

/// <summary>
/// A PDF uploaded on the import page and through the import API previews its measures: a text PDF (Chromium's print of
/// our own report of the seed, through the app's printer) as it is, a scan of it (pdftoppm pages as images) through OCR,
/// warned about on the page and marked cell by cell in the JSON. Slow: Chromium, pdftoppm and tesseract run for real.
/// </summary>
public abstract partial class PdfUploadBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static readonly string Folder = Directory.CreateDirectory(Path.Combine(ExternalTools.OutputDirectory, "pdf-upload")).FullName;

    static readonly MeasuresDocument Source = Seed.Document();

    Task<byte[]> TextPdfAsync() => App.Services.GetRequiredService<PdfPrinter>().PrintAsync(HtmlReportWriter.Write(Source));

    [Fact]
    public async Task A_text_pdf_previews_its_measures_on_the_page_and_through_the_api_without_an_ocr_warning()
    {
        var pdf = await TextPdfAsync();
        await File.WriteAllBytesAsync(Path.Combine(Folder, $"text-{App.IsPostgres}.pdf"), pdf);

        var (html, stored) = await UploadOnPageAsync(pdf, "o42-banchang-2566.pdf");
        var json = await UploadThroughApiAsync(pdf, "o42-banchang-2566.pdf");

        // The demo agency's year holds the seed's three measures: the PDF's match them all.
        Assert.Contains("data-matched=\"3\" data-new=\"0\" data-missing=\"0\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"ocr-warning\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"ocr\"", html, StringComparison.Ordinal);
        AssertSameMeasures(stored.Measures.Select(m => (m.Tool.ToString(), m.Indicators.ToList(), m.Status?.ToString(), m.Steps.ToList())));
        Assert.All(stored.Measures, m => Assert.Null(m.Ocr));
        var measures = json["measures"]!.AsArray();
        AssertSameMeasures(measures.Select(m => ((string)m!["tool"]!, Indicators(m), Status(m), Steps(m))));
        Assert.All(measures, m => Assert.Null(m!["ocr"]));
        Assert.All(measures, m => Assert.Equal("indicators", (string?)m!["match"]?["kind"]));
        Assert.Equal(2566, (int)json["fiscalYear"]!);
    }

    [Fact]
    public async Task A_scanned_pdf_previews_its_measures_through_ocr_with_the_warning_on_the_page_and_each_field_marked_in_the_json()
    {
        var scan = await PdfScan.ScanAsync(await TextPdfAsync(), Folder, $"chromium-{App.IsPostgres}");
        using (var pages = UglyToad.PdfPig.PdfDocument.Open(scan))
        {
            Assert.All(pages.GetPages(), page => Assert.Empty(page.Letters));
        }

        var (html, stored) = await UploadOnPageAsync(scan, "o42-banchang-2566-scan.pdf");
        var json = await UploadThroughApiAsync(scan, "o42-banchang-2566-scan.pdf");

        Assert.Contains("id=\"ocr-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("ต้องตรวจทานทุกช่องกับเอกสารต้นฉบับก่อนยืนยัน", html, StringComparison.Ordinal);
        Assert.Equal(Source.Measures.Count, OcrMark().Count(html));
        Assert.Contains("data-matched=\"3\" data-new=\"0\" data-missing=\"0\"", html, StringComparison.Ordinal);
        // OCR text is checked by the importer's own tests; here what OCR must get exactly: tool, indicators, status.
        AssertSameKinds(stored.Measures.Select(m => (m.Tool.ToString(), m.Indicators.ToList(), m.Status?.ToString())));
        Assert.All(stored.Measures, m => Assert.Contains("steps", Assert.IsType<OcrProvenance>(m.Ocr).Fields.Keys));
        var measures = json["measures"]!.AsArray();
        AssertSameKinds(measures.Select(m => ((string)m!["tool"]!, Indicators(m), Status(m))));
        foreach (var measure in measures)
        {
            var fields = measure!["ocr"]!["fields"]!.AsObject();
            Assert.Contains("steps", fields.Select(f => f.Key));
            Assert.All(fields, f => Assert.InRange((double)f.Value!, 0, 1));
        }
    }

    static void AssertSameMeasures(IEnumerable<(string Tool, List<int> Indicators, string? Status, List<string> Steps)> actual)
    {
        var list = actual.ToList();
        AssertSameKinds(list.Select(m => (m.Tool, m.Indicators, m.Status)));
        Assert.Equal(Source.Measures.Select(m => m.Steps.Select(ThaiText.Compact)), list.Select(m => m.Steps.Select(ThaiText.Compact)));
    }

    static void AssertSameKinds(IEnumerable<(string Tool, List<int> Indicators, string? Status)> actual) =>
        Assert.Equal(Source.Measures.Select(m => $"{m.Tool} {string.Join(",", m.Indicators)} {m.Status}"),
            actual.Select(m => $"{m.Tool} {string.Join(",", m.Indicators)} {m.Status}"), StringComparer.OrdinalIgnoreCase);

    static List<int> Indicators(JsonNode? measure) => [.. measure!["indicators"]!.AsArray().Select(i => (int)i!)];

    static string? Status(JsonNode? measure) => (string?)measure!["status"];

    static List<string> Steps(JsonNode? measure) => [.. measure!["steps"]!.AsArray().Select(s => (string)s!)];

    /// <summary>Uploads on the import page as the browser does: the preview's page, and the document the batch keeps.</summary>
    async Task<(string Html, MeasuresDocument Stored)> UploadOnPageAsync(byte[] pdf, string fileName)
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var uploaded = await ImportForms.UploadAsync(admin, pdf, fileName);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, $"{(int)uploaded.StatusCode}: {await uploaded.Content.ReadAsStringAsync()}");
        var preview = uploaded.Headers.Location!.OriginalString;
        var id = Guid.Parse(preview.Split('/')[^1]);
        var json = await App.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == id).Select(b => b.DocumentJson).SingleAsync());
        return (await admin.GetStringAsync(preview), InterchangeJson.Deserialize(json));
    }

    async Task<JsonObject> UploadThroughApiAsync(byte[] pdf, string fileName)
    {
        var api = App.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        var response = await api.PostAsync("/api/v1/agencies/banchang/imports", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    [GeneratedRegex("<span class=\"ocr\"")]
    private static partial Regex OcrMark();
}

[Trait("Category", "Slow")]
public sealed class SqlitePdfUploadTests(SqliteApp app) : PdfUploadBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Category", "Slow")]
public sealed class PostgresPdfUploadTests(PostgresApp app) : PdfUploadBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
