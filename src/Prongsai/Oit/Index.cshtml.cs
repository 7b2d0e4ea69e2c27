using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>The OIT workbook: every item of the year's framework, its unit, due date, status, criteria and links.</summary>
public sealed class IndexModel(ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock) : PageModel
{
    public Workbook Workbook { get; private set; } = null!;
    public int Year { get; private set; }
    public bool CanManage { get; private set; }
    public OitRollover.Result? Rolled { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? year)
    {
        return await LoadAsync(slug, year) ? Page() : NotFound();
    }

    /// <summary>Copies this year's workbook into the next year's by the item mapping, then shows the next year with the note.</summary>
    public async Task<IActionResult> OnPostRolloverAsync(string slug, int year)
    {
        if (!await LoadAsync(slug, year))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var result = await OitRollover.RunAsync(db, catalog, Workbook.Agency, Year, HttpContext.RequestAborted);
        await LoadAsync(slug, Year + 1);
        Rolled = result;
        return Page();
    }

    async Task<bool> LoadAsync(string slug, int? year)
    {
        var caller = Caller.From(User);
        var agency = OitAccess.AgencyOf(HttpContext);
        if (agency is null)
        {
            return false;
        }

        Year = OitAccess.YearOr(year, clock);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        CanManage = OitWrites.CanManage(caller, agency);
        Workbook = await OitWorkbook.LoadAsync(db, catalog, agency, Year, OitAccess.BaseUrl(Request));
        return true;
    }
}
