using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>
/// Checks an e-mail and password without telling whether the e-mail has an account: an unknown, disabled or locked
/// account costs the same password-hash work as a known one and gets the same message, and every refusal is held to
/// the same minimum time so that the failed-attempt write of a known account cannot be told apart either.
/// </summary>
public sealed class SignInCheck(IPasswordHasher<AppUser> hasher)
{
    /// <summary>Longer than a password hash plus a database write take on a busy machine; refusals only.</summary>
    public static readonly TimeSpan RefusalTime = TimeSpan.FromMilliseconds(250);

    public const int MaxLength = 256;

    readonly AppUser _nobody = new();
    string? _dummyHash;

    /// <summary>The user whose password this is, or null (with the delay already spent).</summary>
    public async Task<AppUser?> CheckAsync(UserManager<AppUser> users, string email, string password, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var user = email.Length <= MaxLength && password.Length <= MaxLength ? await users.FindByEmailAsync(email.Trim()) : null;
        if (user is null || user.DisabledAt is not null || await users.IsLockedOutAsync(user))
        {
            // A locked account's password is not even compared: the lockout must not be a password oracle.
            hasher.VerifyHashedPassword(_nobody, DummyHash(), password);
        }
        else if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return user;
        }
        else
        {
            await users.AccessFailedAsync(user);
        }

        var remaining = RefusalTime - Stopwatch.GetElapsedTime(started);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, cancellationToken);
        }

        return null;
    }

    // Made by the same hasher with the same settings as real hashes, so verifying it costs the same.
    string DummyHash() => _dummyHash ??= hasher.HashPassword(_nobody, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
}
