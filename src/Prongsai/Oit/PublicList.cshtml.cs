using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>The agency's OIT items and their links for one year, for anyone: the page agencies otherwise build by hand.</summary>
[AllowAnonymous]
public sealed class PublicListModel(ProngsaiDb db, FrameworkCatalog catalog) : PageModel
{
    public Workbook Workbook { get; private set; } = null!;
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int year)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug);
        if (agency is null || !OitWorkbook.IsYear(year))
        {
            return NotFound();
        }

        Year = year;
        Workbook = await OitWorkbook.LoadAsync(db, catalog, agency, year, OitAccess.BaseUrl(Request), publicRead: true);
        Response.Headers.CacheControl = "public, max-age=60";
        return Page();
    }
}
