using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Thai;

namespace Prongsai.Measures;

/// <summary>One fiscal year's measures of an agency, grouped by tool and ordered by indicator.</summary>
public sealed class IndexModel(ProngsaiDb db, CurrentAgency current, TimeProvider clock) : PageModel
{
    public Agency Agency => current.Agency;
    public Caller Caller { get; private set; } = null!;
    public int Year { get; private set; }
    public List<int> Years { get; private set; } = [];
    public List<AgencyMeasure> Measures { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The import just confirmed (?imported=ID), whose counts the page announces.</summary>
    public ImportBatch? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, Guid? imported)
    {
        Imported = imported is { } batch ? await db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batch && b.State == ImportState.Confirmed) : null;
        Caller = Caller.From(User);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Years = await db.Measures.Select(m => m.FiscalYear).Distinct().OrderBy(y => y).ToListAsync();
        var current = FiscalYear.Of(Today).BuddhistYear;
        Year = year ?? (Years.Count > 0 ? Years[^1] : current);
        Years = [.. Years.Append(current).Append(Year).Distinct().Order()];
        Measures = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == Year).OrderBy(m => m.Position).ToListAsync();
        CanCreate = Caller.CanCreateMeasures(Agency.Id);
        return Page();
    }
}
