using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Shared;
using Prongsai.Thai;

namespace Prongsai.Measures;

/// <summary>
/// Create or edit a measure with its five elements. Checks run on every save and are shown beside their field;
/// a save over someone else's newer save shows both versions instead of losing either.
/// </summary>
public sealed class EditModel(ProngsaiDb db, CurrentAgency current, TimeProvider clock) : PageModel
{
    public TimeProvider Clock => clock;
    public Agency Agency => current.Agency;
    public Guid? Id { get; private set; }
    public int Year { get; private set; }
    public bool CanSave { get; private set; }
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Status and results then come from the progress updates and are not edited here.</summary>
    public bool HasProgress { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Set when another person saved first: their version, shown beside ours.</summary>
    public AgencyMeasure? Theirs { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public MeasureForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id, int? year, bool saved = false, int? indicator = null)
    {
        var caller = Caller.From(User);
        Saved = saved;
        if (id is null)
        {
            Year = year ?? await DefaultYearAsync();
            CanSave = caller.CanCreateMeasures(Agency.Id);
            Input.ResponsibleUnits = caller.UnitName is { } unit ? [unit] : [];
            // From the score analysis: a measure for an indicator that fell below the target.
            if (indicator is { } number && Catalog.FrameworkCatalog.Default.For(Year).Indicator(number) is { } known)
            {
                Input.Indicators = [known.Number];
                Input.Tool = known.Tool;
            }

            return CanSave ? Page() : Forbid();
        }

        var row = await db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
        if (row is null)
        {
            return NotFound();
        }

        Id = row.Id;
        Year = row.FiscalYear;
        CanSave = caller.CanEditMeasure(row);
        Input = MeasureForm.From(row);
        HasProgress = await MeasureWrites.HasProgressAsync(db, row.Id);
        Findings = MeasureWrites.Check(Agency, Year, row.ToDocument());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, int? year)
    {
        var caller = Caller.From(User);
        var measure = Input.ToMeasure();
        var refused = DateField.Refused(ModelState, "Input.PeriodStart", "Input.PeriodEnd");
        if (id is null)
        {
            if (refused)
            {
                Year = year ?? await DefaultYearAsync();
                CanSave = caller.CanCreateMeasures(Agency.Id);
                return Invalid(new Dictionary<string, string[]>(), measure);
            }

            return await CreateAsync(caller, measure, year ?? await DefaultYearAsync());
        }

        var row = await db.Measures.FirstOrDefaultAsync(m => m.Id == id);
        if (row is null)
        {
            return NotFound();
        }

        Id = row.Id;
        Year = row.FiscalYear;
        CanSave = caller.CanEditMeasure(row);
        if (!caller.CanEditMeasure(row, measure))
        {
            return Forbid();
        }

        if (refused)
        {
            HasProgress = await MeasureWrites.HasProgressAsync(db, row.Id);
            return Invalid(new Dictionary<string, string[]>(), measure);
        }

        var saved = await MeasureWrites.UpdateAsync(db, row, measure, Input.Version, clock, HttpContext.RequestAborted);
        if (saved.Conflict)
        {
            return await ConflictAsync(row.Id, measure);
        }

        if (!saved.Succeeded)
        {
            return Invalid(saved.Errors, measure);
        }

        return Redirect($"/a/{Agency.Slug}/measures/{row.Id}/edit?saved=true");
    }

    async Task<IActionResult> CreateAsync(Caller caller, Measure measure, int year)
    {
        Year = year;
        CanSave = caller.CanCreateMeasures(Agency.Id);
        if (!caller.CanCreateMeasure(Agency.Id, measure))
        {
            return Forbid();
        }

        var created = await MeasureWrites.CreateAsync(db, Agency, year, measure, clock, HttpContext.RequestAborted);
        return created.Succeeded
            ? Redirect($"/a/{Agency.Slug}/measures/{created.Value!.Id}/edit?saved=true")
            : Invalid(created.Errors, measure);
    }

    IActionResult Invalid(IReadOnlyDictionary<string, string[]> errors, Measure measure)
    {
        Errors = errors;
        Findings = MeasureWrites.Check(Agency, Year, measure);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Keeps what this person typed in the form, shows the other version, and lets them save over it knowingly.</summary>
    async Task<IActionResult> ConflictAsync(Guid id, Measure ours)
    {
        Theirs = await db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
        if (Theirs is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        Input.Version = Theirs.Version;
        Findings = MeasureWrites.Check(Agency, Year, ours);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>A new measure goes into the agency's latest year, or the current fiscal year when it has none.</summary>
    async Task<int> DefaultYearAsync() =>
        await db.Measures.MaxAsync(m => (int?)m.FiscalYear)
        ?? FiscalYear.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).BuddhistYear;

    public IEnumerable<Finding> FindingsFor(string field) => Findings.Where(f => f.Field == field);

    /// <summary>The agency's units, plus any unit the measure names that the agency does not list (as imported).</summary>
    public IEnumerable<string> UnitChoices() =>
        Agency.Units.Select(u => u.Name).Concat(Input.ResponsibleUnits).Distinct();
}
