using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Thai;

namespace Prongsai.Progress;

/// <summary>A unit's home page: its measures this year, with what is due or overdue first.</summary>
public sealed class UnitHomeModel(ProngsaiDb db, CurrentAgency current, TimeProvider clock, SmtpSettings smtp) : PageModel
{
    public Agency Agency => current.Agency;
    public string Unit { get; private set; } = "";
    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public List<AgencyMeasure> Measures { get; private set; } = [];
    public bool EmailEnabled => smtp.Enabled;

    public async Task<IActionResult> OnGetAsync(string unit, int? year)
    {
        Unit = unit;
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Year = year ?? await db.Measures.MaxAsync(m => (int?)m.FiscalYear) ?? FiscalYear.Of(Today).BuddhistYear;
        var all = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == Year).OrderBy(m => m.Position).ToListAsync();
        Measures = [.. all.Where(m => UnitNames.Includes(m.ResponsibleUnits, unit))];
        return Page();
    }
}
