using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Publishing;

/// <summary>
/// Check your answers before a submission: which document, how many measures, and the open findings, errors first.
/// Submitting with errors open needs the acknowledgement box ticked; the submission records it.
/// </summary>
public sealed class ConfirmModel(ProngsaiDb db, CurrentAgency current, SignOff signOff) : PageModel
{
    public Agency Agency => current.Agency;
    public int Year { get; private set; }
    public DocumentKind Kind { get; private set; }
    public bool WithAnalysis { get; private set; }
    public int MeasureCount { get; private set; }
    public IReadOnlyList<OpenFinding> Findings { get; private set; } = [];
    public int Errors => OpenFindings.Errors(Findings);

    /// <summary>Back from a submit whose acknowledgement box was not ticked.</summary>
    public bool NeedsAcknowledgement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, DocumentKind kind, bool withAnalysis = false, bool unacknowledged = false)
    {
        if (!Caller.From(User).CanManageAgency(Agency.Id))
        {
            return Forbid();
        }

        if (!Enum.IsDefined(kind))
        {
            return BadRequest();
        }

        (Year, Kind, WithAnalysis, NeedsAcknowledgement) = (year, kind, withAnalysis && kind == DocumentKind.Measures, unacknowledged);
        var document = await signOff.CurrentDocumentAsync(Agency, year, kind, HttpContext.RequestAborted);
        MeasureCount = document.Measures.Count;
        Findings = await OpenFindings.ForAsync(db, document, HttpContext.RequestAborted);
        return Page();
    }
}
