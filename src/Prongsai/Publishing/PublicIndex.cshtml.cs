using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Publishing;

/// <summary>The agency's published documents by fiscal year, for anyone: only published versions appear.</summary>
[AllowAnonymous]
public sealed class PublicIndexModel(ProngsaiDb db) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public List<Publication> Publications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        // Public: published versions are for everyone, so this read is outside any signed-in agency's scope.
        Publications = await db.Publications.AsNoTracking().IgnoreQueryFilters().Where(p => p.AgencyId == agency.Id)
            .OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Kind).ThenByDescending(p => p.Number).ToListAsync();
        Response.Headers.CacheControl = "public, max-age=30";
        return Page();
    }
}
