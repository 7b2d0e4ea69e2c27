using Prongsai.Data;
using Xunit.Abstractions;

namespace Prongsai.Web.Tests;

/// <summary>
/// Sign-in time does not tell whether an e-mail has an account. Run alone (no other test hashing passwords at the
/// same time), interleaved and compared by medians, so that the machine's load falls on both kinds alike.
/// </summary>
public abstract class SignInTimingBehaviour<TApp>(TApp app, ITestOutputHelper output) : AppTest<TApp>(app) where TApp : AppFactory
{
    const int Rounds = 20;

    [Fact]
    public async Task Sign_in_takes_the_same_time_and_says_the_same_for_unknown_and_known_emails()
    {
        var known = await App.CreateUserAsync(Roles.Executive);
        var client = App.Anonymous();
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        var messages = new HashSet<string>();
        // Interleaved, so that the machine's load falls on both kinds alike; a success between rounds resets the
        // known account's failed-attempt count, so it never locks (a lock would skip its password check).
        // 20 rounds: every sign-in is held to the same floor of about a second, so the medians settle quickly and the
        // suite (which runs this alone) stays inside CI's time.
        for (var round = 0; round < Rounds; round++)
        {
            if (round % 4 == 0)
            {
                await AccountBehaviour<TApp>.SignInAttemptAsync(client, known.Email!, AppFactory.Password);
            }

            var (knownTime, knownMessage) = await AccountBehaviour<TApp>.TimedFailureAsync(client, known.Email!);
            var (unknownTime, unknownMessage) = await AccountBehaviour<TApp>.TimedFailureAsync(client, $"nobody-{round}@test.example");
            knownTimes.Add(knownTime);
            unknownTimes.Add(unknownTime);
            messages.Add(knownMessage);
            messages.Add(unknownMessage);
        }

        Assert.Single(messages);
        // The floor itself: what hides the one row a known account's failure writes (a few ms short for timer resolution).
        var fastest = knownTimes.Concat(unknownTimes).Min();
        Assert.True(fastest >= Prongsai.Account.SignInCheck.RefusalTime.TotalMilliseconds - 20, $"the fastest refusal took {fastest:F1} ms");
        output.WriteLine($"median of {Rounds}: known e-mail, wrong password {AccountBehaviour<TApp>.Median(knownTimes):F1} ms; unknown e-mail {AccountBehaviour<TApp>.Median(unknownTimes):F1} ms");
        var difference = Math.Abs(AccountBehaviour<TApp>.Median(knownTimes) - AccountBehaviour<TApp>.Median(unknownTimes));
        // A few milliseconds: Task.Delay and the thread pool jitter by that much on a machine at load average 80.
        Assert.True(difference < 10, $"median known {AccountBehaviour<TApp>.Median(knownTimes):F1} ms, unknown {AccountBehaviour<TApp>.Median(unknownTimes):F1} ms");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SignInTiming
{
    public const string Name = "sign-in timing";
}

[Collection(SignInTiming.Name)]
public sealed class SqliteSignInTimingTests(SqliteApp app, ITestOutputHelper output) : SignInTimingBehaviour<SqliteApp>(app, output), IClassFixture<SqliteApp>;

[Collection(SignInTiming.Name)]
public sealed class PostgresSignInTimingTests(PostgresApp app, ITestOutputHelper output) : SignInTimingBehaviour<PostgresApp>(app, output), IClassFixture<PostgresApp>;
