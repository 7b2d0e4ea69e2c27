using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Sign-in that tells nothing, the forced password change, and the administrator's users page.</summary>
public abstract partial class AccountBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task A_locked_account_answers_like_an_unknown_email()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var client = App.Anonymous();
        for (var i = 0; i < 6; i++)
        {
            await SignInAttemptAsync(client, user.Email!, "wrong-password-1");
        }

        var locked = await SignInAttemptAsync(client, user.Email!, AppFactory.Password);
        var unknown = await SignInAttemptAsync(client, "nobody-locked@test.example", "wrong-password-1");
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(Message(await locked.Content.ReadAsStringAsync()), Message(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(ThaiPart(AccountMessages.WrongSignIn), Message(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_one_time_password_must_be_changed_before_any_other_page_and_tokens_are_unaffected()
    {
        var user = await App.CreateUserAsync(Roles.Admin);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, true)));
        var token = await App.WithDbAsync(async db => await ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == user.Id), "integration"));
        var client = App.Anonymous();

        var signIn = await SignInAttemptAsync(client, user.Email!, AppFactory.Password);
        Assert.Equal("/account/password", signIn.Headers.Location!.OriginalString);
        foreach (var url in new[] { "/", "/account", "/a/banchang/measures", "/a/banchang/users" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString == "/account/password", $"{url}: {(int)response.StatusCode}");
        }

        Assert.Contains("id=\"must-change\"", await client.GetStringAsync("/account/password"));
        var api = App.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/agencies/banchang/measures")).StatusCode);

        var elsewhere = await RawCookies.SignInAsync(App, user.Email!);
        var same = await ChangePasswordAsync(client, AppFactory.Password, AppFactory.Password);
        Assert.Contains("ต้องไม่ซ้ำ", await same.Content.ReadAsStringAsync());
        var changed = await ChangePasswordAsync(client, AppFactory.Password, "Brand-new-pass-7");
        Assert.Equal("/account?changed=password", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/a/banchang/measures")).StatusCode);
        var otherSession = await RawCookies.ReplayAsync(App, elsewhere.Session, "/account");
        Assert.Contains("/account/login", otherSession.Headers.Location!.OriginalString);
        Assert.False(await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.MustChangePassword).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await SignInAttemptAsync(App.Anonymous(), user.Email!, AppFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAttemptAsync(App.Anonymous(), user.Email!, "Brand-new-pass-7")).StatusCode);
    }

    [Fact]
    public async Task A_user_added_on_the_web_signs_in_with_the_one_time_password_and_must_change_it()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var email = $"added-{Guid.NewGuid():N}@test.example";
        var added = await admin.PostAsync("/a/banchang/users", await AppFactory.FormAsync(admin, "/a/banchang/users", new() { ["Email"] = email, ["Role"] = Roles.Executive, ["Unit"] = "" }));
        var password = OneTimePassword(await added.Content.ReadAsStringAsync());

        var signIn = await SignInAttemptAsync(App.Anonymous(), email, password);
        Assert.Equal("/account/password", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_administrator_edits_a_users_name_position_role_and_unit()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var admin = await App.SignedInAsync(Roles.Admin);
        Assert.Contains(user.Email!, await admin.GetStringAsync("/a/banchang/users"));

        var response = await EditUserAsync(admin, new()
        {
            ["id"] = user.Id, ["displayName"] = " นายสมชาย ใจดี ", ["position"] = "ผู้อำนวยการกองคลัง", ["role"] = Roles.Editor, ["unit"] = "กองคลัง",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"นายสมชาย ใจดี\"", html);
        var saved = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(("นายสมชาย ใจดี", "ผู้อำนวยการกองคลัง", Roles.Editor, "กองคลัง"), (saved.DisplayName, saved.Position, saved.Role, saved.UnitName));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == user.Id && e.Action == "modified")));

        var noUnit = await EditUserAsync(admin, new()
        {
            ["id"] = user.Id, ["displayName"] = "", ["position"] = "", ["role"] = Roles.Editor, ["unit"] = "",
        });
        Assert.Contains("ต้องมีกอง/สำนัก", await noUnit.Content.ReadAsStringAsync());
        Assert.Equal("นายสมชาย ใจดี", await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task A_reset_shows_a_one_time_password_once_and_ends_the_users_sessions()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var session = await RawCookies.SignInAsync(App, user.Email!);
        var admin = await App.SignedInAsync(Roles.Admin);

        var response = await admin.PostAsync("/a/banchang/users?handler=Reset", await AppFactory.FormAsync(admin, "/a/banchang/users", new() { ["id"] = user.Id }));
        var password = OneTimePassword(await response.Content.ReadAsStringAsync());

        Assert.DoesNotContain(password, await admin.GetStringAsync("/a/banchang/users"));
        Assert.Equal(HttpStatusCode.Redirect, (await RawCookies.ReplayAsync(App, session.Session, "/account")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAttemptAsync(App.Anonymous(), user.Email!, AppFactory.Password)).StatusCode);
        var signIn = await SignInAttemptAsync(App.Anonymous(), user.Email!, password);
        Assert.Equal("/account/password", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_reset_also_opens_a_locked_account()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)).SetProperty(x => x.AccessFailedCount, 3)));
        var admin = await App.SignedInAsync(Roles.Admin);

        var response = await admin.PostAsync("/a/banchang/users?handler=Reset", await AppFactory.FormAsync(admin, "/a/banchang/users", new() { ["id"] = user.Id }));

        var password = OneTimePassword(await response.Content.ReadAsStringAsync());
        var row = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(((DateTimeOffset?)null, 0), (row.LockoutEnd, row.AccessFailedCount));
        var signIn = await SignInAttemptAsync(App.Anonymous(), user.Email!, password);
        Assert.Equal("/account/password", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Changing_a_users_name_keeps_their_session_and_changing_their_role_or_unit_ends_it()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var session = await RawCookies.SignInAsync(App, user.Email!);
        var admin = await App.SignedInAsync(Roles.Admin);
        Task<HttpResponseMessage> EditAsync(string name, string role, string unit) =>
            EditUserAsync(admin, new() { ["id"] = user.Id, ["displayName"] = name, ["position"] = "", ["role"] = role, ["unit"] = unit });

        Assert.Equal(HttpStatusCode.OK, (await EditAsync("นางมาลี ชื่อใหม่", Roles.Editor, "กองคลัง")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, session.Session, "/account")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await EditAsync("นางมาลี ชื่อใหม่", Roles.Editor, "กองช่าง")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RawCookies.ReplayAsync(App, session.Session, "/account")).StatusCode);

        var again = await RawCookies.SignInAsync(App, user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await EditAsync("นางมาลี ชื่อใหม่", Roles.Executive, "")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RawCookies.ReplayAsync(App, again.Session, "/account")).StatusCode);
        var row = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal(("นางมาลี ชื่อใหม่", Roles.Executive, (string?)null), (row.DisplayName, row.Role, row.UnitName));
    }

    [Fact]
    public async Task A_name_or_position_over_200_characters_is_refused_in_thai_digits_and_nothing_changes()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var admin = await App.SignedInAsync(Roles.Admin);
        foreach (var (name, position) in new[] { (new string('ก', 201), "ปลัด"), ("นายสมชาย", new string('ข', 201)) })
        {
            var response = await EditUserAsync(admin, new()
            {
                ["id"] = user.Id, ["displayName"] = name, ["position"] = position, ["role"] = Roles.Executive,
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("ชื่อและตำแหน่งยาวได้ไม่เกิน ๒๐๐ ตัวอักษร", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var exactly = await EditUserAsync(admin, new()
        {
            ["id"] = user.Id, ["displayName"] = new string('ค', 200), ["position"] = "", ["role"] = Roles.Executive,
        });
        Assert.Equal(HttpStatusCode.OK, exactly.StatusCode);
        var row = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal((new string('ค', 200), (string?)null), (row.DisplayName, row.Position));
    }

    [Fact]
    public async Task Disabling_and_resetting_ask_first_and_asking_changes_nothing()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var admin = await App.SignedInAsync(Roles.Admin);
        var stampBefore = await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync());

        var disable = await admin.GetStringAsync($"/a/banchang/users?confirm=disable&id={user.Id}");
        var reset = await admin.GetStringAsync($"/a/banchang/users?confirm=reset&id={user.Id}");
        var list = await admin.GetStringAsync("/a/banchang/users");

        Assert.Contains("ระงับผู้ใช้นี้หรือไม่", disable);
        Assert.Contains("?handler=Disable", disable);
        Assert.Contains("ตั้งรหัสผ่านใหม่ให้ผู้ใช้นี้หรือไม่", reset);
        Assert.Contains("?handler=Reset", reset);
        Assert.DoesNotContain("id=\"confirm\"", list);
        Assert.DoesNotContain("?handler=Disable", list);
        Assert.Null(await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.DisabledAt).SingleAsync()));
        Assert.Equal(stampBefore, await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync()));
    }

    [Fact]
    public async Task Revoking_a_token_asks_first_then_says_it_is_done()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        await App.WithDbAsync(async db => await Prongsai.Account.ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == user.Id), "sync"));
        var id = await App.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == user.Id).Select(t => t.Id).SingleAsync());
        var session = await App.SignInAsync(user.Email!);

        var asking = await session.GetStringAsync($"/account?revoke={id}");
        Assert.Contains("เพิกถอนโทเค็นนี้หรือไม่", asking);
        Assert.Equal(1, await App.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id)));

        var revoked = await session.PostAsync("/account?handler=RevokeToken", await AppFactory.FormAsync(session, $"/account?revoke={id}", new() { ["id"] = id.ToString() }));
        Assert.Equal("/account?done=revoked", revoked.Headers.Location!.OriginalString);
        Assert.Contains("เพิกถอนโทเค็นแล้ว", await session.GetStringAsync("/account?done=revoked"));
        Assert.Equal(0, await App.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id)));
    }

    [Fact]
    public async Task The_last_enabled_administrator_of_an_agency_can_be_neither_demoted_nor_disabled()
    {
        var slug = $"lone-{Guid.NewGuid().ToString("N")[..8]}";
        await App.WithDbAsync(async db =>
        {
            db.Agencies.Add(new Agency { Slug = slug, Name = "องค์การบริหารส่วนตำบลทดสอบ", Type = "องค์การบริหารส่วนตำบล", Units = [new AgencyUnit { Name = "สำนักปลัด" }] });
            return await db.SaveChangesAsync();
        });
        var only = await App.CreateUserAsync(Roles.Admin, slug);
        var client = await App.SignInAsync(only.Email!);
        var page = $"/a/{slug}/users";

        var demoted = await client.PostAsync($"{page}?handler=Edit", await AppFactory.FormAsync(client, page, new() { ["id"] = only.Id, ["role"] = Roles.Executive }));
        var disabled = await client.PostAsync($"{page}?handler=Disable", await AppFactory.FormAsync(client, page, new() { ["id"] = only.Id }));

        Assert.Contains(ThaiPart(AccountMessages.LastAdministrator), WebUtility.HtmlDecode(await demoted.Content.ReadAsStringAsync()));
        Assert.Contains(ThaiPart(AccountMessages.LastAdministrator), WebUtility.HtmlDecode(await disabled.Content.ReadAsStringAsync()));
        var after = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == only.Id));
        Assert.Equal((Roles.Admin, (DateTime?)null), (after.Role, after.DisabledAt));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);

        // With a second administrator, the first may step down.
        await App.CreateUserAsync(Roles.Admin, slug);
        var stepDown = await client.PostAsync($"{page}?handler=Edit", await AppFactory.FormAsync(client, page, new() { ["id"] = only.Id, ["role"] = Roles.Executive }));
        Assert.Equal(HttpStatusCode.OK, stepDown.StatusCode);
        Assert.Equal(Roles.Executive, await App.WithDbAsync(db => db.Users.Where(u => u.Id == only.Id).Select(u => u.Role).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Executive)]
    public async Task Only_administrators_change_users(string role)
    {
        var target = await App.CreateUserAsync(Roles.Executive);
        var client = await App.SignedInAsync(role);
        foreach (var handler in new[] { "Edit", "Reset", "Disable" })
        {
            var response = await client.PostAsync($"/a/banchang/users?handler={handler}",
                await AppFactory.FormAsync(client, "/a/banchang/users", new() { ["id"] = target.Id, ["role"] = Roles.Admin, ["displayName"] = "ปลอม" }));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var after = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == target.Id));
        Assert.Equal((Roles.Executive, (string?)null, (DateTime?)null, false), (after.Role, after.DisplayName, after.DisabledAt, after.MustChangePassword));
    }

    /// <summary>The users page's edit form, as an administrator of the demo agency posts it.</summary>
    static async Task<HttpResponseMessage> EditUserAsync(HttpClient admin, Dictionary<string, string> fields) =>
        await admin.PostAsync("/a/banchang/users?handler=Edit", await AppFactory.FormAsync(admin, "/a/banchang/users", fields));

    internal static async Task<HttpResponseMessage> SignInAttemptAsync(HttpClient client, string email, string password) =>
        await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = email, ["Password"] = password }));

    static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next) =>
        await client.PostAsync("/account/password", await AppFactory.FormAsync(client, "/account/password", new()
        {
            ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = next,
        }));

    /// <summary>The time of the POST alone (the form is fetched before the clock starts) and the message shown.</summary>
    internal static async Task<(double Milliseconds, string Message)> TimedFailureAsync(HttpClient client, string email)
    {
        var form = await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = email, ["Password"] = "wrong-password-1" });
        var started = Stopwatch.GetTimestamp();
        var response = await client.PostAsync("/account/login", form);
        var html = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (elapsed, Message(html));
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>What a Thai page shows of a "ไทย (English)" message: the Thai.</summary>
    static string ThaiPart(string message) => message[..message.LastIndexOf(" (", StringComparison.Ordinal)];

    static string Message(string html) => WebUtility.HtmlDecode(AlertPattern().Match(html).Groups[1].Value);

    static string OneTimePassword(string html)
    {
        var match = OneTimePasswordPattern().Match(html);
        Assert.True(match.Success, "no one-time password on the page");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex AlertPattern();

    [GeneratedRegex("id=\"one-time-password\">([^<]+)<")]
    private static partial Regex OneTimePasswordPattern();
}

public sealed class SqliteAccountTests(SqliteApp app) : AccountBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccountTests(PostgresApp app) : AccountBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
