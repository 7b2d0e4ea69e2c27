using System.Security.Claims;

namespace Prongsai.Account;

/// <summary>
/// A user signed in with a generated one-time password sees only the change-password page (and may sign out) until
/// they choose their own. API tokens are not affected: the bearer scheme never sets the claim.
/// </summary>
public static class ForcedPasswordChange
{
    public const string Claim = "prongsai:must-change-password";
    public const string PagePath = "/account/password";

    public static void UseForcedPasswordChange(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(Claim, "true")
            && !path.StartsWithSegments(PagePath) && !path.StartsWithSegments("/account/logout")
            && !path.StartsWithSegments("/assets") && !path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(PagePath);
            return;
        }

        await next();
    });

    /// <summary>
    /// Sets the session's claim from the user's current flag; the ticket store calls it on every request (a renewed
    /// ticket may have stored an earlier value).
    /// </summary>
    public static void Mark(ClaimsPrincipal principal, bool mustChange)
    {
        if (principal.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        foreach (var stale in identity.FindAll(Claim).ToList())
        {
            identity.RemoveClaim(stale);
        }

        if (mustChange)
        {
            identity.AddClaim(new Claim(Claim, "true"));
        }
    }
}
