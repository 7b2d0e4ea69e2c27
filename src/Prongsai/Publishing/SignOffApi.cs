using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Publishing;

/// <summary>Sign-off and publishing over the API, with the pages' rules.</summary>
public static class SignOffApi
{
    public sealed record SubmissionResource(Guid Id, int FiscalYear, DocumentKind Kind, SubmissionState State, DateTime SubmittedAt, string SubmittedBy,
        DateTime? ReviewedAt, string? ReviewerName, string? ReviewerPosition, string? Comment, int? PublishedVersion, string? PublicUrl);

    public sealed record PublicationResource(int FiscalYear, DocumentKind Kind, int Version, DateTime PublishedAt, string? ApprovedByName, string? ApprovedByPosition, string Url);

    /// <summary><paramref name="AcknowledgeErrors"/>: the submitter has read the open error findings and submits anyway.</summary>
    public sealed record SubmitRequest(int FiscalYear, DocumentKind Kind, bool WithAnalysis = false, bool AcknowledgeErrors = false);

    /// <summary>An open finding as a 422 lists it: where it is (measure 1-based, field) and what it says in both languages.</summary>
    public sealed record OpenFindingResource(string Rule, string Severity, int? Measure, string? Field, string Message, string MessageEn, string? Text);

    public sealed record ApproveRequest(string? Name, string? Position);

    public sealed record ReturnRequest(string Comment);

    public static void MapSignOffApi(this RouteGroupBuilder agency)
    {
        var signOff = agency.MapGroup("").WithTags("Sign-off and publishing");
        signOff.MapGet("/submissions", ListSubmissions);
        signOff.MapPost("/submissions", Submit)
            .WithSummary("Submit the year's measures or progress document for the executive's sign-off")
            .WithDescription("""
                Administrators only. When the checks find errors still open in the document, the submission needs
                `"acknowledgeErrors": true` (as the sign-off page's acknowledgement box): without it the answer is 422 with
                the problem's `openFindings` (rule, severity, measure, field, message in Thai and English) and `errorCount`
                (how many), and nothing is submitted. With it, the submission records the acknowledged errors, and so
                does the audit trail.
                """)
            .Produces<SubmissionResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        signOff.MapPost("/submissions/{id:guid}/approve", Approve);
        signOff.MapPost("/submissions/{id:guid}/return", Return);
        signOff.MapGet("/publications", ListPublications);
    }

    static async Task<Ok<List<SubmissionResource>>> ListSubmissions(int? fiscalYear, ProngsaiDb db, CurrentAgency current)
    {
        var rows = await db.Submissions.AsNoTracking().Where(s => fiscalYear == null || s.FiscalYear == fiscalYear)
            .OrderByDescending(s => s.SubmittedAt).ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var versions = await db.Publications.AsNoTracking().Where(p => p.SubmissionId != null && ids.Contains(p.SubmissionId.Value))
            .ToDictionaryAsync(p => p.SubmissionId!.Value, p => p.Number);
        return TypedResults.Ok(rows.Select(s => ToResource(current.Agency, s, versions.TryGetValue(s.Id, out var n) ? n : null)).ToList());
    }

