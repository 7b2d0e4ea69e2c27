using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Measures;

/// <summary>Start next fiscal year from this one (agency administrators).</summary>
public sealed class RolloverModel(ProngsaiDb db, CurrentAgency current, TimeProvider clock) : PageModel
{
    public Agency Agency => current.Agency;
    public List<(int Year, int Count)> Years { get; private set; } = [];
    public bool CanRollOver { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The year whose copy waits for confirmation (?confirm=2566): a rollover is checked before it is made.</summary>
    public int? Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? confirm)
    {
        await LoadAsync();
        Confirming = CanRollOver && Years.Any(y => y.Year == confirm) && !Years.Any(y => y.Year == confirm + 1) ? confirm : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int fromYear)
    {
        await LoadAsync();
        if (!CanRollOver)
        {
            return Forbid();
        }

        var outcome = await YearRollover.StartNextYearAsync(db, Agency, fromYear, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), HttpContext.RequestAborted);
        if (outcome.Error is not null)
        {
            Error = outcome.Error;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return Redirect(Shared.Banner.After($"/a/{slug}/measures?year={fromYear + 1}", "rolledover", outcome.Copied));
    }

    async Task LoadAsync()
    {
        CanRollOver = Caller.From(User).CanManageAgency(Agency.Id);
        var counts = await db.Measures.GroupBy(m => m.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Count() }).OrderBy(g => g.Year).ToListAsync();
        Years = [.. counts.Select(c => (c.Year, c.Count))];
    }
}
