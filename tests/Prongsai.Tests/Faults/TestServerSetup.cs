using Prongsai.Tests.Cli;

namespace Prongsai.Tests.Faults;

/// <summary>
/// A data folder (and for PostgreSQL a fresh database) with the demo agency, an administrator and an executive with
/// API tokens, before any load; <see cref="MeasureIds"/> are the agency's measures of the published year.
/// </summary>
sealed record TestServerSetup(string AdminEmail, string AdminToken, string ExecutiveToken, IReadOnlyList<Guid> MeasureIds, ConsistencyCheck.State Baseline)
{
    public const string Password = "Correct-horse-42";

    public static async Task<TestServerSetup> PrepareAsync(string data) => await PrepareAsync(new TestDatabase(data), new ConsistencyCheck(new TestDatabase(data)));

    public static async Task<TestServerSetup> PrepareAsync(TestDatabase database, ConsistencyCheck check)
    {
        await using (await ServerProcess.StartAsync(database.DataDirectory, database.Postgres))
        {
            // The first start creates the database and the demo agency; the users are added while it is down.
        }

        const string admin = "loadadmin@test.example";
        var adminToken = await AddUserAsync(database, admin, "admin");
        var executiveToken = await AddUserAsync(database, "loadexec@test.example", "executive");
        var measures = check.MeasureIds(WriteWorkload.PublishedYear);
        Assert.NotEmpty(measures);
        return new TestServerSetup(admin, adminToken, executiveToken, measures, check.Read());
    }

    static async Task<string> AddUserAsync(TestDatabase database, string email, string role)
    {
        var added = await CliRun.Process(["user", "add", .. On(database), "--agency", "banchang", "--email", email, "--role", role, "--password", Password]);
        Assert.True(added.ExitCode == 0, added.Error);
        var token = await CliRun.Process(["token", "create", .. On(database), "--email", email]);
        Assert.True(token.ExitCode == 0, token.Error);
        return token.Output.Trim().Split('\n')[^1].Trim();
    }

    /// <summary>The command's data options: the same folder and database as the server.</summary>
    static string[] On(TestDatabase database) =>
        database.Postgres is { } postgres ? ["--data", database.DataDirectory, "--db", postgres] : ["--data", database.DataDirectory];
}
