using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Progress;

/// <summary>Evidence downloads for people who may see the agency: by the evidence's id, never by a path.</summary>
public static class EvidenceEndpoints
{
    public static void MapEvidence(this IEndpointRouteBuilder app) =>
        app.MapGet("/a/{slug}/evidence/{id:guid}", (string slug, Guid id, HttpContext http, ProngsaiDb db, EvidenceFiles files) =>
            DownloadAsync(slug, id, Caller.From(http.User), http, db, files)).ExcludeFromDescription();

    public static async Task<IResult> DownloadAsync(string slug, Guid id, Caller caller, HttpContext http, ProngsaiDb db, EvidenceFiles files)
    {
        var evidence = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == id && e.Sha256 != null)
            .Where(e => db.ProgressUpdates.Any(u => u.Id == e.UpdateId
                && (caller.SeesAllAgencies || u.AgencyId == caller.AgencyId)
                && db.Agencies.Any(a => a.Id == u.AgencyId && a.Slug == slug)))
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
