using System.Globalization;

namespace Prongsai.Tests.Faults;

/// <summary>
/// kill -9 of the real server at random moments while it imports, records progress with evidence and publishes, on
/// SQLite and on PostgreSQL: after each kill the database is whole, nothing half-written is visible, and every
/// acknowledged write is there. PRONGSAI_KILLS sets the number of kills per database (scripts/kill-test.sh runs 200),
/// PRONGSAI_KILL_SEED replays one run.
/// </summary>
[Trait("Category", "Slow")]
public class KillDuringWritesTests
{
    const string Password = TestServerSetup.Password;

    [Fact]
    public async Task On_SQLite_acknowledged_writes_survive_kill_9_and_nothing_half_written_is_visible() =>
        await RunAsync(data => new TestDatabase(data));

    [Fact]
    public async Task On_PostgreSQL_acknowledged_writes_survive_kill_9_and_nothing_half_written_is_visible() =>
        await RunAsync(data => TestDatabase.FreshPostgres(data, "prongsai_kill"));

    static async Task RunAsync(Func<string, TestDatabase> databaseIn)
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_KILLS"), out var k) ? k : 4;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_KILL_SEED"), out var s) ? s : Random.Shared.Next();
        var random = new Random(seed);
        var data = Path.Combine(Path.GetTempPath(), "prongsai-kill-tests", Guid.NewGuid().ToString("N"));
        var database = databaseIn(data);
        var provider = database.Provider;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var check = new ConsistencyCheck(database);
            var setup = await TestServerSetup.PrepareAsync(database, check);
            var (adminToken, executiveToken, baseline) = (setup.AdminToken, setup.ExecutiveToken, setup.Baseline);
            var measures = new MeasurePool(setup.MeasureIds);
            var workload = new WriteWorkload(new Uri("http://127.0.0.1"), adminToken, executiveToken, setup.AdminEmail, Password, measures);
            var log = new List<string>();
            var published = new List<bool>();

            for (var round = 0; round < kills; round++)
            {
                // Once this year's measures have their updates, progress goes on the measures the imports brought in.
                if (measures.FreeSlots < 10 * MeasurePool.DefaultCap)
                {
                    measures.Add(check.MeasureIds(WriteWorkload.ImportYear), most: 20);
                }

                await using var server = await ServerProcess.StartAsync(data, database.Postgres);
                var current = new WriteWorkload(server.Address, adminToken, executiveToken, setup.AdminEmail, Password, measures);
                using var stop = new CancellationTokenSource();
                var writing = current.RunAsync(stop.Token);
                // A random moment once the writes are flowing: a kill before the first answer tests nothing.
                // Every other round waits for a publication too, so that later approvals are killed mid-render.
                var waitForPublication = round % 2 == 1;
                for (var wait = 0; wait < 400 && (current.AcknowledgedUpdates.IsEmpty || (waitForPublication && current.AcknowledgedPublications == 0)); wait++)
                {
                    await Task.Delay(50);
                }

                await Task.Delay(random.Next(0, 1500));
                await server.KillAsync();
                await stop.CancelAsync();
                await writing;

                foreach (var marker in current.AcknowledgedUpdates)
                {
                    workload.AcknowledgedUpdates.Add(marker);
                }

                foreach (var seconds in current.ApprovalSeconds)
                {
                    workload.ApprovalSeconds.Enqueue(seconds);
                }

                workload.AcknowledgedImports += current.AcknowledgedImports;
                workload.AcknowledgedPublications += current.AcknowledgedPublications;
                workload.Attempts += current.Attempts;

                var state = check.Read();
                var imported = state.Measures - baseline.Measures;
                var at = $"{provider}, seed {seed}, kill {round + 1}";
                Assert.True(current.ServerErrors.IsEmpty, $"{at}: server errors before the kill: {string.Join("; ", current.ServerErrors)}");
                Assert.True(state.Problems.Count == 0, $"{at}: {string.Join("; ", state.Problems)}");
                Assert.True(imported % 3 == 0, $"{at}: {imported} imported measures is not whole imports of three");
                Assert.True(imported / 3 >= workload.AcknowledgedImports, $"{at}: {workload.AcknowledgedImports} imports acknowledged, {imported / 3} found");
                var lost = workload.AcknowledgedUpdates.Where(m => !state.UpdateTexts.Contains(m)).ToList();
                Assert.True(lost.Count == 0, $"{at}: acknowledged progress updates lost: {string.Join(", ", lost)}");
                Assert.True(state.Publications - baseline.Publications >= workload.AcknowledgedPublications,
                    $"{at}: {workload.AcknowledgedPublications} publications acknowledged, {state.Publications - baseline.Publications} found");
                published.Add(current.AcknowledgedPublications > 0);
                log.Add($"kill {round + 1}: {current.Attempts} writes sent, acknowledged {current.AcknowledgedUpdates.Count} updates, {current.AcknowledgedImports} imports, " +
                    $"{current.AcknowledgedPublications} publications" +
                    (current.ApprovalSeconds.IsEmpty ? "" : $" (approval {string.Join(", ", current.ApprovalSeconds.Order().Select(a => a.ToString("0.0", CultureInfo.InvariantCulture)))} s)"));
            }

            var final = check.Read();
            var summary = $"kill -9 run on {provider}: seed {seed}, {kills} kills survived, {workload.Attempts} writes sent in {clock.Elapsed.TotalMinutes:0.0} min; acknowledged vs found: " +
                $"progress updates {workload.AcknowledgedUpdates.Count}/{workload.AcknowledgedUpdates.Count(final.UpdateTexts.Contains)}, " +
                $"imports {workload.AcknowledgedImports}/{(final.Measures - baseline.Measures) / 3}, publications {workload.AcknowledgedPublications}/{final.Publications - baseline.Publications}\n" +
                $"progress updates spread over {measures.Count} measures, at most {measures.MostUpdates} sent to one; " +
                $"kills with a publication acknowledged: {Halves(published)}; " +
                $"approval time: {ApprovalTimes(workload)}";
            var output = Environment.GetEnvironmentVariable("PRONGSAI_TEST_OUTPUT") is { Length: > 0 } folder ? folder : Path.GetTempPath();
            await File.WriteAllTextAsync(Path.Combine(output, $"kill-test-{provider.ToLowerInvariant()}.txt"), summary + "\n" + string.Join("\n", log) + "\n");
            Assert.True(workload.AcknowledgedUpdates.Count + workload.AcknowledgedImports > 0, $"{provider}: no write was ever acknowledged: the kills came too early to test anything");
        }
        finally
        {
            await database.DropAsync();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    /// <summary>"12 of 50 in the first half, 13 of 50 in the second": whether the writes of the end are acknowledged as at the start.</summary>
    static string Halves(List<bool> rounds)
    {
        var half = rounds.Count / 2;
        return $"{rounds.Take(half).Count(r => r)} of {half} in the first half, {rounds.Skip(half).Count(r => r)} of {rounds.Count - half} in the second";
    }

    static string ApprovalTimes(WriteWorkload workload)
    {
        var times = workload.ApprovalSeconds.ToList();
        if (times.Count == 0)
        {
            return "no approval acknowledged";
        }

        // In the order they were acknowledged: the first and the last ten show whether approval slows as the data grows.
        string Median(IEnumerable<double> some) => some.Order().ElementAt(some.Count() / 2).ToString("0.0", CultureInfo.InvariantCulture);
        return $"median {Median(times)} s; first {Math.Min(10, times.Count)} median {Median(times.Take(10))} s, last {Math.Min(10, times.Count)} median {Median(times.TakeLast(10))} s";
    }
}
