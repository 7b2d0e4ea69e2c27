using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Prongsai.Data;
using Prongsai.Thai;

namespace Prongsai.Account;

/// <summary>The signed-in user as the features see them: role, agency and unit, read from the claims.</summary>
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

    /// <summary>System administrators and oversight viewers see every agency; everyone else only their own.</summary>
    public bool SeesAllAgencies => Role is Roles.SysAdmin or Roles.Oversight;

    public bool CanSee(Guid agencyId) => SeesAllAgencies || AgencyId == agencyId;

    public bool CanManageUsers(Guid agencyId) => Role == Roles.SysAdmin || (Role == Roles.Admin && AgencyId == agencyId);

    /// <summary>Imports write many units' measures at once: agency administrators only.</summary>
    public bool CanImport(Guid agencyId) => CanManageUsers(agencyId);

    /// <summary>May create measures in the agency (editors only for their own unit).</summary>
    public bool CanWriteMeasures(Guid agencyId) =>
        Role == Roles.SysAdmin || (AgencyId == agencyId && Role is Roles.Admin or Roles.Editor);

    public bool CanEdit(AgencyMeasure measure) => Role switch
    {
        Roles.SysAdmin => true,
        Roles.Admin => AgencyId == measure.AgencyId,
        Roles.Editor => AgencyId == measure.AgencyId && measure.ResponsibleUnits.Any(IsOwnUnit),
        _ => false,
    };

    /// <summary>"กองการศึกษาฯ" is the unit กองการศึกษา: spaces and the abbreviation mark are ignored.</summary>
    public bool IsOwnUnit(string unit) =>
        UnitName is not null && ThaiText.NameKey(unit) == ThaiText.NameKey(UnitName);
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
