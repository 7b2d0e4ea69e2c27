using Microsoft.Data.Sqlite;

namespace Prongsai.Tests.Faults;

/// <summary>
/// A bounded load run (3 s here; scripts/load-test.sh runs 5 minutes and writes bench/results/load.md): no server
/// errors, and every acknowledged write is in the database afterwards. PRONGSAI_LOAD_SECONDS sets the length.
/// </summary>
public class LoadTests
{
    [Fact]
    public async Task A_mix_of_reads_edits_progress_and_imports_has_no_server_errors_and_loses_no_writes()
    {
        var seconds = double.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_LOAD_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
        var data = Path.Combine(Path.GetTempPath(), "prongsai-load-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var setup = await TestServerSetup.PrepareAsync(data);
            LoadRun run;
            await using (var server = await ServerProcess.StartAsync(data))
            {
                var writes = new WriteWorkload(server.Address, setup.AdminToken, setup.ExecutiveToken, setup.AdminEmail, TestServerSetup.Password, new MeasurePool(setup.MeasureIds));
                run = new LoadRun(server, setup.AdminToken, writes);
                await run.RunAsync(TimeSpan.FromSeconds(seconds));

                var state = new ConsistencyCheck(new TestDatabase(data)).Read();
                var lostUpdates = writes.AcknowledgedUpdates.Count(m => !state.UpdateTexts.Contains(m));
                var imported = (state.Measures - setup.Baseline.Measures - run.CreatedMeasures) / 3;
                var versions = Versions(data, run.AcknowledgedEdits.Keys);
                // A stored version above the acknowledged count is an edit whose answer the run's end cancelled, not a loss.
                var lostEdits = run.AcknowledgedEdits.Count(e => versions[e.Key] < 1 + e.Value);
                var summary = Summary(run, writes, seconds, lostUpdates, imported, lostEdits)
                    + $"edit versions stored vs acknowledged+1: {string.Join(", ", run.AcknowledgedEdits.Select(e => $"{versions[e.Key]}/{1 + e.Value}"))}\n";
                var output = Environment.GetEnvironmentVariable("PRONGSAI_TEST_OUTPUT") is { Length: > 0 } folder ? folder : Path.GetTempPath();
                await File.WriteAllTextAsync(Path.Combine(output, "load.txt"), summary);

                Assert.True(run.ServerErrors == 0, summary);
                Assert.True(state.Problems.Count == 0, string.Join("; ", state.Problems));
                Assert.Equal(0, lostUpdates);
                Assert.Equal(0, lostEdits);
                Assert.True(imported >= writes.AcknowledgedImports, summary);
                Assert.True(run.Requests > 0 && !writes.AcknowledgedUpdates.IsEmpty, summary);
                AssertMemoryFlat(run, summary);
            }
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

    /// <summary>
    /// Over a long run (scripts/load-test.sh) the server's memory after warming up stays flat: the last tenth of the
    /// run averages at most a fifth above the second tenth (the first tenth is start-up and JIT). Too few samples in
    /// the test command's seconds to judge.
    /// </summary>
    static void AssertMemoryFlat(LoadRun run, string summary)
    {
        var memory = run.Memory.Select(m => (double)m.Bytes).ToList();
        if (memory.Count < 60)
        {
            return;
        }

        var tenth = memory.Count / 10;
        var warm = memory.Skip(tenth).Take(tenth).Average();
        var last = memory.TakeLast(tenth).Average();
        Assert.True(last <= warm * 1.2, $"memory grew from {warm / 1048576:0} MB to {last / 1048576:0} MB\n{summary}");
    }

    static Dictionary<Guid, int> Versions(string data, IEnumerable<Guid> ids)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "prongsai.db")};Pooling=False");
        connection.Open();
        return ids.ToDictionary(id => id, id => int.Parse(ConsistencyCheck.Scalar(connection, $"SELECT Version FROM Measures WHERE upper(Id) = upper('{id}')"), System.Globalization.CultureInfo.InvariantCulture));
    }

    static string Summary(LoadRun run, WriteWorkload writes, double seconds, int lostUpdates, int imported, int lostEdits)
    {
        var memory = run.Memory.Select(m => m.Bytes / 1024 / 1024).ToList();
        var tenth = Math.Max(1, memory.Count / 10);
        return $"load run: {seconds:0} s on 127.0.0.1, {run.Requests} requests ({run.Requests / seconds:0} per second), {run.ServerErrors} server errors\n" +
            $"statuses: {string.Join(", ", run.Statuses.OrderBy(p => p.Key).Select(p => $"{p.Key} × {p.Value}"))}\n" +
            $"writes acknowledged vs found: progress updates {writes.AcknowledgedUpdates.Count}/{writes.AcknowledgedUpdates.Count - lostUpdates}, " +
            $"imports {writes.AcknowledgedImports}/{imported}, measure edits {run.AcknowledgedEdits.Values.Sum()} ({lostEdits} measures with a lost edit)\n" +
            (memory.Count == 0 ? "memory: not sampled\n" :
            $"server RSS (MB): first {tenth} s avg {memory.Take(tenth).Average():0}, last {tenth} s avg {memory.TakeLast(tenth).Average():0}, min {memory.Min()}, max {memory.Max()} ({memory.Count} samples)\n" +
            $"server RSS (MB) every tenth of the run: {string.Join(" → ", Enumerable.Range(1, 10).Select(i => memory[Math.Min(memory.Count - 1, i * memory.Count / 10)]))}\n");
    }
}
