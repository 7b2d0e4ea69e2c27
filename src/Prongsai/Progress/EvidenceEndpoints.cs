using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Prongsai.Data;

namespace Prongsai.Progress;

/// <summary>Evidence downloads for people who may see the agency: by the evidence's id, never by a path.</summary>
public static class EvidenceEndpoints
{
    /// <summary>Mapped on the /a/{slug} group, whose filter puts the agency in scope.</summary>
    public static void MapEvidence(this IEndpointRouteBuilder agency) =>
        agency.MapGet("/evidence/{id:guid}", DownloadAsync).ExcludeFromDescription();

    public static async Task<IResult> DownloadAsync(Guid id, HttpContext http, ProngsaiDb db, EvidenceFiles files)
    {
        // Evidence belongs to a progress update, which the agency scope filters.
        var evidence = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == id && e.Sha256 != null && db.ProgressUpdates.Any(u => u.Id == e.UpdateId))
            .FirstOrDefaultAsync();
        if (evidence is null || !File.Exists(files.PathOf(evidence.Sha256!)))
        {
            return Results.NotFound();
        }

        var contentType = evidence.ContentType ?? "application/octet-stream";
        var disposition = new ContentDispositionHeaderValue("attachment");
        // Rows stored before names got their type's extension are corrected here too.
        disposition.SetHttpFileName(EvidenceFiles.DownloadName(evidence.FileName ?? evidence.Sha256!, contentType));
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        Prongsai.Hosting.PrivateDownload.NoStore(http.Response);
        return Results.File(files.PathOf(evidence.Sha256!), contentType);
    }
}
