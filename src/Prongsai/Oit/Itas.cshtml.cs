using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>What to type into ITAS: every item in order with its URLs, flagged when it is not ready.</summary>
public sealed class ItasModel(ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock) : PageModel
{
    public Workbook Workbook { get; private set; } = null!;
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? year)
    {
        var agency = OitAccess.AgencyOf(HttpContext);
        if (agency is null)
        {
            return NotFound();
        }

        Year = OitAccess.YearOr(year, clock);
        Workbook = await OitWorkbook.LoadAsync(db, catalog, agency, Year, OitAccess.BaseUrl(Request));
        return Page();
    }
}
