using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Prongsai.Reports;

namespace Prongsai.Oversight;

/// <summary>The oversight table as CSV (UTF-8 with BOM, so Excel shows Thai) or XLSX: every filtered agency, not one page.</summary>
public static class OversightExport
{
    static readonly string[] Headings =
    [
        "slug", "หน่วยงาน (agency)", "ประเภท (type)", "จังหวัด (province)", "มาตรการ (measures)", "ยังไม่ดำเนินการ (not started)",
        "อยู่ระหว่างดำเนินการ (in progress)", "ดำเนินการแล้ว (done)", "เกินกำหนด (overdue)", "เผยแพร่มาตรการ (measures published)",
        "เผยแพร่ความก้าวหน้า (progress published)", "ปรับปรุงล่าสุด UTC (last update)",
        "OIT พร้อมส่ง (OIT ready)", "OIT ทั้งหมด (OIT items)", "ลิงก์ OIT ใช้ไม่ได้ (OIT broken links)",
    ];

    public static void MapOversightExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/oversight").RequireAuthorization(OversightPolicy.Name).ExcludeFromDescription();
        group.MapGet("/export.{format}", async (string format, int? year, string? type, string? province, string? q, OversightCache cache, TimeProvider clock, HttpContext http) =>
        {
            if (format is not ("csv" or "xlsx"))
            {
                return Results.NotFound();
            }

            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var filter = new OversightFilter(year ?? (await cache.YearsAsync(today))[0], type, province, q);
            var rows = OversightQuery.Apply(await cache.RowsAsync(filter.Year, today), filter);
            var name = $"prongsai-oversight-{filter.Year}.{format}";
            Prongsai.Hosting.PrivateDownload.NoStore(http.Response);
            return format == "csv"
                ? Results.File(Csv(rows), "text/csv; charset=utf-8", name)
                : Results.File(Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        });
    }

    static IEnumerable<object?[]> Values(IEnumerable<OversightRow> rows) => rows.Select(r => new object?[]
    {
        r.Slug, SpreadsheetCell.Text(r.Name), SpreadsheetCell.Text(r.Type), SpreadsheetCell.Text(r.Province), r.Measures, r.NotStarted,
        r.InProgress, r.Done, r.Overdue, r.PublishedMeasures ? "ใช่" : "ไม่", r.PublishedProgress ? "ใช่" : "ไม่",
        r.LastUpdate?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
        r.OitReady, r.OitItems, r.OitBrokenLinks,
    });

    public static byte[] Csv(IEnumerable<OversightRow> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Headings.Select(Quote)).Append("\r\n");
        foreach (var values in Values(rows))
        {
            text.AppendJoin(',', values.Select(v => Quote(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IEnumerable<OversightRow> rows)
    {
        var sheet = Values(rows).Select(values =>
        {
            var row = new Dictionary<string, object?>(Headings.Length);
            for (var i = 0; i < Headings.Length; i++)
            {
                row[Headings[i]] = values[i];
            }

            return row;
        }).ToList();
        using var memory = new MemoryStream();
        memory.SaveAs(sheet, sheetName: "ติดตาม");
        return memory.ToArray();
    }

    static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
