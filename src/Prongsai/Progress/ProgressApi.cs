using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Progress;

/// <summary>Progress updates and evidence over the API, with the pages' rules.</summary>
public static class ProgressApi
{
    public sealed record EvidenceResource(Guid Id, string? Url, string? FileName, string? ContentType, long Length, string? Sha256);

    public sealed record UpdateResource(Guid Id, Guid MeasureId, DateOnly On, string Text, MeasureStatus Status, Guid? CorrectsId, bool Superseded,
        DateTime RecordedAt, string RecordedBy, IReadOnlyList<EvidenceResource> Evidence);

    public static void MapProgressApi(this RouteGroupBuilder agency)
    {
        var progress = agency.MapGroup("").WithTags("Progress");
        progress.MapGet("/measures/{id:guid}/updates", ListUpdates);
        progress.MapPost("/measures/{id:guid}/updates", RecordUpdate).DisableAntiforgery();
        progress.MapGet("/evidence/{id:guid}", EvidenceEndpoints.DownloadAsync);
    }

    static async Task<Results<Ok<List<UpdateResource>>, NotFound>> ListUpdates(Guid id, ProngsaiDb db)
    {
        if (!await db.Measures.AnyAsync(m => m.Id == id))
        {
            return TypedResults.NotFound();
        }

        var history = await db.ProgressUpdates.AsNoTracking().Include(u => u.Evidence).Where(u => u.MeasureId == id).OrderBy(u => u.RecordedAt).ToListAsync();
        var superseded = history.Where(u => u.CorrectsId is not null).Select(u => u.CorrectsId!.Value).ToHashSet();
        return TypedResults.Ok(history.Select(u => ToResource(u, superseded.Contains(u.Id))).ToList());
    }

    /// <summary>multipart/form-data: on (yyyy-MM-dd), text, status, links (repeatable), files (repeatable), correctsId.</summary>
    [RequestSizeLimit(EvidenceFiles.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceFiles.MaxRequestBytes)]
    static async Task<Results<Created<UpdateResource>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<string>, ProblemHttpResult>> RecordUpdate(
        Guid id, HttpRequest request, ProngsaiDb db, CurrentAgency current, ProgressWrites writes, TimeProvider clock, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id);
        if (measure is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.CanEditMeasure(measure))
        {
            return TypedResults.Forbid();
        }

        if (!request.HasFormContentType)
        {
            return Invalid("body", "send multipart/form-data or a form: on, text, status, links, files, correctsId");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A cut or malformed multipart body, or one over the form limits: the client's, and nothing is written.
            return Invalid("body", $"the form could not be read ({e.Message}); send multipart/form-data of at most {EvidenceFiles.MaxRequestBytes / 1024 / 1024} MB");
        }

        // Without a date, a day inside the measure's fiscal year, as the form defaults: today there, else its last day.
        var on = new Thai.FiscalYear(measure.FiscalYear).DefaultDate(clock);
        if (form["on"].ToString() is { Length: > 0 } onText && !DateOnly.TryParseExact(onText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            return Invalid("on", "a date as yyyy-MM-dd");
        }

        // Enum.TryParse also accepts any number ("99"): only the three statuses are statuses.
        if (!Enum.TryParse<MeasureStatus>(form["status"].ToString(), ignoreCase: true, out var status) || !Enum.IsDefined(status)
            || int.TryParse(form["status"].ToString(), out _))
        {
            return Invalid("status", "notStarted, inProgress or done");
        }

        Guid? correctsId = Guid.TryParse(form["correctsId"].ToString(), out var corrects) ? corrects : null;
        var input = new ProgressWrites.UpdateInput(on, form["text"].ToString(), status, [.. form["links"].OfType<string>()], [.. form.Files], correctsId);
        var outcome = await writes.RecordAsync(caller, measure, input, http.RequestAborted);
        if (outcome.Error is not null)
        {
            return outcome.Conflict ? TypedResults.Conflict(outcome.Error)
                : outcome.OutOfSpace ? TypedResults.Problem(outcome.Error, statusCode: StatusCodes.Status507InsufficientStorage)
                : Invalid("update", outcome.Error);
        }

        var saved = await db.ProgressUpdates.AsNoTracking().Include(u => u.Evidence).FirstAsync(u => u.Id == outcome.Update!.Id);
        return TypedResults.Created($"/api/v1/agencies/{current.Agency.Slug}/measures/{id}/updates", ToResource(saved, superseded: false));
    }

    static ValidationProblem Invalid(string field, string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    static UpdateResource ToResource(ProgressUpdate u, bool superseded) => new(u.Id, u.MeasureId, u.On, u.Text, u.Status, u.CorrectsId, superseded, u.RecordedAt, u.RecordedBy,
        [.. u.Evidence.Select(e => new EvidenceResource(e.Id, e.Url, e.FileName, e.ContentType, e.Length, e.Sha256))]);
}
