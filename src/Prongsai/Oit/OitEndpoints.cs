using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Progress;
using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Oit;

/// <summary>
/// The ITAS list as CSV/XLSX for the agency, and the permanent public addresses of each item's evidence:
/// /p/SLUG/YEAR/oit/CODE (the latest version) and /p/SLUG/YEAR/oit/CODE/vN (that version, forever).
/// </summary>
public static partial class OitEndpoints
{
    const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    static readonly string[] Headings = ["ข้อ (item)", "ข้อมูล (name)", "URL 1", "URL 2", "URL 3", "URL 4", "URL 5", "พร้อมส่ง (ready)", "ตรวจสอบ (problems)"];

    public static void MapOit(this IEndpointRouteBuilder app, RouteGroupBuilder agency)
    {
        agency.MapGet("/oit/itas.{format}", ExportAsync).ExcludeFromDescription();
        var open = app.MapGroup("/p/{slug}/{year:int}/oit").AllowAnonymous().ExcludeFromDescription();
        open.MapMethods("/{code}", [HttpMethods.Get, HttpMethods.Head], (string slug, int year, string code, HttpContext http) => ServeAsync(slug, year, code, null, http));
        open.MapMethods("/{code}/{version}", [HttpMethods.Get, HttpMethods.Head], (string slug, int year, string code, string version, HttpContext http) => ServeAsync(slug, year, code, version, http));
    }

    static async Task<IResult> ExportAsync(string slug, string format, int? year, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.NotFound();
        }

        var agency = OitAccess.AgencyOf(http);
        if (agency is null)
        {
            return Results.NotFound();
        }

        var wanted = OitAccess.YearOr(year, clock);
        var workbook = await OitWorkbook.LoadAsync(db, catalog, agency, wanted, OitAccess.BaseUrl(http.Request));
        var rows = workbook.Items.Select(i => (object?[])
        [
            i.Item.Code, SpreadsheetCell.Text(i.Item.Name),
            .. Enumerable.Range(0, OitEntry.MaxUrls).Select(n => n < i.SubmitUrls.Count ? SpreadsheetCell.Text(i.SubmitUrls[n]) : ""),
            i.Ready ? "ใช่" : "ไม่", SpreadsheetCell.Text(string.Join("; ", i.Problems)),
        ]).ToList();
        var name = $"{slug}-{wanted}-itas.{format}";
        // The list names the agency's unpublished work: no shared cache keeps it.
        Hosting.PrivateDownload.NoStore(http.Response);
        return format == "csv"
            ? Results.File(Csv(rows), "text/csv; charset=utf-8", name)
            : Results.File(Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    static byte[] Csv(IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Headings.Select(Quote)).Append("\r\n");
        foreach (var values in rows)
        {
            text.AppendJoin(',', values.Select(v => Quote(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    static byte[] Xlsx(IEnumerable<object?[]> rows)
    {
        var sheet = rows.Select(values => Headings.Select((h, i) => (h, values[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        using var memory = new MemoryStream();
        memory.SaveAs(sheet, sheetName: "ITAS");
        return memory.ToArray();
    }

    static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    static async Task<IResult> ServeAsync(string slug, int year, string code, string? version, HttpContext http)
    {
        int? number = null;
        if (version is not null)
        {
            var match = VersionPattern().Match(version);
            if (!match.Success)
            {
                return Results.NotFound();
            }

            number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var db = http.RequestServices.GetRequiredService<ProngsaiDb>();
        var upper = code.ToUpperInvariant();
        // A public page: no agency is in scope, the slug names it.
        var query = db.OitEvidence.AsNoTracking().IgnoreQueryFilters()
            .Where(e => e.FiscalYear == year && e.Code == upper && db.Agencies.Any(a => a.Id == e.AgencyId && a.Slug == slug));
        var evidence = number is { } n ? await query.FirstOrDefaultAsync(e => e.Number == n) : await query.OrderByDescending(e => e.Number).FirstOrDefaultAsync();
        if (evidence is null)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = number is null ? "public, max-age=60" : ImmutableCacheControl;
        headers.XContentTypeOptions = "nosniff";
        if (evidence.Sha256 is { } sha)
        {
            var path = http.RequestServices.GetRequiredService<EvidenceFiles>().PathOf(sha);
            if (!File.Exists(path))
            {
                return Results.NotFound();
            }

            headers.ETag = $"\"{sha}\"";
            var name = $"{slug}-{year}-{evidence.Code}-v{evidence.Number}{Path.GetExtension(evidence.FileName)}";
            return Results.File(path, evidence.ContentType ?? "application/octet-stream", name, enableRangeProcessing: true);
        }

        return Results.Content(Page(evidence, slug), "text/html; charset=utf-8");
    }

    /// <summary>A short page: its title and text as text (encoded), paragraphs kept.</summary>
    static string Page(OitEvidence evidence, string slug)
    {
        var e = HtmlEncoder.Default;
        var paragraphs = string.Concat((evidence.Body ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => $"<p>{e.Encode(p)}</p>"));
        return $"""
            <!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{e.Encode(evidence.Title ?? evidence.Code)}</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body><main><h1>{e.Encode(evidence.Title ?? "")}</h1>{paragraphs}
            <p><small>{e.Encode(evidence.Code)} · ปี {ThaiDigits.ToThai(evidence.FiscalYear)} · ฉบับที่ {ThaiDigits.ToThai(evidence.Number)} · {ThaiDates.Format(ThaiClock.DateOf(evidence.PublishedAt))} · <a href="/p/{WebUtility.UrlEncode(slug)}/{evidence.FiscalYear}/oit">OIT</a></small></p></main></body></html>
            """;
    }

    [GeneratedRegex("^v([0-9]{1,6})$")]
    private static partial Regex VersionPattern();
}
