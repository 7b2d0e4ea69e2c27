using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>Creates, finds and revokes API bearer tokens. The token is shown once; only its SHA-256 is stored.</summary>
public static class ApiTokens
{
    const string Prefix = "pst_";

    /// <summary>How long a token lasts when nobody says otherwise.</summary>
    public const int DefaultDays = 180;

    /// <summary>No token lasts longer: an integration renews its token at least once a year.</summary>
    public const int MaxDays = 365;

    public const int NameMaxLength = 100;

    public static bool IsValidDays(int days) => days is >= 1 and <= MaxDays;

    public static async Task<string> CreateAsync(ProngsaiDb db, AppUser user, string name, int days = DefaultDays, CancellationToken cancellationToken = default)
    {
        if (!IsValidDays(days))
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"1 to {MaxDays} days");
        }

        var token = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = DateTime.UtcNow;
        var trimmed = name.Trim();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id, Name = trimmed.Length > NameMaxLength ? trimmed[..NameMaxLength] : trimmed, Hash = Hash(token),
            CreatedAt = now, ExpiresAt = now.AddDays(days),
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>
    /// The token's user, or null when the token is unknown, revoked, expired or its user disabled. A password lockout
    /// does not matter here: someone guessing a password must not switch an integration off.
    /// </summary>
    public static async Task<AppUser?> FindUserAsync(ProngsaiDb db, string token, DateTime now, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.ExpiresAt > now)
            .Join(db.Users.Where(u => u.DisabledAt == null), t => t.UserId, u => u.Id, (t, u) => new { t.Id, t.LastUsedAt, User = u })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // Outside SaveChanges (no audit row per call) and at most once a minute per token.
        if (found.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }

        return found.User;
    }

    /// <summary>Revokes one of the user's tokens (or all of them when <paramref name="id"/> is null); returns how many.</summary>
    public static async Task<int> RevokeAsync(ProngsaiDb db, string userId, Guid? id, CancellationToken cancellationToken = default)
    {
        var tokens = await db.ApiTokens.Where(t => t.UserId == userId && (id == null || t.Id == id)).ToListAsync(cancellationToken);
        db.ApiTokens.RemoveRange(tokens);
        await db.SaveChangesAsync(cancellationToken);
        return tokens.Count;
    }
}
