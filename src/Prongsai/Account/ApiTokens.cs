using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>Creates API bearer tokens. The token is shown once; only its SHA-256 is stored.</summary>
public static class ApiTokens
{
    const string Prefix = "pst_";

    public static async Task<string> CreateAsync(ProngsaiDb db, AppUser user, string name, CancellationToken cancellationToken = default)
    {
        var token = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Name = name, Hash = Hash(token) });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static Task<AppUser?> FindUserAsync(ProngsaiDb db, string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        return db.ApiTokens.Where(t => t.Hash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => u)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
