using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Printing;
using Prongsai.Reports;

namespace Prongsai.Publishing;

/// <summary>
/// Submission, approval and return, shared by the pages and the API. The administrator submits a year's document;
/// an executive of the same agency approves it (publishing the next version) or returns it with a comment.
/// </summary>
public sealed class SignOff(ProngsaiDb db, Publisher publisher, TimeProvider clock)
{
    /// <summary>The year's measures as they stand now, as one interchange document.</summary>
    public async Task<MeasuresDocument> CurrentDocumentAsync(Agency agency, int year, DocumentKind kind, CancellationToken cancellationToken = default)
    {
        var rows = await db.Measures.AsNoTracking().Where(m => m.AgencyId == agency.Id && m.FiscalYear == year)
            .OrderBy(m => m.Position).ToListAsync(cancellationToken);
        return new MeasuresDocument
        {
            Agency = new AgencyName(agency.Name, agency.ShortName),
            FiscalYear = year,
            Kind = kind,
            Measures = [.. rows.Select(r => kind == DocumentKind.Progress ? r.ToDocument() : r.ToDocument() with { Status = null, Results = [] })],
        };
    }

    /// <summary>Freezes the year's document; a measures document may open with the analysis of the agency's latest earlier ITA result.</summary>
    public async Task<SignOffOutcome> SubmitAsync(Caller caller, Agency agency, int year, DocumentKind kind, bool withAnalysis, CancellationToken cancellationToken = default) =>
        await SubmitAsync(caller, agency, year, kind, withAnalysis, null, cancellationToken);

    /// <summary>As above, recording the open errors the submitter acknowledged (the sign-off page asks for it).</summary>
    public async Task<SignOffOutcome> SubmitAsync(Caller caller, Agency agency, int year, DocumentKind kind, bool withAnalysis,
        (int Errors, string Findings)? acknowledged, CancellationToken cancellationToken = default)
    {
        if (!caller.CanManageAgency(agency.Id))
        {
            return SignOffOutcome.Refused(SignOffResult.Forbidden, "เฉพาะผู้ดูแลหน่วยงาน (agency administrators only)");
        }

        if (await db.Submissions.AnyAsync(s => s.AgencyId == agency.Id && s.FiscalYear == year && s.Kind == kind && s.State == SubmissionState.Submitted, cancellationToken))
        {
            return SignOffOutcome.Refused(SignOffResult.Conflict, "มีเอกสารรออนุมัติอยู่แล้ว (a submission is already waiting for sign-off)");
        }

        var document = await CurrentDocumentAsync(agency, year, kind, cancellationToken);
        if (document.Measures.Count == 0)
        {
            return SignOffOutcome.Refused(SignOffResult.Invalid, "ยังไม่มีมาตรการในปีนี้ (no measures this year)");
        }

        IReadOnlyList<string> analysis = [];
        if (withAnalysis)
        {
            var score = kind == DocumentKind.Measures
                ? await db.Scores.AsNoTracking().Where(s => s.AgencyId == agency.Id && s.FiscalYear < year).OrderByDescending(s => s.FiscalYear).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (score is null)
            {
                return SignOffOutcome.Refused(SignOffResult.Invalid, "ยังไม่มีผลคะแนน ITA ของปีก่อนหน้า หรือไม่ใช่เอกสารมาตรการ (no earlier ITA result, or not a measures document)");
            }

            analysis = Scores.ScoreAnalysis.Paragraphs(Catalog.FrameworkCatalog.Default.For(score.FiscalYear), score.FiscalYear, score.Total, score.Level,
                score.IndicatorScores, agency.ScoreTarget ?? Scores.ScoreAnalysis.DefaultTarget);
        }

        var submission = new Submission
        {
            AnalysisParagraphs = [.. analysis],
            AgencyId = agency.Id,
            FiscalYear = year,
            Kind = kind,
            DocumentJson = InterchangeJson.Serialize(document),
            SubmittedBy = caller.Email,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            AcknowledgedErrors = acknowledged?.Errors ?? 0,
            AcknowledgedFindings = acknowledged?.Findings,
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        return SignOffOutcome.Done(submission);
    }

    /// <summary>Renders every format with the executive's signature, then in one transaction records the approval and the new version.</summary>
    public async Task<SignOffOutcome> ApproveAsync(Caller caller, Agency agency, Guid submissionId, string? name, string? position, CancellationToken cancellationToken = default)
    {
        var (submission, error) = await PendingAsync(caller, agency, submissionId, cancellationToken);
        if (submission is null)
        {
            return error!;
        }

        var user = await db.Users.FirstAsync(u => u.Id == caller.UserId, cancellationToken);
        name = string.IsNullOrWhiteSpace(name) ? user.DisplayName : name.Trim();
        position = string.IsNullOrWhiteSpace(position) ? user.Position : position.Trim();
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(position))
        {
            return SignOffOutcome.Refused(SignOffResult.Invalid, "กรอกชื่อและตำแหน่งสำหรับลงนาม (give the name and position for the signature)");
        }

        var document = InterchangeJson.Deserialize(submission.DocumentJson);
        var reporter = await db.Users.AsNoTracking().Where(u => u.Email == submission.SubmittedBy && u.DisplayName != null)
            .Select(u => new Signature(u.DisplayName!, u.Position ?? "")).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetLocalNow();
        var signature = new Signature(name, position);
        var options = new ReportOptions
        {
            Executive = signature, Reporter = reporter, ReportDate = DateOnly.FromDateTime(now.DateTime), AnalysisParagraphs = submission.AnalysisParagraphs,
        };
        List<PublishedFile> files;
        try
        {
            files = await publisher.RenderAsync(document, options, agency.Slug, cancellationToken);
        }
        catch (PrintTimeoutException e)
        {
            return SignOffOutcome.Refused(SignOffResult.PrintTimedOut,
                $"{e.Message} ยังไม่ได้เผยแพร่ เอกสารยังรออนุมัติ ลองอนุมัติอีกครั้งภายหลัง (nothing was published; the submission still waits for approval: try again later)");
        }
        catch (Exception e) when (e is ChromiumNotFoundException or PrintFailedException)
        {
            return SignOffOutcome.Refused(SignOffResult.PrintFailed,
                $"พิมพ์ PDF ไม่ได้ ยังไม่ได้เผยแพร่ เอกสารยังรออนุมัติ (the PDF could not be printed, so nothing was published; the submission still waits): {e.Message.Split('\n')[0]}");
        }


        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        submission.State = SubmissionState.Approved;
        submission.ReviewedAt = now.UtcDateTime;
        submission.ReviewedBy = caller.Email;
        submission.ReviewerName = name;
        submission.ReviewerPosition = position;
        submission.Version++;
        user.DisplayName = name;
        user.Position = position;
        var publication = await Publisher.AddNextVersionAsync(db, agency.Id, document, files, signature, submission.Id, now.UtcDateTime, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return SignOffOutcome.Refused(SignOffResult.Conflict, "มีผู้อื่นพิจารณาหรือเผยแพร่พร้อมกัน ลองอีกครั้ง (someone reviewed or published at the same time; try again)");
        }

        await transaction.CommitAsync(cancellationToken);
        publisher.Published(agency.Slug, publication);
        return SignOffOutcome.Done(submission, publication);
    }