    static async Task<IResult> Submit(SubmitRequest body, CurrentAgency current, SignOff signOff, ProngsaiDb db, TimeProvider clock, HttpContext http)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!Enum.IsDefined(body.Kind))
        {
            return Invalid("kind", "\"measures\" or \"progress\"");
        }

        if (!FiscalYear.IsSupported(body.FiscalYear, today))
        {
            return Invalid("fiscalYear", $"ปีงบประมาณ {ThaiDigits.ToThai(FiscalYear.SupportedRange(today))} (a fiscal year {FiscalYear.SupportedRange(today)})");
        }

        var caller = Caller.From(http.User);
        (int Errors, string Findings)? acknowledged = null;
        if (caller.CanManageAgency(current.Agency.Id))
        {
            // The findings as they are now, as the page's submit does.
            var document = await signOff.CurrentDocumentAsync(current.Agency, body.FiscalYear, body.Kind, http.RequestAborted);
            var findings = await OpenFindings.ForAsync(db, document, http.RequestAborted);
            acknowledged = Acknowledgement.Of(findings);
            if (acknowledged is { } open && !body.AcknowledgeErrors)
            {
                return Unacknowledged(open.Errors, findings);
            }
        }

        var outcome = await signOff.SubmitAsync(caller, current.Agency, body.FiscalYear, body.Kind, body.WithAnalysis, acknowledged, http.RequestAborted);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/agencies/{current.Agency.Slug}/submissions/{outcome.Submission!.Id}", ToResource(current.Agency, outcome.Submission, null))
            : Problem(outcome);
    }

    static Task<IResult> Approve(Guid id, ApproveRequest body, CurrentAgency current, SignOff signOff, HttpContext http) =>
        ReviewAsync(current.Agency, signOff.ApproveAsync(Caller.From(http.User), current.Agency, id, body.Name, body.Position, http.RequestAborted));

    static Task<IResult> Return(Guid id, ReturnRequest body, CurrentAgency current, SignOff signOff, HttpContext http) =>
        ReviewAsync(current.Agency, signOff.ReturnAsync(Caller.From(http.User), current.Agency, id, body.Comment, http.RequestAborted));

    static async Task<IResult> ReviewAsync(Agency agency, Task<SignOffOutcome> review)
    {
        var outcome = await review;
        return outcome.Succeeded ? TypedResults.Ok(ToResource(agency, outcome.Submission!, outcome.Publication?.Number)) : Problem(outcome);
    }

    static async Task<Ok<List<PublicationResource>>> ListPublications(ProngsaiDb db, CurrentAgency current)
    {
        var rows = await db.Publications.AsNoTracking()
            .OrderBy(p => p.FiscalYear).ThenBy(p => p.Kind).ThenBy(p => p.Number).ToListAsync();
        return TypedResults.Ok(rows.Select(p => new PublicationResource(p.FiscalYear, p.Kind, p.Number, p.PublishedAt, p.ApprovedByName, p.ApprovedByPosition,
            PublicUrls.Version(current.Agency.Slug, p.FiscalYear, p.Kind, p.Number))).ToList());
    }

    static IResult Problem(SignOffOutcome outcome) => outcome.Result switch
    {
        SignOffResult.Forbidden => TypedResults.Forbid(),
        SignOffResult.NotFound => TypedResults.NotFound(),
        _ => TypedResults.Problem(outcome.Error, statusCode: SignOffStatus.Of(outcome.Result)),
    };

    static IResult Unacknowledged(int errors, IReadOnlyList<OpenFinding> findings) => TypedResults.Problem(
        title: "ยังมีข้อผิดพลาดที่ต้องรับทราบ (open errors need acknowledging)",
        detail: $"เอกสารยังมีข้อผิดพลาด {ThaiDigits.ToThai(errors)} รายการ ส่ง \"acknowledgeErrors\": true เพื่อยืนยันว่ารับทราบแล้ว "
            + $"({errors} open errors: send \"acknowledgeErrors\": true to submit acknowledging them)",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?>
        {
            ["errorCount"] = errors,
            ["openFindings"] = findings.Select(f => new OpenFindingResource(f.Finding.Rule, f.Finding.Severity.ToString().ToLowerInvariant(), f.Number,
                f.Finding.Field, f.Finding.MessageTh, f.Finding.MessageEn, f.Finding.Text)).ToList(),
        });

    static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    static SubmissionResource ToResource(Agency agency, Submission s, int? version) => new(s.Id, s.FiscalYear, s.Kind, s.State, s.SubmittedAt, s.SubmittedBy,
        s.ReviewedAt, s.ReviewerName, s.ReviewerPosition, s.Comment, version,
        version is { } n ? PublicUrls.Version(agency.Slug, s.FiscalYear, s.Kind, n) : null);
}
