using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>
/// Checks an e-mail and password without telling whether the e-mail has an account. An unknown, disabled or locked
/// account costs the same password-hash work and the same failed-attempt statement as a known one and gets the same
/// message; every refusal is also held to the same minimum time, so what remains different (a row written or not)
/// cannot be told apart either.
/// </summary>
public sealed class SignInCheck(ProngsaiDb db, UserManager<AppUser> users, IOptions<IdentityOptions> identity, TimeProvider time)
{
    /// <summary>
    /// Refusals only. Well above what a password hash and one statement take even on a badly overloaded machine
    /// (about 500 ms measured at a load average of 68 on 2 cores; 80 ms when idle), so that the one row written
    /// for a known account's failed attempt does not show.
    /// </summary>
    public static readonly TimeSpan RefusalTime = TimeSpan.FromSeconds(1);

    public const int MaxLength = 256;

    static readonly AppUser Nobody = new();
    static string? _dummyHash;

    /// <summary>The user whose password this is, or null (with the refusal's time already spent).</summary>
    public async Task<AppUser?> CheckAsync(string email, string password, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var user = email.Length <= MaxLength && password.Length <= MaxLength ? await users.FindByEmailAsync(email.Trim()) : null;
        var usable = user is not null && user.DisabledAt is null && !await users.IsLockedOutAsync(user);
        if (!usable)
        {
            // A locked account's password is not compared at all: the lockout must not become a password oracle.
            users.PasswordHasher.VerifyHashedPassword(Nobody, DummyHash(), password);
        }
        else if (await users.CheckPasswordAsync(user!, password))
        {
            await users.ResetAccessFailedCountAsync(user!);
            return user;
        }

        await RecordFailureAsync(usable ? user!.Id : "", cancellationToken);
        var remaining = RefusalTime - Stopwatch.GetElapsedTime(started);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// One statement whatever the case (it matches no row for an unknown e-mail): counts the failure and locks the
    /// account at the limit. Outside SaveChanges, so failed attempts are not audit entries.
    /// </summary>
    async Task RecordFailureAsync(string userId, CancellationToken cancellationToken)
    {
        var lockout = identity.Value.Lockout;
        var lockedUntil = time.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
        var limit = lockout.MaxFailedAccessAttempts;
        await db.Users.Where(u => u.Id == userId && u.LockoutEnabled).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.LockoutEnd, x => x.AccessFailedCount + 1 >= limit ? (DateTimeOffset?)lockedUntil : x.LockoutEnd)
            .SetProperty(x => x.AccessFailedCount, x => x.AccessFailedCount + 1 >= limit ? 0 : x.AccessFailedCount + 1), cancellationToken);
    }

    // Made by the same hasher with the same settings as real hashes, so verifying it costs the same.
    string DummyHash() => _dummyHash ??= users.PasswordHasher.HashPassword(Nobody, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
}
