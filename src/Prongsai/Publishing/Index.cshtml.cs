using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Publishing;

/// <summary>Sign-off for one fiscal year: submit the document, see what waits for the executive, what was returned and what is published.</summary>
public sealed class IndexModel(ProngsaiDb db, CurrentAgency current, SignOff signOff, TimeProvider clock) : PageModel
{
    public Agency Agency => current.Agency;
    public Caller Caller { get; private set; } = null!;
    public int Year { get; private set; }
    public List<Submission> Submissions { get; private set; } = [];
    public List<Publication> Publications { get; private set; } = [];
    public string? Error { get; private set; }

    public bool CanSubmit => Caller.CanManageAgency(Agency.Id);

    public async Task<IActionResult> OnGetAsync(string slug, int? year)
    {
        if (!await LoadAsync(slug, year))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string slug, int year, DocumentKind kind, bool withAnalysis = false, bool acknowledge = false)
    {
        if (!await LoadAsync(slug, year))
        {
            return NotFound();
        }

        // The findings as they are now, not as the confirmation page showed them: a measure may have changed since.
        var document = await signOff.CurrentDocumentAsync(Agency, year, kind, HttpContext.RequestAborted);
        var acknowledged = Acknowledgement.Of(await OpenFindings.ForAsync(db, document, HttpContext.RequestAborted));
        if (acknowledged is not null && !acknowledge && Caller.CanManageAgency(Agency.Id))
        {
            return Redirect($"/a/{slug}/signoff/confirm?year={year}&kind={kind}&withAnalysis={withAnalysis}&unacknowledged=true");
        }

        var outcome = await signOff.SubmitAsync(Caller, Agency, year, kind, withAnalysis, acknowledged, HttpContext.RequestAborted);
        if (outcome.Result == SignOffResult.Forbidden)
        {
            return Forbid();
        }

        if (!outcome.Succeeded)
        {
            Error = outcome.Error;
            Response.StatusCode = SignOffStatus.Of(outcome.Result);
            return Page();
        }

        return Redirect(Shared.Banner.After($"/a/{slug}/signoff/{outcome.Submission!.Id}", "submitted"));
    }

    async Task<bool> LoadAsync(string slug, int? year)
    {
        Caller = Caller.From(User);
        Year = year ?? await db.Measures.MaxAsync(m => (int?)m.FiscalYear)
            ?? FiscalYear.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).BuddhistYear;
        Submissions = await db.Submissions.AsNoTracking().Where(s => s.FiscalYear == Year)
            .OrderByDescending(s => s.SubmittedAt).ToListAsync();
        Publications = await db.Publications.AsNoTracking().Where(p => p.FiscalYear == Year)
            .OrderBy(p => p.Kind).ThenByDescending(p => p.Number).ToListAsync();
        return true;
    }

    public static string KindThai(DocumentKind kind) => kind == DocumentKind.Progress ? "รายงานความก้าวหน้า" : "มาตรการ";

    public static string StateThai(SubmissionState state) => state switch
    {
        SubmissionState.Approved => "อนุมัติแล้ว",
        SubmissionState.Returned => "ส่งกลับแก้ไข",
        _ => "รอผู้บริหารพิจารณา",
    };
}
