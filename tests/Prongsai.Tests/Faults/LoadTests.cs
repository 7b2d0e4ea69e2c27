using Microsoft.Data.Sqlite;

namespace Prongsai.Tests.Faults;

/// <summary>
/// Bounded load runs against the real server (scripts/load-test.sh runs each 5 minutes and writes
/// bench/results/load.md): no server errors, every acknowledged write in the database afterwards, memory flat.
/// On PostgreSQL the database server is restarted during the run: requests in between get clean 503s and the
/// application recovers by itself. PRONGSAI_LOAD_SECONDS sets the length, PRONGSAI_LOAD_RESTARTS the restarts.
/// </summary>
[Trait("Category", "Slow")]
public class LoadTests
{
    /// <summary>How long PostgreSQL stays down at each restart.</summary>
    static readonly TimeSpan DownTime = TimeSpan.FromSeconds(2);

    /// <summary>After PostgreSQL is back, the time the application gets to answer everything again.</summary>
    static readonly TimeSpan Recovery = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task On_SQLite_a_mix_of_reads_edits_progress_and_imports_has_no_server_errors_and_loses_no_writes()
    {
        var data = NewDataFolder();
        try
        {
            var (run, summary) = await RunAsync(new TestDatabase(data), Seconds(3), "load-sqlite.txt", disturb: null);

            Assert.True(run.ServerErrors == 0, summary);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task On_PostgreSQL_restarted_mid_run_requests_fail_only_with_503_then_recover_and_no_write_is_lost()
    {
        var restarts = int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_LOAD_RESTARTS"), out var r) ? r : 1;
        var seconds = Seconds(20);
        var data = NewDataFolder();
        await using var cluster = await ThrowawayCluster.CreateAsync();
        var backUp = new List<TimeSpan>();
        try
        {
            var (run, summary) = await RunAsync(new TestDatabase(data, cluster.ConnectionString("prongsai_load")), seconds, "load-postgresql.txt", async run =>
            {
                for (var restart = 1; restart <= restarts; restart++)
                {
                    while (run.Elapsed < TimeSpan.FromSeconds(seconds * restart / (restarts + 1)))
                    {
                        await Task.Delay(100);
                    }

                    await cluster.StopAsync();
                    await Task.Delay(DownTime);
                    await cluster.StartAsync();
                    backUp.Add(run.Elapsed);
                }

                return $"PostgreSQL stopped (immediate) for {DownTime.TotalSeconds:0} s and started again {restarts} times; back up at {string.Join(", ", backUp.Select(t => $"{t.TotalSeconds:0.0} s"))}\n";
            });

            var failures = run.Statuses.Where(p => p.Key >= 500).ToDictionary();
            Assert.True(failures.Keys.All(status => status == 503), $"server errors other than 503:\n{summary}");
            Assert.True(failures.Count > 0, $"no request met the database down: the restart tested nothing\n{summary}");
            var recovered = run.PerSecond.Where(p => p.Key >= (int)Math.Ceiling((backUp[^1] + Recovery).TotalSeconds)).Select(p => p.Value).ToList();
            Assert.True(recovered.Sum(c => c.Answered) > 0 && recovered.Sum(c => c.Failed) == 0,
                $"{Recovery.TotalSeconds:0} s after PostgreSQL was back, requests still failed (the application did not recover by itself)\n{summary}");
        }
        finally
        {
            // Absent when the server never started: the test's own failure is the one to report.
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    static double Seconds(double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_LOAD_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : fallback;

    static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "prongsai-load-tests", Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Runs the mix (and <paramref name="disturb"/> beside it), then counts every acknowledged write back, checks the
    /// database and memory, and writes the summary to PRONGSAI_TEST_OUTPUT/<paramref name="summaryFile"/>.
    /// </summary>
    static async Task<(LoadRun Run, string Summary)> RunAsync(TestDatabase database, double seconds, string summaryFile, Func<LoadRun, Task<string>>? disturb)
    {
        var check = new ConsistencyCheck(database);
        var setup = await TestServerSetup.PrepareAsync(database, check);
        await using var server = await ServerProcess.StartAsync(database.DataDirectory, database.Postgres);
        var writes = new WriteWorkload(server.Address, setup.AdminToken, setup.ExecutiveToken, setup.AdminEmail, TestServerSetup.Password, new MeasurePool(setup.MeasureIds));
        var run = new LoadRun(server, setup.AdminToken, writes);
        var running = run.RunAsync(TimeSpan.FromSeconds(seconds));
        var disturbance = disturb is null ? "" : await disturb(run);
        await running;

        var state = check.Read();
        var lostUpdates = writes.AcknowledgedUpdates.Count(m => !state.UpdateTexts.Contains(m));
        var imported = (state.Measures - setup.Baseline.Measures - run.CreatedMeasures) / 3;
        var versions = Versions(database, run.AcknowledgedEdits.Keys);
        // A stored version above the acknowledged count is an edit whose answer the run's end cancelled, not a loss.
        var lostEdits = run.AcknowledgedEdits.Count(e => versions[e.Key] < 1 + e.Value);
        var summary = $"{database.Provider}: " + Summary(run, writes, seconds, lostUpdates, imported, lostEdits) + disturbance
            + $"edit versions stored vs acknowledged+1: {string.Join(", ", run.AcknowledgedEdits.Select(e => $"{versions[e.Key]}/{1 + e.Value}"))}\n";
        var output = Environment.GetEnvironmentVariable("PRONGSAI_TEST_OUTPUT") is { Length: > 0 } folder ? folder : Path.GetTempPath();
        await File.WriteAllTextAsync(Path.Combine(output, summaryFile), summary);

        Assert.True(state.Problems.Count == 0, string.Join("; ", state.Problems));
        Assert.True(lostUpdates == 0, summary);
        Assert.True(lostEdits == 0, summary);
        Assert.True(imported >= writes.AcknowledgedImports, summary);
        Assert.True(run.Requests > 0 && !writes.AcknowledgedUpdates.IsEmpty, summary);
        AssertMemoryFlat(run, summary);
        return (run, summary);
    }

    /// <summary>
    /// Only the long run (scripts/load-test.sh, a minute or more of samples) judges whether memory stays flat: the last
    /// tenth of the run averages at most a fifth above the second tenth (the first tenth is start-up and JIT). The
    /// test command's short run has too few samples for that; it checks that the server's memory was sampled during
    /// the run and never passed 1 GB (the server holds published files in memory, not the requests' data).
    /// </summary>
    static void AssertMemoryFlat(LoadRun run, string summary)
    {
        var memory = run.Memory.Select(m => (double)m.Bytes).ToList();
        Assert.True(memory.Count > 0, $"the server's memory was never sampled\n{summary}");
        Assert.True(memory.Max() < 1024d * 1024 * 1024, $"the server's memory reached {memory.Max() / 1048576:0} MB\n{summary}");
        if (memory.Count < 60)
        {
            return;
        }

        var tenth = memory.Count / 10;
        var warm = memory.Skip(tenth).Take(tenth).Average();
        var last = memory.TakeLast(tenth).Average();
        Assert.True(last <= warm * 1.2, $"memory grew from {warm / 1048576:0} MB to {last / 1048576:0} MB\n{summary}");
    }

    static Dictionary<Guid, int> Versions(TestDatabase database, IEnumerable<Guid> ids)
    {
        using var connection = database.Open();
        // PostgreSQL keeps ids as uuid; SQLite as text, in the case EF Core wrote.
        string Matching(Guid id) => database.IsPostgres ? $"\"Id\" = '{id}'" : $"upper(\"Id\") = upper('{id}')";
        return ids.ToDictionary(id => id, id => int.Parse(
            ConsistencyCheck.Scalar(connection, $"SELECT \"Version\" FROM \"Measures\" WHERE {Matching(id)}"), System.Globalization.CultureInfo.InvariantCulture));
    }

    static string Summary(LoadRun run, WriteWorkload writes, double seconds, int lostUpdates, int imported, int lostEdits)
    {
        var memory = run.Memory.Select(m => m.Bytes / 1024 / 1024).ToList();
        var tenth = Math.Max(1, memory.Count / 10);
        var lasted = run.Duration.TotalSeconds;
        return $"load run: {lasted:0} s on 127.0.0.1 ({seconds:0} s asked; longer only until each kind of write was acknowledged), {run.Requests} requests ({run.Requests / lasted:0} per second), {run.ServerErrors} server errors\n" +
            $"statuses: {string.Join(", ", run.Statuses.OrderBy(p => p.Key).Select(p => $"{p.Key} × {p.Value}"))}\n" +
            $"writes acknowledged vs found: progress updates {writes.AcknowledgedUpdates.Count}/{writes.AcknowledgedUpdates.Count - lostUpdates}, " +
            $"imports {writes.AcknowledgedImports}/{imported}, measure edits {run.AcknowledgedEdits.Values.Sum()} ({lostEdits} measures with a lost edit)\n" +
            (memory.Count == 0 ? "memory: not sampled\n" :
            $"server RSS (MB): first {tenth} s avg {memory.Take(tenth).Average():0}, last {tenth} s avg {memory.TakeLast(tenth).Average():0}, min {memory.Min()}, max {memory.Max()} ({memory.Count} samples)\n" +
            $"server RSS (MB) every tenth of the run: {string.Join(" → ", Enumerable.Range(1, 10).Select(i => memory[Math.Min(memory.Count - 1, i * memory.Count / 10)]))}\n");
    }
}