    public async Task<SignOffOutcome> ReturnAsync(Caller caller, Agency agency, Guid submissionId, string? comment, CancellationToken cancellationToken = default)
    {
        var (submission, error) = await PendingAsync(caller, agency, submissionId, cancellationToken);
        if (submission is null)
        {
            return error!;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return SignOffOutcome.Refused(SignOffResult.Invalid, "ระบุเหตุผลที่ส่งกลับ (say why it is returned)");
        }

        submission.State = SubmissionState.Returned;
        submission.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        submission.ReviewedBy = caller.Email;
        submission.Comment = comment.Trim();
        submission.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SignOffOutcome.Refused(SignOffResult.Conflict, "มีผู้อื่นพิจารณาพร้อมกัน (someone reviewed it at the same time)");
        }

        return SignOffOutcome.Done(submission);
    }

    async Task<(Submission? Submission, SignOffOutcome? Error)> PendingAsync(Caller caller, Agency agency, Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == submissionId && s.AgencyId == agency.Id, cancellationToken);
        if (submission is null)
        {
            return (null, SignOffOutcome.Refused(SignOffResult.NotFound, "not found"));
        }

        if (!caller.CanApprove(agency.Id))
        {
            return (null, SignOffOutcome.Refused(SignOffResult.Forbidden, "เฉพาะผู้บริหารของหน่วยงาน (the agency's executives only)"));
        }

        return submission.State == SubmissionState.Submitted
            ? (submission, null)
            : (null, SignOffOutcome.Refused(SignOffResult.Conflict, "เอกสารนี้พิจารณาแล้ว (already reviewed)"));
    }
}
