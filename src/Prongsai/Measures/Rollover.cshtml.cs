using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;

namespace Prongsai.Measures;

/// <summary>Start next fiscal year from this one (agency administrators).</summary>
public sealed class RolloverModel(ProngsaiDb db) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public List<(int Year, int Count)> Years { get; private set; } = [];
    public bool CanRollOver { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int fromYear)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        if (!CanRollOver)
        {
            return Forbid();
        }

        var outcome = await YearRollover.StartNextYearAsync(db, Agency, fromYear, HttpContext.RequestAborted);
        if (outcome.Error is not null)
        {
            Error = outcome.Error;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return Redirect($"/a/{slug}/measures?year={fromYear + 1}");
    }

    async Task<bool> LoadAsync(string slug)
    {
        var caller = Caller.From(User);
        var agency = await db.FindVisibleAsync(slug, caller);
        if (agency is null)
        {
            return false;
        }

        Agency = agency;
        CanRollOver = caller.CanManageUsers(agency.Id);
        var counts = await db.Measures.Where(m => m.AgencyId == agency.Id).GroupBy(m => m.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Count() }).OrderBy(g => g.Year).ToListAsync();
        Years = [.. counts.Select(c => (c.Year, c.Count))];
        return true;
    }
}
