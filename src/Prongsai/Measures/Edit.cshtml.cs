using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Measures;

/// <summary>
/// Create or edit a measure with its five elements. Checks run on every save and are shown beside their field;
/// a save over someone else's newer save shows both versions instead of losing either.
/// </summary>
public sealed class EditModel(ProngsaiDb db) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public Guid? Id { get; private set; }
    public int Year { get; private set; }
    public bool CanSave { get; private set; }
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>Status and results then come from the progress updates and are not edited here.</summary>
    public bool HasProgress { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    /// <summary>Set when another person saved first: their version, shown beside ours.</summary>
    public AgencyMeasure? Theirs { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public MeasureForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, Guid? id, int? year, bool saved = false)
    {
        var caller = Caller.From(User);
        if (!await LoadAgencyAsync(slug, caller))
        {
            return NotFound();
        }

        Saved = saved;
        if (id is null)
        {
            Year = year ?? DemoSeed.FiscalYear;
            CanSave = caller.CanWriteMeasures(Agency.Id);
            Input.ResponsibleUnits = caller.UnitName is { } unit ? [unit] : [];
            return CanSave ? Page() : Forbid();
        }

        var row = await db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.AgencyId == Agency.Id);
        if (row is null)
        {
            return NotFound();
        }

        Id = row.Id;
        Year = row.FiscalYear;
        CanSave = caller.CanEdit(row);
        Input = MeasureForm.From(row);
        HasProgress = await MeasureWrites.HasProgressAsync(db, row.Id);
        Findings = MeasureWrites.Check(Agency, Year, row.ToDocument());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, Guid? id, int? year)
    {
        var caller = Caller.From(User);
        if (!await LoadAgencyAsync(slug, caller))
        {
            return NotFound();
        }

        var measure = Input.ToMeasure();
        Errors = MeasureWrites.Validate(measure);
        if (id is null)
        {
            return await CreateAsync(caller, measure, year ?? DemoSeed.FiscalYear);
        }

        var row = await db.Measures.FirstOrDefaultAsync(m => m.Id == id && m.AgencyId == Agency.Id);
        if (row is null)
        {
            return NotFound();
        }

        Id = row.Id;
        Year = row.FiscalYear;
        CanSave = caller.CanEdit(row);
        if (!CanSave || (caller.Role == Roles.Editor && !measure.ResponsibleUnits.Any(caller.IsOwnUnit)))
        {
            return Forbid();
        }

        if (Errors.Count > 0)
        {
            Findings = MeasureWrites.Check(Agency, Year, measure);
            return Page();
        }

        if (!await MeasureWrites.UpdateAsync(db, row, measure, Input.Version))
        {
            return await ConflictAsync(row.Id, measure);
        }

        return Redirect($"/a/{slug}/measures/{row.Id}/edit?saved=true");
    }

    async Task<IActionResult> CreateAsync(Caller caller, Measure measure, int year)
    {
        Year = year;
        CanSave = caller.CanWriteMeasures(Agency.Id);
        if (!CanSave || (caller.Role == Roles.Editor && !measure.ResponsibleUnits.Any(caller.IsOwnUnit)))
        {
            return Forbid();
        }

        if (Errors.Count > 0)
        {
            Findings = MeasureWrites.Check(Agency, Year, measure);
            return Page();
        }

        var row = await MeasureWrites.CreateAsync(db, Agency, year, measure);
        return Redirect($"/a/{Agency.Slug}/measures/{row.Id}/edit?saved=true");
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

    async Task<bool> LoadAgencyAsync(string slug, Caller caller)
    {
        var agency = await db.FindVisibleAsync(slug, caller);
        Agency = agency!;
        return agency is not null;
    }

    public IEnumerable<Finding> FindingsFor(string field) => Findings.Where(f => f.Field == field);

    /// <summary>The agency's units, plus any unit the measure names that the agency does not list (as imported).</summary>
    public IEnumerable<string> UnitChoices() =>
        Agency.Units.Select(u => u.Name).Concat(Input.ResponsibleUnits).Distinct();
}
