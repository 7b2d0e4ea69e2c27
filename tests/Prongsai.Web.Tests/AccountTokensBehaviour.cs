using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>API tokens as stored: only a hash, a bounded name and life, a last use written at most once a minute, revoked one or all.</summary>
public abstract class AccountTokensBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    [InlineData(-1, false)]
    public void A_token_lasts_one_day_to_a_year(int days, bool valid) => Assert.Equal(valid, ApiTokens.IsValidDays(days));

    [Fact]
    public async Task Only_the_tokens_hash_is_stored_under_its_trimmed_and_bounded_name()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var token = await App.WithDbAsync(async db => await ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == user.Id), "  " + new string('ก', 120) + " "));
        var row = await App.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.UserId == user.Id));

        Assert.Matches("^pst_[0-9a-f]{64}$", token);
        Assert.Equal(ApiTokens.Hash(token), row.Hash);
        Assert.DoesNotContain(token, row.Hash);
        Assert.Equal(new string('ก', ApiTokens.NameMaxLength), row.Name);
        Assert.Equal(TimeSpan.FromDays(ApiTokens.DefaultDays), row.ExpiresAt - row.CreatedAt);
        Assert.Null(row.LastUsedAt);
    }

    [Fact]
    public async Task A_life_outside_one_day_to_a_year_is_refused_and_nothing_is_stored()
    {
        var user = await App.CreateUserAsync(Roles.Executive);

        await App.WithDbAsync(async db =>
        {
            var row = await db.Users.SingleAsync(u => u.Id == user.Id);
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ApiTokens.CreateAsync(db, row, "zero", days: 0));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ApiTokens.CreateAsync(db, row, "too long", days: 366));
            return 0;
        });

        Assert.Equal(0, await App.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id)));
    }

    [Fact]
    public async Task The_last_use_is_written_at_most_once_a_minute_and_a_token_ends_at_its_expiry()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var token = await App.WithDbAsync(async db => await ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == user.Id), "sync", days: 30));
        var row = await App.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.UserId == user.Id));
        var first = row.CreatedAt.AddHours(1);

        Assert.Equal(user.Id, (await FindAsync(token, first))?.Id);
        Assert.Equal(first, await LastUsedAsync(row.Id));
        await FindAsync(token, first.AddSeconds(60));
        Assert.Equal(first, await LastUsedAsync(row.Id));
        await FindAsync(token, first.AddSeconds(61));
        Assert.Equal(first.AddSeconds(61), await LastUsedAsync(row.Id));

        Assert.NotNull(await FindAsync(token, row.ExpiresAt.AddTicks(-10)));
        Assert.Null(await FindAsync(token, row.ExpiresAt));
        Assert.Null(await FindAsync(token + "0", first));
    }

    [Fact]
    public async Task One_token_or_all_of_a_users_tokens_are_revoked_and_no_one_elses()
    {
        var user = await App.CreateUserAsync(Roles.Executive);
        var other = await App.CreateUserAsync(Roles.Executive);
        await App.WithDbAsync(async db =>
        {
            var row = await db.Users.SingleAsync(u => u.Id == user.Id);
            foreach (var name in new[] { "a", "b", "c" })
            {
                await ApiTokens.CreateAsync(db, row, name);
            }

            await ApiTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.Id == other.Id), "theirs");
            return 0;
        });
        var one = await App.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == user.Id && t.Name == "a").Select(t => t.Id).SingleAsync());
        var theirs = await App.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == other.Id).Select(t => t.Id).SingleAsync());

        Assert.Equal(0, await App.WithDbAsync(db => ApiTokens.RevokeAsync(db, user.Id, theirs)));
        Assert.Equal(1, await App.WithDbAsync(db => ApiTokens.RevokeAsync(db, user.Id, one)));
        Assert.Equal(["b", "c"], await App.WithDbAsync(db => db.ApiTokens.Where(t => t.UserId == user.Id).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync()));
        Assert.Equal(2, await App.WithDbAsync(db => ApiTokens.RevokeAsync(db, user.Id, null)));
        Assert.Equal(0, await App.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == user.Id)));
        Assert.Equal(1, await App.WithDbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == other.Id)));
    }

    Task<AppUser?> FindAsync(string token, DateTime now) => App.WithDbAsync(db => ApiTokens.FindUserAsync(db, token, now, CancellationToken.None));

    Task<DateTime?> LastUsedAsync(Guid id) => App.WithDbAsync(db => db.ApiTokens.AsNoTracking().Where(t => t.Id == id).Select(t => t.LastUsedAt).SingleAsync());
}

public sealed class SqliteAccountTokensTests(SqliteApp app) : AccountTokensBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccountTokensTests(PostgresApp app) : AccountTokensBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
