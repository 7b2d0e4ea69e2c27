using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Publishing;

/// <summary>
/// The permanent public addresses, without login: /p/{agency}/{year}/{progress|measures}[/v{n}][.pdf|.docx|.xlsx|.json].
/// Only published versions exist here; drafts and submissions are never reachable.
/// </summary>
public static partial class PublicEndpoints
{
    static readonly string LatestCacheControl = $"public, max-age={(int)PublicationCache.LatestLifetime.TotalSeconds}";
    const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapPublicDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/p/{slug}").AllowAnonymous().ExcludeFromDescription();
        group.MapMethods("/{year:int}/{document}", GetAndHead, (string slug, int year, string document, HttpContext http, PublicationCache cache) =>
            ServeAsync(slug, year, document, null, http, cache));
        group.MapMethods("/{year:int}/{document}/{version}", GetAndHead, (string slug, int year, string document, string version, HttpContext http, PublicationCache cache) =>
            ServeAsync(slug, year, document, version, http, cache));
    }

    /// <summary>From memory when cached: the database context is only created on a miss.</summary>
    static async Task<IResult> ServeAsync(string slug, int year, string document, string? version, HttpContext http, PublicationCache cache)
    {
        var last = version ?? document;
        var format = Path.GetExtension(last) is { Length: > 1 } extension ? extension[1..] : "html";
        var kindName = version is null ? Path.GetFileNameWithoutExtension(document) : document;
        DocumentKind? kind = kindName switch { "progress" => DocumentKind.Progress, "measures" => DocumentKind.Measures, _ => null };
        int? number = null;
        if (version is not null)
        {
            var match = VersionPattern().Match(Path.GetFileNameWithoutExtension(version));
            number = match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var n) ? n : -1;
        }

        if (kind is null || number == -1 || !Publisher.Formats.Contains(format) || (version is not null && Path.HasExtension(document)))
        {
            return Results.NotFound();
        }

        var key = PublicationCache.Key(slug, year, kind.Value, number, format);
        var file = await cache.GetAsync(key, latest: number is null, 
            () => LoadAsync(http.RequestServices.GetRequiredService<ProngsaiDb>(), slug, year, kind.Value, number, format));
        if (file is null)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.ETag = file.ETag;
        headers.CacheControl = number is null || file.MayChange ? LatestCacheControl : ImmutableCacheControl;
        if (http.Request.Headers.IfNoneMatch.ToString().Contains(file.ETag, StringComparison.Ordinal))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        headers.ContentDisposition = file.ContentDisposition;
        headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(file.Content, file.ContentType);
    }

    static async Task<ServedFile?> LoadAsync(ProngsaiDb db, string slug, int year, DocumentKind kind, int? number, string format)
    {
        // Public: published versions are for everyone, so this read is outside any signed-in agency's scope.
        var versions = await db.Publications.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.FiscalYear == year && p.Kind == kind && db.Agencies.Any(a => a.Id == p.AgencyId && a.Slug == slug))
            .OrderByDescending(p => p.Number)
            .Select(p => new { p.Id, p.Number, p.PublishedAt })
            .ToListAsync();
        var publication = number is null ? versions.FirstOrDefault() : versions.FirstOrDefault(v => v.Number == number);
        if (publication is null)
        {
            return null;
        }

        var stored = await db.PublishedFiles.AsNoTracking().FirstOrDefaultAsync(f => f.PublicationId == publication.Id && f.Format == format);
        if (stored is null)
        {
            return null;
        }

        var fileName = $"{slug}-{year}-{kind.ToString().ToLowerInvariant()}-v{publication.Number}.{format}";
        if (number is not null && format == "html")
        {
            var newest = versions[0];
            if (newest.Number == publication.Number)
            {
                return new ServedFile(stored.Content, stored.ContentType, stored.Sha256, fileName, publication.Number) { MayChange = true };
            }

            var page = WithNewerNotice(stored.Content, slug, year, kind, publication.Number, newest.Number);
            return new ServedFile(page, stored.ContentType, Convert.ToHexStringLower(SHA256.HashData(page)), fileName, publication.Number);
        }

        if (number is not null || format != "html" || versions.Count == 1)
        {
            return new ServedFile(stored.Content, stored.ContentType, stored.Sha256, fileName, publication.Number);
        }

        var earlier = versions.Skip(1).Select(v => (v.Number, v.PublishedAt));
        var html = WithVersionLinks(stored.Content, slug, year, kind, publication.Number, earlier);
        return new ServedFile(html, stored.ContentType, Convert.ToHexStringLower(SHA256.HashData(html)), fileName, publication.Number);
    }

    /// <summary>An older version says that a newer one exists and links to the latest address, which never moves.</summary>
    static byte[] WithNewerNotice(byte[] stored, string slug, int year, DocumentKind kind, int number, int newest)
    {
        var latest = HtmlEncoder.Default.Encode(PublicUrls.Latest(slug, year, kind));
        return InsertAfterBody(stored, $"<div class=\"prongsai-versions prongsai-older\" role=\"note\" style=\"font:14px Sarabun,sans-serif;margin:0 0 8px;padding:6px 10px;border:2px solid #8a5a00;background:#fff4d6;color:#000\">"
            + $"ฉบับนี้คือฉบับที่ {ThaiDigits.ToThai(number)} ซึ่งไม่ใช่ฉบับล่าสุด มีฉบับที่ {ThaiDigits.ToThai(newest)} เผยแพร่แล้ว · "
            + $"<a href=\"{latest}\">อ่านฉบับล่าสุด</a></div><style>@media print{{.prongsai-versions{{display:none}}}}</style>");
    }

    static byte[] InsertAfterBody(byte[] stored, string markup)
    {
        var html = Encoding.UTF8.GetString(stored);
        var bodyStart = html.IndexOf("<body", StringComparison.Ordinal);
        var insertAt = bodyStart < 0 ? -1 : html.IndexOf('>', bodyStart) + 1;
        return insertAt <= 0 ? stored : Encoding.UTF8.GetBytes(html.Insert(insertAt, markup));
    }

    /// <summary>The latest version's page links to the earlier ones; the stored snapshot itself is not changed.</summary>
    static byte[] WithVersionLinks(byte[] stored, string slug, int year, DocumentKind kind, int latest, IEnumerable<(int Number, DateTime PublishedAt)> earlier)
    {
        var encoder = HtmlEncoder.Default;
        var links = string.Join(" · ", earlier.Select(v =>
            $"<a href=\"{encoder.Encode(PublicUrls.Version(slug, year, kind, v.Number))}\">ฉบับที่ {ThaiDigits.ToThai(v.Number)} ({ThaiDates.Format(ThaiClock.DateOf(v.PublishedAt))})</a>"));
        var nav = $"<nav class=\"prongsai-versions\" style=\"font:14px Sarabun,sans-serif;margin:0 0 8px;padding:6px 10px;border:1px solid #ccc;background:#f6f8fa\">"
            + $"ฉบับล่าสุด ฉบับที่ {ThaiDigits.ToThai(latest)} <span style=\"color:#555\">latest, v{latest}</span> · "
            + $"<a href=\"{encoder.Encode(PublicUrls.LatestFile(slug, year, kind, "pdf"))}\">PDF</a> · <a href=\"{encoder.Encode(PublicUrls.LatestFile(slug, year, kind, "docx"))}\">DOCX</a> · "
            + $"<a href=\"{encoder.Encode(PublicUrls.LatestFile(slug, year, kind, "xlsx"))}\">XLSX</a> · ฉบับก่อนหน้า <span style=\"color:#555\">earlier versions</span>: {links}</nav>"
            + "<style>@media print{.prongsai-versions{display:none}}</style>";
        return InsertAfterBody(stored, nav);
    }

    [GeneratedRegex("^v([0-9]{1,6})$")]
    private static partial Regex VersionPattern();
}
