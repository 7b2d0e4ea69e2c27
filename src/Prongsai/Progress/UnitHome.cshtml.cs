using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;
using Prongsai.Thai;

namespace Prongsai.Progress;

/// <summary>A unit's home page: its measures this year, with what is due or overdue first.</summary>
public sealed class UnitHomeModel(ProngsaiDb db, TimeProvider clock, SmtpSettings smtp) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public string Unit { get; private set; } = "";
    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public List<AgencyMeasure> Measures { get; private set; } = [];
    public bool EmailEnabled => smtp.Enabled;

    public async Task<IActionResult> OnGetAsync(string slug, string unit, int? year)
    {
        var agency = await db.FindVisibleAsync(slug, Caller.From(User));
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        Unit = unit;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Year = year ?? await db.Measures.Where(m => m.AgencyId == agency.Id).MaxAsync(m => (int?)m.FiscalYear) ?? FiscalYear.Of(Today).BuddhistYear;
        var unitCaller = new Caller("", "", Roles.Editor, agency.Id, unit);
        var year_ = Year;
        var all = await db.Measures.AsNoTracking().Where(m => m.AgencyId == agency.Id && m.FiscalYear == year_).OrderBy(m => m.Position).ToListAsync();
        Measures = [.. all.Where(m => m.ResponsibleUnits.Any(unitCaller.IsOwnUnit))];
        return Page();
    }
}
