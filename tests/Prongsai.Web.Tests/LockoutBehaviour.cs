using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>
/// Five wrong passwords lock an account for 15 minutes (README). Identity in .NET 10 reads the time from
/// DateTimeOffset.UtcNow, not from TimeProvider (that comes with .NET 11), so the lock's end is read from the
/// database and its passing is made by moving that end into the past, not by a test clock.
/// </summary>
public abstract class LockoutBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task Four_wrong_passwords_leave_the_account_open()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var client = App.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, user.Email!, "wrong-password-1")).StatusCode);
        }

        Assert.Null(await LockoutEndAsync(user.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, user.Email!, AppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task The_fifth_wrong_password_locks_the_account_for_15_minutes_then_it_opens_again()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var client = App.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(client, user.Email!, "wrong-password-1");
        }

        var lockedAt = DateTimeOffset.UtcNow;
        var end = await LockoutEndAsync(user.Id) ?? throw new Xunit.Sdk.XunitException("five wrong passwords did not lock the account");
        Assert.InRange(end - lockedAt, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        var refused = await SignInAsync(client, user.Email!, AppFactory.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ล็อก", await refused.Content.ReadAsStringAsync());

        // The 15 minutes pass.
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddSeconds(-1))));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(App.Anonymous(), user.Email!, AppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task A_successful_sign_in_starts_the_count_again_and_so_does_a_lock()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var bystander = await App.CreateUserAsync(Roles.Executive);
        var client = App.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync(client, user.Email!, "wrong-password-1");
        }

        Assert.Equal(4, await FailedCountAsync(user.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(App.Anonymous(), user.Email!, AppFactory.Password)).StatusCode);
        Assert.Equal(0, await FailedCountAsync(user.Id));
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync(client, user.Email!, "wrong-password-1");
        }

        Assert.Null(await LockoutEndAsync(user.Id));
        await SignInAsync(client, user.Email!, "wrong-password-1");
        Assert.NotNull(await LockoutEndAsync(user.Id));
        Assert.Equal(0, await FailedCountAsync(user.Id));
        // While locked, nothing more is counted (the password is not even compared).
        await SignInAsync(client, user.Email!, "wrong-password-1");
        Assert.Equal(0, await FailedCountAsync(user.Id));

        // Neither those failures nor one for an e-mail without an account counted against anybody else.
        await SignInAsync(client, $"nobody-{Guid.NewGuid():N}@test.example", "wrong-password-1");
        Assert.Equal(0, await FailedCountAsync(bystander.Id));
    }

    [Fact]
    public async Task The_email_is_found_without_its_spaces_and_input_over_256_characters_counts_as_no_account()
    {
        var user = await App.CreateUserAsync(Roles.Executive);

        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(App.Anonymous(), $"  {user.Email}  ", AppFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(App.Anonymous(), user.Email!.PadLeft(256), AppFactory.Password)).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await SignInAsync(App.Anonymous(), user.Email!.PadLeft(257), AppFactory.Password)).StatusCode);
        Assert.Equal(0, await FailedCountAsync(user.Id));

        await SignInAsync(App.Anonymous(), user.Email!, new string('x', 256));
        Assert.Equal(1, await FailedCountAsync(user.Id));
        await SignInAsync(App.Anonymous(), user.Email!, new string('x', 257));
        Assert.Equal(1, await FailedCountAsync(user.Id));
    }

    [Fact]
    public async Task A_disabled_users_wrong_password_is_not_counted()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledAt, DateTime.UtcNow)));

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(App.Anonymous(), user.Email!, AppFactory.Password)).StatusCode);
        await SignInAsync(App.Anonymous(), user.Email!, "wrong-password-1");

        Assert.Equal(0, await FailedCountAsync(user.Id));
    }

    Task<int> FailedCountAsync(string userId) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.AccessFailedCount).SingleAsync());

    async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = email, ["Password"] = password }));

    Task<DateTimeOffset?> LockoutEndAsync(string userId) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync());
}

public sealed class SqliteLockoutTests(SqliteApp app) : LockoutBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresLockoutTests(PostgresApp app) : LockoutBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
