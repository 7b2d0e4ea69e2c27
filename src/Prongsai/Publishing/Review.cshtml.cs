using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Publishing;

/// <summary>The executive reads the submitted document and approves it (publishing it) or returns it with a comment.</summary>
public sealed class ReviewModel(ProngsaiDb db, CurrentAgency current, SignOff signOff) : PageModel
{
    public Agency Agency => current.Agency;
    public Submission Submission { get; private set; } = null!;
    public bool CanReview { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The open findings of the frozen document, errors first: the executive signs knowing them.</summary>
    public IReadOnlyList<OpenFinding> Findings { get; private set; } = [];

    /// <summary>Approval asked for and waiting for its confirmation: publishing is public and permanent.</summary>
    public bool Checking { get; private set; }

    [BindProperty]
    public string? SignatureName { get; set; }

    [BindProperty]
    public string? SignaturePosition { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, Guid id)
    {
        if (!await LoadAsync(slug, id))
        {
            return NotFound();
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Caller.From(User).UserId);
        SignatureName = user?.DisplayName;
        SignaturePosition = user?.Position;
        return Page();
    }

    /// <summary>Check your answers before approving: the signature as it will print, and where it will be published.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string slug, Guid id)
    {
        if (!await LoadAsync(slug, id))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(SignatureName) || string.IsNullOrWhiteSpace(SignaturePosition))
        {
            Error = "กรอกชื่อและตำแหน่งสำหรับลงนาม (give the name and position for the signature)";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Checking = CanReview;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(string slug, Guid id) =>
        ReviewAsync(slug, id, agency => signOff.ApproveAsync(Caller.From(User), agency, id, SignatureName, SignaturePosition, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostReturnAsync(string slug, Guid id) =>
        ReviewAsync(slug, id, agency => signOff.ReturnAsync(Caller.From(User), agency, id, Comment, HttpContext.RequestAborted));

    async Task<IActionResult> ReviewAsync(string slug, Guid id, Func<Agency, Task<SignOffOutcome>> review)
    {
        if (!await LoadAsync(slug, id))
        {
            return NotFound();
        }

        var outcome = await review(Agency);
        if (outcome.Result == SignOffResult.Forbidden)
        {
            return Forbid();
        }

        if (!outcome.Succeeded)
        {
            Error = outcome.Error;
            Response.StatusCode = SignOffStatus.Of(outcome.Result);
            await LoadAsync(slug, id);
            return Page();
        }

        var done = await db.Submissions.AsNoTracking().Where(s => s.Id == id).Select(s => s.State).FirstAsync() == SubmissionState.Approved
            ? "approved" : "returned";
        return Redirect(Shared.Banner.After($"/a/{slug}/signoff?year={Submission.FiscalYear}", done));
    }

    async Task<bool> LoadAsync(string slug, Guid id)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        if (submission is null)
        {
            return false;
        }

        Submission = submission;
        Findings = await OpenFindings.ForAsync(db, Documents.InterchangeJson.Deserialize(submission.DocumentJson), HttpContext.RequestAborted);
        CanReview = Caller.From(User).CanApprove(Agency.Id) && submission.State == SubmissionState.Submitted;
        return true;
    }
}
