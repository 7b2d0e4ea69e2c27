using Microsoft.Data.Sqlite;

namespace Prongsai.Tests.Faults;

/// <summary>
/// kill -9 of the real server at random moments while it imports, records progress with evidence and publishes:
/// after each kill the database is whole, nothing half-written is visible, and every acknowledged write is there.
/// PRONGSAI_KILLS sets the number of kills (scripts/kill-test.sh runs 200), PRONGSAI_KILL_SEED replays one run.
/// </summary>
public class KillDuringWritesTests
{
    const string Password = TestServerSetup.Password;

    [Fact]
    public async Task Acknowledged_writes_survive_kill_9_and_nothing_half_written_is_visible()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_KILLS"), out var k) ? k : 4;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_KILL_SEED"), out var s) ? s : Random.Shared.Next();
        var random = new Random(seed);
        var data = Path.Combine(Path.GetTempPath(), "prongsai-kill-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var setup = await TestServerSetup.PrepareAsync(data);
            var (adminToken, executiveToken, baseline, measureId) = (setup.AdminToken, setup.ExecutiveToken, setup.Baseline, setup.MeasureId);
            var workload = new WriteWorkload(new Uri("http://127.0.0.1"), adminToken, executiveToken, setup.AdminEmail, Password, measureId);
            var log = new List<string>();

            for (var round = 0; round < kills; round++)
            {
                await using var server = await ServerProcess.StartAsync(data);
                var current = new WriteWorkload(server.Address, adminToken, executiveToken, setup.AdminEmail, Password, measureId);
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

                workload.AcknowledgedImports += current.AcknowledgedImports;
                workload.AcknowledgedPublications += current.AcknowledgedPublications;
                workload.Attempts += current.Attempts;

                var state = ConsistencyCheck.Read(data);
                var imported = state.Measures - baseline.Measures;
                Assert.True(state.Problems.Count == 0, $"seed {seed}, kill {round + 1}: {string.Join("; ", state.Problems)}");
                Assert.True(imported % 3 == 0, $"seed {seed}, kill {round + 1}: {imported} imported measures is not whole imports of three");
                Assert.True(imported / 3 >= workload.AcknowledgedImports, $"seed {seed}, kill {round + 1}: {workload.AcknowledgedImports} imports acknowledged, {imported / 3} found");
                var lost = workload.AcknowledgedUpdates.Where(m => !state.UpdateTexts.Contains(m)).ToList();
                Assert.True(lost.Count == 0, $"seed {seed}, kill {round + 1}: acknowledged progress updates lost: {string.Join(", ", lost)}");
                Assert.True(state.Publications - baseline.Publications >= workload.AcknowledgedPublications,
                    $"seed {seed}, kill {round + 1}: {workload.AcknowledgedPublications} publications acknowledged, {state.Publications - baseline.Publications} found");
                log.Add($"kill {round + 1}: {current.Attempts} writes sent, acknowledged {current.AcknowledgedUpdates.Count} updates, {current.AcknowledgedImports} imports, {current.AcknowledgedPublications} publications");
            }

            var final = ConsistencyCheck.Read(data);
            var summary = $"kill -9 run: seed {seed}, {kills} kills survived, {workload.Attempts} writes sent; acknowledged vs found: " +
                $"progress updates {workload.AcknowledgedUpdates.Count}/{workload.AcknowledgedUpdates.Count(final.UpdateTexts.Contains)}, " +
                $"imports {workload.AcknowledgedImports}/{(final.Measures - baseline.Measures) / 3}, publications {workload.AcknowledgedPublications}/{final.Publications - baseline.Publications}";
            var output = Environment.GetEnvironmentVariable("PRONGSAI_TEST_OUTPUT") is { Length: > 0 } folder ? folder : Path.GetTempPath();
            await File.WriteAllTextAsync(Path.Combine(output, "kill-test.txt"), summary + "\n" + string.Join("\n", log) + "\n");
            Assert.True(workload.AcknowledgedUpdates.Count + workload.AcknowledgedImports > 0, "no write was ever acknowledged: the kills came too early to test anything");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
