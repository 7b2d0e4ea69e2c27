using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;

namespace Prongsai.Audit;

/// <summary>The agency's audit trail, newest first.</summary>
public sealed class IndexModel(ProngsaiDb db) : PageModel
{
    const int PageSize = 100;

    public Agency Agency { get; private set; } = null!;
    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var agency = await db.FindVisibleAsync(slug, Caller.From(User));
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        Entries = await db.AuditEntries.AsNoTracking().Where(e => e.AgencyId == agency.Id)
            .OrderByDescending(e => e.At).Take(PageSize).ToListAsync();
        return Page();
    }
}
