using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;
using Prongsai.Progress;
using Prongsai.Publishing;

namespace Prongsai.Api;

/// <summary>Progress updates, evidence, sign-off, publishing and rollover over the API, with the pages' rules.</summary>
static class ProgressApi
{
    public static void MapProgressApi(this RouteGroupBuilder agencies)
    {
        var progress = agencies.MapGroup("/{slug}").WithTags("Progress");
        progress.MapGet("/measures/{id:guid}/updates", ListUpdates);
        progress.MapPost("/measures/{id:guid}/updates", RecordUpdate).DisableAntiforgery();
        progress.MapGet("/evidence/{id:guid}", (string slug, Guid id, HttpContext http, ProngsaiDb db, EvidenceFiles files) =>
            EvidenceEndpoints.DownloadAsync(slug, id, Caller.From(http.User), http, db, files));

        var signOff = agencies.MapGroup("/{slug}").WithTags("Sign-off and publishing");
        signOff.MapGet("/submissions", ListSubmissions);
        signOff.MapPost("/submissions", Submit);
        signOff.MapPost("/submissions/{id:guid}/approve", Approve);
        signOff.MapPost("/submissions/{id:guid}/return", Return);
        signOff.MapGet("/publications", ListPublications);
        signOff.MapPost("/rollover", RollOver);
    }

    public sealed record EvidenceResource(Guid Id, string? Url, string? FileName, string? ContentType, long Length, string? Sha256);

    public sealed record UpdateResource(Guid Id, Guid MeasureId, DateOnly On, string Text, MeasureStatus Status, Guid? CorrectsId, bool Superseded,
        DateTime RecordedAt, string RecordedBy, IReadOnlyList<EvidenceResource> Evidence);

    public sealed record SubmissionResource(Guid Id, int FiscalYear, DocumentKind Kind, SubmissionState State, DateTime SubmittedAt, string SubmittedBy,
        DateTime? ReviewedAt, string? ReviewerName, string? ReviewerPosition, string? Comment, int? PublishedVersion, string? PublicUrl);

    public sealed record PublicationResource(int FiscalYear, DocumentKind Kind, int Version, DateTime PublishedAt, string? ApprovedByName, string? ApprovedByPosition, string Url);

    public sealed record SubmitRequest(int FiscalYear, DocumentKind Kind, bool WithAnalysis = false);

    public sealed record ApproveRequest(string? Name, string? Position);

    public sealed record ReturnRequest(string Comment);

    public sealed record RolloverRequest(int FromYear);

