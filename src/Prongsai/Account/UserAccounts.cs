using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>
/// What an administrator (on the users page) or the operator (on the command line) does to an account. Each method
/// returns null when done, or the refusal in Thai and English; each change is one transaction with its audit rows.
/// </summary>
public sealed class UserAccounts(ProngsaiDb db, UserManager<AppUser> users, TimeProvider time)
{
    public const int NameMaxLength = 200;

    /// <summary>A new one-time password the user must change at the next sign-in; every session of theirs ends.</summary>
    public async Task<(string? Password, string? Error)> ResetPasswordAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var password = DemoSeed.GeneratePassword();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var error = await SaveEndingSessionsAsync(user, cancellationToken);
        return error is null ? (password, null) : (null, error);
    }

    /// <summary>Disables (sessions and tokens refused at once) or enables the user.</summary>
    public async Task<string?> SetDisabledAsync(AppUser user, bool disabled, CancellationToken cancellationToken = default)
    {
        if (disabled == user.DisabledAt is not null)
        {
            return null;
        }

        if (disabled && await IsLastAdministratorAsync(user, cancellationToken))
        {
            return AccountMessages.LastAdministrator;
        }

        user.DisabledAt = disabled ? time.GetUtcNow().UtcDateTime : null;
        return disabled ? await SaveEndingSessionsAsync(user, cancellationToken) : Describe(await users.UpdateAsync(user));
    }

    /// <summary>Name and position (printed in the signature block), role and unit.</summary>
    public async Task<string?> UpdateAsync(AppUser user, string? displayName, string? position, string role, string? unit, CancellationToken cancellationToken = default)
    {
        displayName = Bounded(displayName);
        position = Bounded(position);
        if ((displayName ?? "").Length > NameMaxLength || (position ?? "").Length > NameMaxLength)
        {
            return $"ชื่อและตำแหน่งยาวได้ไม่เกิน {Thai.ThaiDigits.ToThai(NameMaxLength)} ตัวอักษร (Name and position are at most {NameMaxLength} characters.)";
        }

        if (role != user.Role && await IsLastAdministratorAsync(user, cancellationToken))
        {
            return AccountMessages.LastAdministrator;
        }

        unit = role == Roles.Editor ? unit : null;
        var roleChanged = role != user.Role || unit != user.UnitName;
        user.DisplayName = displayName;
        user.Position = position;
        user.Role = role;
        user.UnitName = unit;
        // The role and unit are in the session's claims: a change ends the user's sessions so they sign in again.
        return roleChanged ? await SaveEndingSessionsAsync(user, cancellationToken) : Describe(await users.UpdateAsync(user));
    }

    /// <summary>The last enabled administrator of its agency, or the last enabled system administrator.</summary>
    public async Task<bool> IsLastAdministratorAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        if (user.DisabledAt is not null)
        {
            return false;
        }

        return user.Role switch
        {
            Roles.Admin => !await db.Users.AnyAsync(u => u.Id != user.Id && u.Role == Roles.Admin && u.AgencyId == user.AgencyId && u.DisabledAt == null, cancellationToken),
            Roles.SysAdmin => !await db.Users.AnyAsync(u => u.Id != user.Id && u.Role == Roles.SysAdmin && u.DisabledAt == null, cancellationToken),
            _ => false,
        };
    }

    async Task<string?> SaveEndingSessionsAsync(AppUser user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return Describe(result);
        }

        await DbTicketStore.EndAllAsync(db, user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    static string? Describe(IdentityResult result) => result.Succeeded ? null : string.Join(" ", AccountMessages.Describe(result));

    static string? Bounded(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
