using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Reports;

namespace Prongsai.Publishing;

/// <summary>The submitted (not yet published) document as the executive reviews it: signed-in users of the agency only.</summary>
public static class SubmissionDocumentEndpoint
{
    public static void MapSubmissionDocument(this IEndpointRouteBuilder app) =>
        app.MapGet("/a/{slug}/signoff/{id:guid}/document", async (string slug, Guid id, HttpContext http, ProngsaiDb db) =>
        {
            var caller = Caller.From(http.User);
            var submission = await db.Submissions.AsNoTracking()
                .Where(s => s.Id == id && (caller.SeesAllAgencies || s.AgencyId == caller.AgencyId)
                    && db.Agencies.Any(a => a.Id == s.AgencyId && a.Slug == slug))
                .Select(s => new { s.DocumentJson, s.AnalysisParagraphs }).FirstOrDefaultAsync();
            if (submission is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Content(HtmlReportWriter.Write(InterchangeJson.Deserialize(submission.DocumentJson), new ReportOptions { AnalysisParagraphs = submission.AnalysisParagraphs }), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
}