    static async Task<Results<Ok<List<UpdateResource>>, NotFound>> ListUpdates(string slug, Guid id, ProngsaiDb db, HttpContext http)
    {
        var measure = await db.FindVisibleMeasureAsync(slug, id, Caller.From(http.User), tracked: false);
        if (measure is null)
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
        string slug, Guid id, HttpRequest request, ProngsaiDb db, ProgressWrites writes, TimeProvider clock, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var measure = await db.FindVisibleMeasureAsync(slug, id, caller, tracked: true);
        if (measure is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.CanEdit(measure))
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

        var on = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (form["on"].ToString() is { Length: > 0 } onText && !DateOnly.TryParseExact(onText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            return Invalid("on", "a date as yyyy-MM-dd");
        }

        if (!Enum.TryParse<MeasureStatus>(form["status"].ToString(), ignoreCase: true, out var status))
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
        return TypedResults.Created($"/api/v1/agencies/{slug}/measures/{id}/updates", ToResource(saved, superseded: false));
    }

    static async Task<Results<Ok<List<SubmissionResource>>, NotFound>> ListSubmissions(string slug, int? fiscalYear, ProngsaiDb db, HttpContext http)
    {
        var agency = await db.FindVisibleAsync(slug, Caller.From(http.User));
        if (agency is null)
        {
            return TypedResults.NotFound();
        }

        var rows = await db.Submissions.AsNoTracking().Where(s => s.AgencyId == agency.Id && (fiscalYear == null || s.FiscalYear == fiscalYear))
            .OrderByDescending(s => s.SubmittedAt).ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var versions = await db.Publications.AsNoTracking().Where(p => p.SubmissionId != null && ids.Contains(p.SubmissionId.Value))
            .ToDictionaryAsync(p => p.SubmissionId!.Value, p => p.Number);
        return TypedResults.Ok(rows.Select(s => ToResource(agency, s, versions.TryGetValue(s.Id, out var n) ? n : null)).ToList());
    }

    static async Task<IResult> Submit(string slug, SubmitRequest body, ProngsaiDb db, SignOff signOff, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var agency = await db.FindVisibleAsync(slug, caller);
        if (agency is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await signOff.SubmitAsync(caller, agency, body.FiscalYear, body.Kind, body.WithAnalysis, http.RequestAborted);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/agencies/{slug}/submissions/{outcome.Submission!.Id}", ToResource(agency, outcome.Submission, null))
            : Problem(outcome);
    }

    static Task<IResult> Approve(string slug, Guid id, ApproveRequest body, ProngsaiDb db, SignOff signOff, HttpContext http) =>
        ReviewAsync(slug, db, http, (caller, agency) => signOff.ApproveAsync(caller, agency, id, body.Name, body.Position, http.RequestAborted));

    static Task<IResult> Return(string slug, Guid id, ReturnRequest body, ProngsaiDb db, SignOff signOff, HttpContext http) =>
        ReviewAsync(slug, db, http, (caller, agency) => signOff.ReturnAsync(caller, agency, id, body.Comment, http.RequestAborted));

    static async Task<IResult> ReviewAsync(string slug, ProngsaiDb db, HttpContext http, Func<Caller, Agency, Task<SignOffOutcome>> review)
    {
        var caller = Caller.From(http.User);
        var agency = await db.FindVisibleAsync(slug, caller);
        if (agency is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await review(caller, agency);
        return outcome.Succeeded ? TypedResults.Ok(ToResource(agency, outcome.Submission!, outcome.Publication?.Number)) : Problem(outcome);
    }

    static async Task<Results<Ok<List<PublicationResource>>, NotFound>> ListPublications(string slug, ProngsaiDb db, HttpContext http)
    {
        var agency = await db.FindVisibleAsync(slug, Caller.From(http.User));
        if (agency is null)
        {
            return TypedResults.NotFound();
        }

        var rows = await db.Publications.AsNoTracking().Where(p => p.AgencyId == agency.Id)
            .OrderBy(p => p.FiscalYear).ThenBy(p => p.Kind).ThenBy(p => p.Number).ToListAsync();
        return TypedResults.Ok(rows.Select(p => new PublicationResource(p.FiscalYear, p.Kind, p.Number, p.PublishedAt, p.ApprovedByName, p.ApprovedByPosition,
            $"/p/{agency.Slug}/{p.FiscalYear}/{p.Kind.ToString().ToLowerInvariant()}/v{p.Number}")).ToList());
    }

    static async Task<IResult> RollOver(string slug, RolloverRequest body, ProngsaiDb db, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var agency = await db.FindVisibleAsync(slug, caller);
        if (agency is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.CanManageUsers(agency.Id))
        {
            return TypedResults.Forbid();
        }

        var outcome = await YearRollover.StartNextYearAsync(db, agency, body.FromYear, http.RequestAborted);
        return outcome.Error is null
            ? TypedResults.Ok(new { fiscalYear = body.FromYear + 1, copied = outcome.Copied })
            : TypedResults.Problem(outcome.Error, statusCode: StatusCodes.Status409Conflict);
    }

    static IResult Problem(SignOffOutcome outcome) => outcome.Result switch
    {
        SignOffResult.Forbidden => TypedResults.Forbid(),
        SignOffResult.NotFound => TypedResults.NotFound(),
        _ => TypedResults.Problem(outcome.Error, statusCode: SignOffStatus.Of(outcome.Result)),
    };

    static ValidationProblem Invalid(string field, string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });


    static UpdateResource ToResource(ProgressUpdate u, bool superseded) => new(u.Id, u.MeasureId, u.On, u.Text, u.Status, u.CorrectsId, superseded, u.RecordedAt, u.RecordedBy,
        [.. u.Evidence.Select(e => new EvidenceResource(e.Id, e.Url, e.FileName, e.ContentType, e.Length, e.Sha256))]);

    static SubmissionResource ToResource(Agency agency, Submission s, int? version) => new(s.Id, s.FiscalYear, s.Kind, s.State, s.SubmittedAt, s.SubmittedBy,
        s.ReviewedAt, s.ReviewerName, s.ReviewerPosition, s.Comment, version,
        version is { } n ? $"/p/{agency.Slug}/{s.FiscalYear}/{s.Kind.ToString().ToLowerInvariant()}/v{n}" : null);
}
