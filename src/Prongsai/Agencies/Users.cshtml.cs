using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>
/// The agency's users; its administrator adds admins, unit editors and executives, edits their name, position, role
/// and unit, disables and enables them and resets their passwords.
/// </summary>
public sealed class UsersModel(ProngsaiDb db, UserManager<AppUser> userManager, UserAccounts accounts) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public List<AppUser> Users { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? CreatedPassword { get; private set; }

    /// <summary>After a reset: whose password, and the new one-time password (shown once).</summary>
    public (string Email, string Password)? ResetPassword { get; private set; }

    public string? Notice { get; private set; }

    public List<string> Errors { get; } = [];

    public static IReadOnlyList<string> AgencyRoles { get; } = [Roles.Admin, Roles.Editor, Roles.Executive];

    /// <summary>The user whose reset or disabling waits for confirmation (?confirm=reset|disable&amp;id=ID).</summary>
    public AppUser? Confirming { get; private set; }

    public string? ConfirmAction { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? confirm, string? id)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        if (confirm is "reset" or "disable" && CanManage)
        {
            Confirming = Users.FirstOrDefault(u => u.Id == id);
            ConfirmAction = Confirming is null ? null : confirm;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string email, string role, string? unit)
    {
        if (await GuardAsync(slug) is { } refused)
        {
            return refused;
        }

        email = (email ?? "").Trim();
        if (email.Length is 0 or > SignInCheck.MaxLength)
        {
            Errors.Add($"อีเมลต้องมี ๑ ถึง {Thai.ThaiDigits.ToThai(SignInCheck.MaxLength)} ตัวอักษร (The e-mail needs 1 to {SignInCheck.MaxLength} characters.)");
        }

        ValidateRole(role, unit);
        if (Errors.Count == 0)
        {
            var password = DemoSeed.GeneratePassword();
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, Role = role, AgencyId = Agency.Id,
                UnitName = role == Roles.Editor ? unit : null, MustChangePassword = true,
            };
            var result = await userManager.CreateAsync(user, password);
            Errors.AddRange(AccountMessages.Describe(result));
            if (result.Succeeded)
            {
                CreatedPassword = password;
                await LoadAsync(slug);
            }
        }

        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(string slug, string id, string? displayName, string? position, string role, string? unit) =>
        WithUserAsync(slug, id, user =>
        {
            ValidateRole(role, unit);
            return Errors.Count > 0 ? Task.FromResult<string?>(null) : accounts.UpdateAsync(user, displayName, position, role, unit);
        }, "บันทึกผู้ใช้แล้ว (User saved.)");

    public Task<IActionResult> OnPostDisableAsync(string slug, string id) =>
        WithUserAsync(slug, id, user => accounts.SetDisabledAsync(user, disabled: true), "ระงับผู้ใช้แล้ว (User disabled.)");

    public Task<IActionResult> OnPostEnableAsync(string slug, string id) =>
        WithUserAsync(slug, id, user => accounts.SetDisabledAsync(user, disabled: false), "เปิดใช้ผู้ใช้แล้ว (User enabled.)");

    public Task<IActionResult> OnPostResetAsync(string slug, string id) =>
        WithUserAsync(slug, id, async user =>
        {
            var (password, error) = await accounts.ResetPasswordAsync(user);
            if (password is not null)
            {
                ResetPassword = (user.Email ?? "", password);
            }

            return error;
        }, null);

    /// <summary>One of the agency's users changed by <paramref name="change"/> (null when done, else the refusal).</summary>
    async Task<IActionResult> WithUserAsync(string slug, string id, Func<AppUser, Task<string?>> change, string? done)
    {
        if (await GuardAsync(slug) is { } refused)
        {
            return refused;
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.AgencyId == Agency.Id);
        if (user is null)
        {
            return NotFound();
        }

        if (await change(user) is { } error)
        {
            Errors.Add(error);
        }
        else if (Errors.Count == 0)
        {
            Notice = done;
        }

        await LoadAsync(slug);
        return Page();
    }

    async Task<IActionResult?> GuardAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        return CanManage ? null : Forbid();
    }

    void ValidateRole(string role, string? unit)
    {
        if (!Roles.BelongsToAgency(role))
        {
            Errors.Add("บทบาทไม่ถูกต้อง (unknown role)");
        }

        if (role == Roles.Editor && Agency.Units.All(u => u.Name != unit))
        {
            Errors.Add("ผู้บันทึกข้อมูลต้องมีกอง/สำนัก (a unit editor needs a unit)");
        }
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
