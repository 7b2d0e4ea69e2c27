using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Shared;

/// <summary>Sends each user where their work is: their agency's measures, or the list of agencies.</summary>
public sealed class HomeModel(ProngsaiDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var caller = Caller.From(User);
        if (caller.SeesAllAgencies() || caller.AgencyId is null)
        {
            return Redirect("/agencies");
        }

        var slug = await db.Agencies.Where(a => a.Id == caller.AgencyId).Select(a => a.Slug).FirstAsync();
        // A unit editor starts on the unit's page, where its due measures are listed.
        return caller.Role == Roles.Editor && caller.UnitName is { } unit
            ? Redirect($"/a/{slug}/units/{Uri.EscapeDataString(unit)}")
            : Redirect($"/a/{slug}/measures");
    }
}
