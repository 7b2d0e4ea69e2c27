using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>The agencies the caller may see; system administrators add agencies here.</summary>
public sealed class IndexModel(ProngsaiDb db, CurrentAgency scope, FrameworkCatalog catalog) : PageModel
{
    public sealed record Row(Agency Agency, int Measures);

    public sealed class NewAgency
    {
        public string Name { get; set; } = "";
        public string? ShortName { get; set; }
        public string Slug { get; set; } = "";
        public string Type { get; set; } = AgencyTypes.All[0];
        public string? Province { get; set; }
        public string? Units { get; set; }
    }

    public List<Row> Rows { get; private set; } = [];

    public bool CanAdd { get; private set; }

    /// <summary>The regimes a system administrator may set, as (code, name).</summary>
    public IReadOnlyList<(string Code, string Name)> Regimes => [.. catalog.Regimes.Select(r => (r, AgencyRegime.Name(catalog, r)))];

    [BindProperty]
    public NewAgency Input { get; set; } = new();

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Caller.From(User).CanManageInstallation())
        {
            return Forbid();
        }

        // A new agency and its units: written outside any one agency's scope, by a system administrator.
        scope.AllowAllAgencies();

        Errors = AgencyValidation.Validate(Input.Slug, Input.Name, Input.Type, Input.Province);
        if (Errors.Count == 0 && await db.Agencies.AnyAsync(a => a.Slug == Input.Slug))
        {
            Errors["slug"] = ["มีหน่วยงานที่ใช้ชื่อนี้แล้ว (this slug is taken)"];
        }

        if (Errors.Count > 0)
        {
            await LoadAsync();
            return Page();
        }

        var units = (Input.Units ?? "").Split('\n').Select(u => u.Trim()).Where(u => u.Length > 0).Distinct();
        db.Agencies.Add(new Agency
        {
            Slug = Input.Slug,
            Name = Input.Name.Trim(),
            ShortName = Input.ShortName?.Trim(),
            Type = Input.Type,
            Province = string.IsNullOrEmpty(Input.Province) ? null : Input.Province,
            Units = [.. units.Select(u => new AgencyUnit { Name = u })],
        });
        await db.SaveChangesAsync();
        return Redirect("/agencies");
    }

    /// <summary>A system administrator sets the agency's regime: its workbook, framework and analysis follow it.</summary>
    public async Task<IActionResult> OnPostRegimeAsync(Guid id, string? regime)
    {
        if (!Caller.From(User).CanManageInstallation())
        {
            return Forbid();
        }

        // Agencies are written outside any one agency's scope, by a system administrator.
        scope.AllowAllAgencies();
        var agency = await db.Agencies.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.Id == id);
        if (agency is null)
        {
            return NotFound();
        }

        var (known, error) = AgencyRegime.Resolve(catalog, regime);
        if (known is null)
        {
            Errors[$"regime-{id}"] = [error!];
            await LoadAsync();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        agency.Regime = known;
        await db.SaveChangesAsync();
        return Redirect(Shared.Banner.After("/agencies", "saved"));
    }

    async Task LoadAsync()
    {
        var caller = Caller.From(User);
        CanAdd = caller.CanManageInstallation();
        // The list of agencies is across agencies by nature: only those the caller may see, with their counts.
        var agencies = await db.Agencies.AsNoTracking().IgnoreQueryFilters().VisibleTo(caller).Include(a => a.Units).OrderBy(a => a.Name).ToListAsync();
        var ids = agencies.Select(a => a.Id).ToList();
        var counts = await db.Measures.IgnoreQueryFilters().Where(m => ids.Contains(m.AgencyId)).GroupBy(m => m.AgencyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = [.. agencies.Select(a => new Row(a, counts.GetValueOrDefault(a.Id)))];
    }
}
