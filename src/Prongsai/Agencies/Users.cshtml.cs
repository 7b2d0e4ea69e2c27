using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>The agency's users; its administrator adds admins, unit editors and executives.</summary>
public sealed class UsersModel(ProngsaiDb db, UserManager<AppUser> userManager) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public List<AppUser> Users { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? CreatedPassword { get; private set; }

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, string email, string role, string? unit)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        if (!Roles.BelongsToAgency(role))
        {
            Errors.Add("บทบาทไม่ถูกต้อง (unknown role)");
        }

        if (role == Roles.Editor && Agency.Units.All(u => u.Name != unit))
        {
            Errors.Add("ผู้บันทึกข้อมูลต้องมีกอง/สำนัก (a unit editor needs a unit)");
        }

        if (Errors.Count == 0)
        {
            var password = DemoSeed.GeneratePassword();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, Role = role, AgencyId = Agency.Id, UnitName = role == Roles.Editor ? unit : null };
            var result = await userManager.CreateAsync(user, password);
            Errors.AddRange(result.Errors.Select(e => e.Description));
            if (result.Succeeded)
            {
                CreatedPassword = password;
                await LoadAsync(slug);
            }
        }

        return Page();
    }

    async Task<bool> LoadAsync(string slug)
    {
        var caller = Caller.From(User);
        var agency = await AgencyScopeFilter.ResolveAsync(HttpContext, slug);
        if (agency is null)
        {
            return false;
        }

        Agency = agency;
        CanManage = caller.CanManageAgency(agency.Id);
        // Users are Identity's, read by sign-in with no agency in scope, so they carry no query filter: by agency here.
        Users = await db.Users.AsNoTracking().Where(u => u.AgencyId == agency.Id).OrderBy(u => u.Email).ToListAsync();
        return true;
    }
}
