using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>Authenticates API calls by "Authorization: Bearer TOKEN"; a missing, unknown, revoked or expired token, or a disabled user, is a plain 401.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ProngsaiDb db,
    IUserClaimsPrincipalFactory<AppUser> principals,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string PolicyName = "api";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await ApiTokens.FindUserAsync(db, header["Bearer ".Length..].Trim(), time.GetUtcNow().UtcDateTime, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired token, or a disabled user.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
