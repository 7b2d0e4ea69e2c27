using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>What an administrator does to an account (UserAccounts): when it holds, and what a change at the same time does.</summary>
public abstract partial class AccountBehaviour<TApp>
{
    static readonly string TryAgain = AccountMessages.Describe(new IdentityError { Code = nameof(IdentityErrorDescriber.ConcurrencyFailure) });

    /// <summary>The user as a request loads it, with the request's UserAccounts (the scope is the request's).</summary>
    async Task<(AsyncServiceScope Scope, UserAccounts Accounts, AppUser Row)> AccountsOfAsync(string userId)
    {
        var scope = App.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<ProngsaiDb>().Users.SingleAsync(u => u.Id == userId);
        return (scope, scope.ServiceProvider.GetRequiredService<UserAccounts>(), row);
    }

    /// <summary>The user as a request loaded it, then changed by another request (another administrator) before it saves.</summary>
    async Task<(AsyncServiceScope Scope, UserAccounts Accounts, AppUser Stale)> ChangedMeanwhileAsync(string userId)
    {
        var loaded = await AccountsOfAsync(userId);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString())));
        return loaded;
    }

    Task<AppUser> RowAsync(string userId) => App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == userId));

    [Fact]
    public async Task A_reset_of_a_user_another_administrator_changed_meanwhile_says_try_again_and_keeps_the_password_and_sessions()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var session = await RawCookies.SignInAsync(App, user.Email!);
        var before = await RowAsync(user.Id);
        var (scope, accounts, stale) = await ChangedMeanwhileAsync(user.Id);
        await using (scope)
        {
            var (password, error) = await accounts.ResetPasswordAsync(stale);

            Assert.Equal(((string?)null, TryAgain), (password, error));
        }

        var after = await RowAsync(user.Id);
        Assert.Equal((before.PasswordHash, false), (after.PasswordHash, after.MustChangePassword));
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, session.Session, "/account")).StatusCode);
    }

    [Fact]
    public async Task Disabling_enabling_or_renaming_a_user_changed_meanwhile_says_try_again_and_saves_nothing()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var session = await RawCookies.SignInAsync(App, user.Email!);

        var (scope, accounts, stale) = await ChangedMeanwhileAsync(user.Id);
        await using (scope)
        {
            Assert.Equal(TryAgain, await accounts.SetDisabledAsync(stale, disabled: true));
        }

        Assert.Null((await RowAsync(user.Id)).DisabledAt);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.ReplayAsync(App, session.Session, "/account")).StatusCode);

        (scope, accounts, stale) = await ChangedMeanwhileAsync(user.Id);
        await using (scope)
        {
            Assert.Equal(TryAgain, await accounts.UpdateAsync(stale, "นายสมชาย", null, Roles.Executive, null));
        }

        Assert.Null((await RowAsync(user.Id)).DisplayName);

        await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledAt, DateTime.UtcNow)));
        (scope, accounts, stale) = await ChangedMeanwhileAsync(user.Id);
        await using (scope)
        {
            Assert.Equal(TryAgain, await accounts.SetDisabledAsync(stale, disabled: false));
        }

        Assert.NotNull((await RowAsync(user.Id)).DisabledAt);
    }

    [Fact]
    public async Task Each_change_that_holds_answers_with_no_refusal()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var (scope, accounts, row) = await AccountsOfAsync(user.Id);
        await using var _ = scope;

        Assert.Null(await accounts.UpdateAsync(row, "นายสมชาย", null, Roles.Executive, null));
        Assert.Null(await accounts.SetDisabledAsync(row, disabled: true));
        Assert.Null(await accounts.SetDisabledAsync(row, disabled: false));
        Assert.NotNull((await accounts.ResetPasswordAsync(row)).Password);
    }

    [Fact]
    public async Task Disabling_a_disabled_user_again_changes_nothing()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var (scope, accounts, row) = await AccountsOfAsync(user.Id);
        await using var _ = scope;
        Assert.Null(await accounts.SetDisabledAsync(row, disabled: true));
        var disabled = await RowAsync(user.Id);
        await Task.Delay(20); // so that a second disabling would stamp a later time

        Assert.Null(await accounts.SetDisabledAsync(row, disabled: true));

        var again = await RowAsync(user.Id);
        Assert.Equal((disabled.DisabledAt, disabled.SecurityStamp, disabled.ConcurrencyStamp), (again.DisabledAt, again.SecurityStamp, again.ConcurrencyStamp));
    }

    [Fact]
    public async Task A_session_from_before_a_user_was_disabled_stays_ended_when_the_user_is_enabled_again()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var session = await RawCookies.SignInAsync(App, user.Email!);
        var admin = await App.SignedInAsync(Roles.Admin);

        var disabled = await admin.PostAsync("/a/banchang/users?handler=Disable", await AppFactory.FormAsync(admin, "/a/banchang/users", new() { ["id"] = user.Id }));
        var enabled = await admin.PostAsync("/a/banchang/users?handler=Enable", await AppFactory.FormAsync(admin, "/a/banchang/users", new() { ["id"] = user.Id }));

        Assert.Contains("ระงับผู้ใช้แล้ว", await disabled.Content.ReadAsStringAsync());
        Assert.Contains("เปิดใช้ผู้ใช้แล้ว", await enabled.Content.ReadAsStringAsync());
        Assert.Null((await RowAsync(user.Id)).DisabledAt);
        Assert.Equal(HttpStatusCode.Redirect, (await RawCookies.ReplayAsync(App, session.Session, "/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAttemptAsync(App.Anonymous(), user.Email!, AppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task A_user_who_is_no_editor_belongs_to_no_unit()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var admin = await App.SignedInAsync(Roles.Admin);

        var response = await EditUserAsync(admin, new() { ["id"] = user.Id, ["displayName"] = "", ["position"] = "", ["role"] = Roles.Executive, ["unit"] = "กองช่าง" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((Roles.Executive, (string?)null), ((await RowAsync(user.Id)).Role, (await RowAsync(user.Id)).UnitName));
    }

    [Fact]
    public async Task A_position_of_exactly_200_characters_is_kept()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var admin = await App.SignedInAsync(Roles.Admin);

        await EditUserAsync(admin, new() { ["id"] = user.Id, ["displayName"] = "", ["position"] = new string('ง', 200), ["role"] = Roles.Executive });

        Assert.Equal(new string('ง', 200), (await RowAsync(user.Id)).Position);
    }

    [Fact]
    public async Task The_last_enabled_system_administrator_can_be_neither_demoted_nor_disabled()
    {
        var only = await App.CreateUserAsync(Roles.SysAdmin, agencySlug: null);
        var others = await App.WithDbAsync(db => db.Users.Where(u => u.Role == Roles.SysAdmin && u.Id != only.Id && u.DisabledAt == null).Select(u => u.Id).ToListAsync());
        await App.WithDbAsync(db => db.Users.Where(u => others.Contains(u.Id)).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledAt, DateTime.UtcNow)));
        try
        {
            var (scope, accounts, row) = await AccountsOfAsync(only.Id);
            await using var _ = scope;

            Assert.True(await accounts.IsLastAdministratorAsync(row));
            Assert.Equal(AccountMessages.LastAdministrator, await accounts.SetDisabledAsync(row, disabled: true));
            Assert.Equal(AccountMessages.LastAdministrator, await accounts.UpdateAsync(row, null, null, Roles.Admin, null));
            Assert.Equal((Roles.SysAdmin, (DateTime?)null), ((await RowAsync(only.Id)).Role, (await RowAsync(only.Id)).DisabledAt));

            // A disabled system administrator is nobody's last; with a second enabled one, the first may be disabled.
            var second = await App.CreateUserAsync(Roles.SysAdmin, agencySlug: null);
            Assert.False(await accounts.IsLastAdministratorAsync(row));
            Assert.Null(await accounts.SetDisabledAsync(row, disabled: true));
            Assert.False(await accounts.IsLastAdministratorAsync(row));
            var secondRow = await scope.ServiceProvider.GetRequiredService<ProngsaiDb>().Users.SingleAsync(u => u.Id == second.Id);
            Assert.True(await accounts.IsLastAdministratorAsync(secondRow));
        }
        finally
        {
            await App.WithDbAsync(db => db.Users.Where(u => others.Contains(u.Id)).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledAt, (DateTime?)null)));
        }
    }
}
