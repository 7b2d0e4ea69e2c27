using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Dashboard;

/// <summary>One agency's year at a glance: by status, by indicator, by unit, what is overdue, and the timeline.</summary>
public sealed class IndexModel(ProngsaiDb db, CurrentAgency current, TimeProvider clock, Progress.SmtpSettings smtp, Catalog.FrameworkCatalog catalog) : PageModel
{
    public Agency Agency => current.Agency;
    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public List<AgencyMeasure> Measures { get; private set; } = [];
    public string TimelineSvg { get; private set; } = "";
    public bool EmailEnabled => smtp.Enabled;
    public Oit.Workbook Oit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Only supported years: a stray row from before years were bounded must not break the page.
        var last = FiscalYear.LastSupported(Today);
        Year = year ?? await db.Measures.Where(m => m.FiscalYear >= FiscalYear.FirstSupported && m.FiscalYear <= last)
            .MaxAsync(m => (int?)m.FiscalYear) ?? FiscalYear.Of(Today).BuddhistYear;
        Measures = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == Year)
            .OrderBy(m => m.Position).ToListAsync();
        TimelineSvg = Timeline.Render(new FiscalYear(Year), Measures, Today);
        Oit = await Prongsai.Oit.OitWorkbook.LoadAsync(db, catalog, Agency, Year, Prongsai.Oit.OitAccess.BaseUrl(Request));
        return Page();
    }

    public int CountWith(MeasureStatus status) => Measures.Count(m => m.Status == status);

    public IEnumerable<(int Indicator, int Count, int Done)> ByIndicator() =>
        Measures.SelectMany(m => m.Indicators.Select(i => (Indicator: i, m.Status)))
            .GroupBy(x => x.Indicator).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), g.Count(x => x.Status == MeasureStatus.Done)));

    public IEnumerable<(string Unit, int Count, int Done)> ByUnit() =>
        Measures.SelectMany(m => m.ResponsibleUnits.Select(u => (Unit: ThaiText.Compact(u).TrimEnd('ฯ'), m.Status)))
            .GroupBy(x => x.Unit).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(x => x.Status == MeasureStatus.Done)));

    public IEnumerable<AgencyMeasure> Overdue() => Measures.Where(m => m.IsOverdue(Today));
}
