using Microsoft.Data.Sqlite;
using Prongsai.Tests.Cli;

namespace Prongsai.Tests.Faults;

/// <summary>A data folder with the demo agency, an administrator and an executive with API tokens, before any load.</summary>
sealed record TestServerSetup(string AdminEmail, string AdminToken, string ExecutiveToken, Guid MeasureId, ConsistencyCheck.State Baseline)
{
    public const string Password = "Correct-horse-42";

    public static async Task<TestServerSetup> PrepareAsync(string data)
    {
        await using (await ServerProcess.StartAsync(data))
        {
            // The first start creates the database and the demo agency; the users are added while it is down.
        }

        const string admin = "loadadmin@test.example";
        var adminToken = await AddUserAsync(data, admin, "admin");
        var executiveToken = await AddUserAsync(data, "loadexec@test.example", "executive");
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "prongsai.db")};Pooling=False");
        connection.Open();
        var measure = Guid.Parse(ConsistencyCheck.Scalar(connection, "SELECT Id FROM Measures ORDER BY Position LIMIT 1"));
        return new TestServerSetup(admin, adminToken, executiveToken, measure, ConsistencyCheck.Read(data));
    }

    static async Task<string> AddUserAsync(string data, string email, string role)
    {
        var added = await CliRun.Process("user", "add", "--data", data, "--agency", "banchang", "--email", email, "--role", role, "--password", Password);
        Assert.True(added.ExitCode == 0, added.Error);
        var token = await CliRun.Process("token", "create", "--data", data, "--email", email);
        Assert.True(token.ExitCode == 0, token.Error);
        return token.Output.Trim().Split('\n')[^1].Trim();
    }
}
