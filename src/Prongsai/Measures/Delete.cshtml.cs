using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Measures;

/// <summary>Delete with confirmation: GET asks, POST deletes.</summary>
public sealed class DeleteModel(ProngsaiDb db, CurrentAgency current) : PageModel
{
    public AgencyMeasure Measure { get; private set; } = null!;

    public string Slug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, Guid id) => await FindAsync(slug, id) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, Guid id)
    {
        var refused = await FindAsync(slug, id);
        if (refused is not null)
        {
            return refused;
        }

        db.Measures.Remove(Measure);
        await db.SaveChangesAsync();
        return Redirect($"/a/{slug}/measures?year={Measure.FiscalYear}&done=deleted");
    }

    /// <summary>Null when the caller may delete the measure; otherwise the refusal (404 for another agency's, 403 otherwise).</summary>
    async Task<IActionResult?> FindAsync(string slug, Guid id)
    {
        var caller = Caller.From(User);
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id);
        if (measure is null)
        {
            return NotFound();
        }

        Measure = measure;
        Slug = current.Agency.Slug;
        return caller.CanEditMeasure(measure) ? null : Forbid();
    }
}
