using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Reports;

namespace Prongsai.Publishing;

/// <summary>The submitted (not yet published) document as the executive reviews it: signed-in users of the agency only.</summary>
public static class SubmissionDocumentEndpoint
{
    /// <summary>Mapped on the /a/{slug} group, whose filter puts the agency in scope.</summary>
    public static void MapSubmissionDocument(this IEndpointRouteBuilder agency) =>
        agency.MapGet("/signoff/{id:guid}/document", async (Guid id, HttpContext http, ProngsaiDb db) =>
        {
            var submission = await db.Submissions.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new { s.DocumentJson, s.AnalysisParagraphs }).FirstOrDefaultAsync();
            if (submission is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Content(HtmlReportWriter.Write(InterchangeJson.Deserialize(submission.DocumentJson), new ReportOptions { AnalysisParagraphs = submission.AnalysisParagraphs }), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
}
