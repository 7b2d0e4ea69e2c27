using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>The signed-in user as the features see them: role, agency and unit, read from the claims. What they may do is <see cref="Capabilities"/>.</summary>
public sealed record Caller(string UserId, string Email, string Role, Guid? AgencyId, string? UnitName)
{
    public const string RoleClaim = "prongsai:role";
    public const string AgencyClaim = "prongsai:agency";
    public const string UnitClaim = "prongsai:unit";

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindFirstValue(RoleClaim) ?? "",
        Guid.TryParse(user.FindFirstValue(AgencyClaim), out var agency) ? agency : null,
        user.FindFirstValue(UnitClaim));
}

/// <summary>Puts the user's role, agency and unit into the cookie or token principal.</summary>
public sealed class ProngsaiClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Caller.RoleClaim, user.Role));
        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(Caller.AgencyClaim, agency.ToString()));
        }

        if (user.UnitName is { } unit)
        {
            identity.AddClaim(new Claim(Caller.UnitClaim, unit));
        }

        if (user.Email is { } email && !identity.HasClaim(c => c.Type == ClaimTypes.Email))
        {
            identity.AddClaim(new Claim(ClaimTypes.Email, email));
        }

        return identity;
    }
}
