using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>Changes the signed-in user's password; the one page a user with a one-time password may see.</summary>
public sealed class PasswordModel(ProngsaiDb db, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public bool MustChange { get; private set; }

    public List<string> Errors { get; } = [];

    public void OnGet() => MustChange = User.HasClaim(ForcedPasswordChange.Claim, "true");

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirmPassword)
    {
        MustChange = User.HasClaim(ForcedPasswordChange.Claim, "true");
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        currentPassword ??= "";
        newPassword ??= "";
        if (newPassword.Length > SignInCheck.MaxLength)
        {
            Errors.Add($"รหัสผ่านยาวได้ไม่เกิน {Thai.ThaiDigits.ToThai(SignInCheck.MaxLength)} ตัวอักษร (A password is at most {SignInCheck.MaxLength} characters.)");
        }
        else if (newPassword != confirmPassword)
        {
            Errors.Add("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน (The two new passwords differ.)");
        }
        else if (newPassword == currentPassword)
        {
            Errors.Add("รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม (The new password must differ from the current one.)");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            Errors.AddRange(AccountMessages.Describe(result));
            return Page();
        }

        // Every other session (perhaps someone who knew the old password) ends; this one gets the new ticket.
        await DbTicketStore.EndOthersAsync(db, user.Id, HttpContext);
        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/account?changed=password");
    }
}
