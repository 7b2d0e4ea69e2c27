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

    public bool CanSubmit => SignOff.CanSubmit(Caller, Agency.Id);

    public async Task<IActionResult> OnGetAsync(string slug, int? year)
    {
        if (!await LoadAsync(slug, year))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string slug, int year, DocumentKind kind, bool withAnalysis = false)
    {
        if (!await LoadAsync(slug, year))
        {
            return NotFound();
        }

        var outcome = await signOff.SubmitAsync(Caller, Agency, year, kind, withAnalysis, HttpContext.RequestAborted);
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

        return Redirect($"/a/{slug}/signoff/{outcome.Submission!.Id}");
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
