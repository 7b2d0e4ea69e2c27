using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>The session store on its own clock: when a session expires, what signing in clears, what a renewal changes.</summary>
public abstract partial class SessionAndTokenBehaviour<TApp>
{
    static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    (DbTicketStore Store, ManualClock Clock) StoreOnClock()
    {
        var clock = new ManualClock(Start);
        return (new DbTicketStore(App.Services.GetRequiredService<IServiceScopeFactory>(), clock), clock);
    }

    static AuthenticationTicket Ticket(string userId, DateTimeOffset? expires) => new(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test")),
        new AuthenticationProperties { ExpiresUtc = expires }, "Identity.Application");

    Task<UserSession> SessionRowAsync(string key) => App.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == key));

    [Fact]
    public async Task A_session_ends_when_its_ticket_says_or_after_fourteen_days_without_one()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var (store, _) = StoreOnClock();

        var hour = await store.StoreAsync(Ticket(user.Id, Start.AddHours(1)));
        var unset = await store.StoreAsync(Ticket(user.Id, null));

        Assert.Equal(Start.AddHours(1).UtcDateTime, (await SessionRowAsync(hour)).ExpiresAt);
        Assert.Equal(Start.AddDays(14).UtcDateTime, (await SessionRowAsync(unset)).ExpiresAt);
    }

    [Fact]
    public async Task A_session_is_refused_from_the_instant_it_expires()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var (store, clock) = StoreOnClock();
        var key = await store.StoreAsync(Ticket(user.Id, Start.AddHours(1)));

        clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(user.Id, (await store.RetrieveAsync(key, CancellationToken.None))?.Principal.FindFirstValue(ClaimTypes.NameIdentifier));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(await store.RetrieveAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Signing_in_clears_the_user_s_sessions_that_have_expired_by_then_and_no_others()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var other = await App.CreateUserAsync(Roles.Executive);
        var (store, clock) = StoreOnClock();
        var expiring = await store.StoreAsync(Ticket(user.Id, Start.AddHours(1)));
        var later = await store.StoreAsync(Ticket(user.Id, Start.AddHours(2)));
        var othersExpired = await store.StoreAsync(Ticket(other.Id, Start.AddHours(1)));

        clock.Advance(TimeSpan.FromHours(1));
        var signedIn = await store.StoreAsync(Ticket(user.Id, Start.AddHours(3)));

        var left = await App.WithDbAsync(db => db.Sessions.Where(s => s.Id == expiring || s.Id == later || s.Id == othersExpired || s.Id == signedIn).Select(s => s.Id).ToListAsync());
        Assert.Equal(new[] { later, othersExpired, signedIn }.Order(StringComparer.Ordinal), left.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(expiring, left);
    }

    [Fact]
    public async Task A_renewal_replaces_that_session_s_ticket_expiry_and_user_and_no_other_session_s()
    {
        var first = await App.CreateUserAsync(Roles.Executive);
        var second = await App.CreateUserAsync(Roles.Executive);
        var (store, _) = StoreOnClock();
        var renewed = await store.StoreAsync(Ticket(first.Id, Start.AddHours(1)));
        var kept = await store.StoreAsync(Ticket(first.Id, Start.AddHours(1)));

        // Signing in as another user on a signed-in browser renews its session with the other user's ticket.
        await store.RenewAsync(renewed, Ticket(second.Id, Start.AddHours(5)), CancellationToken.None);

        var row = await SessionRowAsync(renewed);
        Assert.Equal((second.Id, Start.AddHours(5).UtcDateTime), (row.UserId, row.ExpiresAt));
        Assert.Equal(second.Id, (await store.RetrieveAsync(renewed, CancellationToken.None))?.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        var untouched = await SessionRowAsync(kept);
        Assert.Equal((first.Id, Start.AddHours(1).UtcDateTime), (untouched.UserId, untouched.ExpiresAt));
        Assert.Equal(first.Id, (await store.RetrieveAsync(kept, CancellationToken.None))?.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    [Fact]
    public async Task A_renewal_of_a_session_ended_meanwhile_does_not_bring_it_back()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var (store, _) = StoreOnClock();
        var key = await store.StoreAsync(Ticket(user.Id, Start.AddHours(1)));
        await store.RemoveAsync(key, CancellationToken.None);

        await store.RenewAsync(key, Ticket(user.Id, Start.AddHours(2)), CancellationToken.None);

        Assert.False(await App.WithDbAsync(db => db.Sessions.AnyAsync(s => s.Id == key)));
    }

    [Fact]
    public async Task A_ticket_without_a_user_id_is_never_stored()
    {
        var (store, _) = StoreOnClock();
        var anonymous = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity()), "Identity.Application");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.StoreAsync(anonymous, CancellationToken.None));

        Assert.Equal("A session needs a user id claim.", refused.Message);
    }
}
