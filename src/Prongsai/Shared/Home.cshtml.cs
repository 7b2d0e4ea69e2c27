using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Shared;

/// <summary>
/// Sends each user where their work is: oversight viewers to the overview of every agency, the system administrator
/// to the agencies, an executive to what awaits approval, an editor to their unit, an administrator to the measures.
/// </summary>
public sealed class HomeModel(ProngsaiDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var caller = Caller.From(User);
        if (caller.Role == Roles.Oversight)
        {
            return Redirect("/oversight");
        }

        if (caller.SeesAllAgencies() || caller.AgencyId is null)
        {
            return Redirect("/agencies");
        }

        var slug = await db.Agencies.Where(a => a.Id == caller.AgencyId).Select(a => a.Slug).FirstAsync();
        // A unit editor starts on the unit's page, where its due measures are listed.
        return caller.Role switch
        {
            Roles.Editor when caller.UnitName is { } unit => Redirect($"/a/{slug}/units/{Uri.EscapeDataString(unit)}"),
            Roles.Executive => Redirect($"/a/{slug}/signoff"),
            _ => Redirect($"/a/{slug}/measures"),
        };
    }
}
