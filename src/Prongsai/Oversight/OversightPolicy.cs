using Microsoft.AspNetCore.Authorization;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Oversight;

/// <summary>Pages across every agency: oversight viewers and system administrators only.</summary>
public static class OversightPolicy
{
    public const string Name = "oversight";

    public static AuthorizationBuilder AddOversightPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, policy => policy.RequireClaim(Caller.RoleClaim, Roles.SysAdmin, Roles.Oversight));
}
