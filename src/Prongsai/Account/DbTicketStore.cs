using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>
/// The cookie's sessions in the database. A session is refused when its row is gone (signed out, signed out
/// everywhere, password reset) or its user is disabled, from the next request on and on every instance.
/// </summary>
public sealed class DbTicketStore(IServiceScopeFactory scopes, TimeProvider time) : ITicketStore
{
    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var userId = UserIdOf(ticket);
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        // Expired sessions are removed as the user signs in again, so the table does not grow without bound.
        await db.Sessions.Where(s => s.UserId == userId && s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.Sessions.Add(new UserSession { Id = key, UserId = userId, Ticket = TicketSerializer.Default.Serialize(ticket), CreatedAt = now, ExpiresAt = ExpiresAt(ticket, now) });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        // Signing in again on a signed-in browser renews its session with the new ticket, perhaps another user's.
        var userId = UserIdOf(ticket);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiresAt(ticket, time.GetUtcNow().UtcDateTime);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        // An update, never an insert: a session ended meanwhile stays ended.
        await db.Sessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expires).SetProperty(x => x.UserId, userId), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    /// <summary>Also remembers the request's session key, so that a password change can keep this session alone.</summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        httpContext.Items[CurrentKeyItem] = key;
        try
        {
            return await RetrieveAsync(key, cancellationToken);
        }
        catch (Exception e) when (httpContext.Features.Get<IExceptionHandlerFeature>() is not null && Hosting.DatabaseFailures.IsUnavailable(e))
        {
            // The error page re-executed for "database unavailable" is shown signed out rather than failing again;
            // the session itself is untouched and works once the database is back.
            return null;
        }
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var found = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == key && s.ExpiresAt > now)
            .Join(db.Users.Where(u => u.DisabledAt == null), s => s.UserId, u => u.Id, (s, u) => new { s.Ticket, u.MustChangePassword })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || TicketSerializer.Default.Deserialize(found.Ticket) is not { } ticket)
        {
            return null;
        }

        // Read from the user on every request, so that a change or a reset takes effect at once.
        ForcedPasswordChange.Mark(ticket.Principal, found.MustChangePassword);

        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProngsaiDb>().Sessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Ends every session of the user: "sign out everywhere", a password reset, disabling.</summary>
    public static Task EndAllAsync(ProngsaiDb db, string userId, CancellationToken cancellationToken = default) =>
        db.Sessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Ends every session of the user but the one of this request (after changing one's own password).</summary>
    public static Task EndOthersAsync(ProngsaiDb db, string userId, HttpContext current, CancellationToken cancellationToken = default)
    {
        var keep = current.Items[CurrentKeyItem] as string ?? "";
        return db.Sessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(cancellationToken);
    }

    const string CurrentKeyItem = "prongsai:session-key";

    static string UserIdOf(AuthenticationTicket ticket) => ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("A session needs a user id claim.");

    static DateTime ExpiresAt(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddDays(14);
}
