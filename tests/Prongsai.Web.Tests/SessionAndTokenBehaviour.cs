using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Sessions end on the server; tokens expire, are revoked, survive a lockout and die with a disabled user.</summary>
public abstract partial class SessionAndTokenBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static bool IsSentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal);

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_refused()
    {
        var user = await App.CreateUserAsync(Roles.Admin);
        var session = await RawCookies.SignInAsync(App, user.Email!);
        var stolen = session.Session;
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, stolen, "/account")).StatusCode);

        var signedOut = await session.PostFormAsync("/account/logout", "/account", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        foreach (var url in new[] { "/account", "/a/banchang/measures", "/a/banchang/users" })
        {
            var replayed = await RawCookies.ReplayAsync(App, stolen, url);
            Assert.True(IsSentToSignIn(replayed), $"{url} after sign-out: {(int)replayed.StatusCode}");
        }

        Assert.Equal(0, await App.WithDbAsync(db => db.Sessions.CountAsync(s => s.UserId == user.Id)));
    }

    [Fact]
    public async Task A_session_past_its_expiry_is_refused_and_the_next_sign_in_clears_it_away()
    {
        var user = await App.CreateUserAsync(Roles.Admin);
        var first = await RawCookies.SignInAsync(App, user.Email!);
        var row = await App.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.UserId == user.Id));
        // The cookie's own lifetime (Identity's 14 days), kept in the row that the server checks.
        Assert.InRange((row.ExpiresAt - row.CreatedAt).TotalDays, 13.99, 14.01);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, first.Session, "/account")).StatusCode);

        // The browser would still send the cookie; the server's row says the session has ended.
        await App.WithDbAsync(db => db.Sessions.Where(s => s.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        Assert.True(IsSentToSignIn(await RawCookies.ReplayAsync(App, first.Session, "/account")), "an expired session is refused");

        var second = await RawCookies.SignInAsync(App, user.Email!);
        var rows = await App.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.UserId == user.Id).ToListAsync());
        Assert.DoesNotContain(rows, r => r.Id == row.Id);
        Assert.Single(rows);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, second.Session, "/account")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_user_and_no_one_elses()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var other = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var laptop = await RawCookies.SignInAsync(App, user.Email!);
        var phone = await RawCookies.SignInAsync(App, user.Email!);
        var colleague = await RawCookies.SignInAsync(App, other.Email!);

        var laptopCookie = laptop.Session;

        var response = await laptop.PostFormAsync("/account?handler=SignOutEverywhere", "/account", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(IsSentToSignIn(await RawCookies.ReplayAsync(App, laptopCookie, "/account")));
        Assert.True(IsSentToSignIn(await RawCookies.ReplayAsync(App, phone.Session, "/account")));
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, colleague.Session, "/account")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_gets_401_and_the_users_other_token_still_works()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var (kept, revoked) = await App.WithDbAsync(async db =>
        {
            var row = await db.Users.SingleAsync(u => u.Id == user.Id);
            return (await Prongsai.Account.ApiTokens.CreateAsync(db, row, "kept"), await Prongsai.Account.ApiTokens.CreateAsync(db, row, "revoked"));
        });
        Assert.Equal(HttpStatusCode.OK, (await ApiGetAsync(revoked)).StatusCode);
        var revokedId = await App.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == user.Id && t.Name == "revoked").Select(t => t.Id).SingleAsync());

        var session = await App.SignInAsync(user.Email!);
        var page = await session.GetStringAsync("/account");
        Assert.Contains("revoked", page);
        var response = await session.PostAsync("/account?handler=RevokeToken", await AppFactory.FormAsync(session, "/account", new() { ["id"] = revokedId.ToString() }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiGetAsync(revoked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApiGetAsync(kept)).StatusCode);
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked_from_my_account_page()
    {
        var owner = await App.CreateUserAsync(Roles.Executive);
        var token = await App.WithDbAsync(async db => await Prongsai.Account.ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == owner.Id), "mine"));
        var id = await App.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == owner.Id).Select(t => t.Id).SingleAsync());
        var intruder = await App.SignedInAsync(Roles.Admin);

        await intruder.PostAsync("/account?handler=RevokeToken", await AppFactory.FormAsync(intruder, "/account", new() { ["id"] = id.ToString() }));

        Assert.Equal(HttpStatusCode.OK, (await ApiGetAsync(token)).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_gets_401_and_a_token_lists_its_creation_last_use_and_expiry()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var token = await App.WithDbAsync(async db => await Prongsai.Account.ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == user.Id), "expiring", days: 30));
        Assert.Equal(HttpStatusCode.OK, (await ApiGetAsync(token)).StatusCode);
        var row = await App.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.UserId == user.Id));
        Assert.NotNull(row.LastUsedAt);
        Assert.InRange((row.ExpiresAt - row.CreatedAt).TotalDays, 29.99, 30.01);

        await App.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == row.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiGetAsync(token)).StatusCode);
    }

    [Fact]
    public async Task A_token_lasts_at_most_a_year()
    {
        var client = await App.SignedInAsync(Roles.Executive);
        var response = await client.PostAsync("/account?handler=CreateToken", await AppFactory.FormAsync(client, "/account", new() { ["name"] = "too long", ["days"] = "366" }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("365", html);
        Assert.DoesNotContain("id=\"new-token\"", html);
        Assert.Equal(0, await App.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.Name == "too long")));
    }

    [Fact]
    public async Task A_locked_accounts_tokens_still_work()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var token = await App.WithDbAsync(async db => await Prongsai.Account.ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == user.Id), "integration"));
        var client = App.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = user.Email!, ["Password"] = "wrong-password-1" }));
        }

        var locked = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.True(locked.LockoutEnd > DateTimeOffset.UtcNow, "five wrong passwords should lock the account");
        var signIn = await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = user.Email!, ["Password"] = AppFactory.Password }));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ApiGetAsync(token)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_users_cookie_and_tokens_stop_working_at_once_and_work_again_when_enabled()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var token = await App.WithDbAsync(async db => await Prongsai.Account.ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == user.Id), "integration"));
        var session = await RawCookies.SignInAsync(App, user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, session.Session, "/account")).StatusCode);
        var admin = await App.SignedInAsync(Roles.Admin);

        var disabled = await admin.PostAsync("/a/banchang/users?handler=Disable", await AppFactory.FormAsync(admin, "/a/banchang/users", new() { ["id"] = user.Id }));

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Contains("ระงับผู้ใช้แล้ว", await disabled.Content.ReadAsStringAsync());
        Assert.True(IsSentToSignIn(await RawCookies.ReplayAsync(App, session.Session, "/account")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiGetAsync(token)).StatusCode);
        var again = App.Anonymous();
        var refused = await again.PostAsync("/account/login", await AppFactory.FormAsync(again, "/account/login", new() { ["Email"] = user.Email!, ["Password"] = AppFactory.Password }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var enabled = await admin.PostAsync("/a/banchang/users?handler=Enable", await AppFactory.FormAsync(admin, "/a/banchang/users", new() { ["id"] = user.Id }));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApiGetAsync(token)).StatusCode);
        await App.SignInAsync(user.Email!);
    }

    async Task<HttpResponseMessage> ApiGetAsync(string token)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/agencies/banchang/measures");
    }
}

public sealed class SqliteSessionAndTokenTests(SqliteApp app) : SessionAndTokenBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresSessionAndTokenTests(PostgresApp app) : SessionAndTokenBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
