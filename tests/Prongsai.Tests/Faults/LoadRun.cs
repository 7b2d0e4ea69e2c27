using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Prongsai.Tests.Faults;

/// <summary>
/// A mix against one running server on 127.0.0.1: anonymous readers of the public pages and files, API editors each
/// saving their own measure, progress updates with evidence and imports through the pages. Counts every answer by
/// status; every acknowledged write is counted back afterwards by the caller.
/// </summary>
sealed class LoadRun(ServerProcess server, string adminToken, WriteWorkload writes)
{
    static readonly string[] PublicAddresses =
        ["/p/banchang", "/p/banchang/2566/progress", "/p/banchang/2566/progress/v1", "/p/banchang/2566/progress.pdf", "/p/banchang/2566/progress.xlsx", "/p/banchang/2566/progress.docx", "/p/banchang/2566/progress.json"];

    public ConcurrentDictionary<int, int> Statuses { get; } = [];

    public ConcurrentDictionary<Guid, int> AcknowledgedEdits { get; } = [];

    public List<(TimeSpan At, long Bytes)> Memory { get; } = [];

    /// <summary>Measures the editors and recorders created through the API (the rest of the new measures are imports).</summary>
    public int CreatedMeasures;

    public int Requests => Statuses.Values.Sum();

    public int ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    /// <summary>
    /// Runs the mix for <paramref name="duration"/>, longer (up to <see cref="LongestRun"/>) until each kind of write
    /// has been acknowledged once: on a cold, busy machine the first writes can take the whole of a short run.
    /// </summary>
    public async Task RunAsync(TimeSpan duration, int readers = 6, int editors = 2, int recorders = 2, int importers = 1)
    {
        using var stop = new CancellationTokenSource();
        _clock.Restart();
        var workers = new List<Task>();
        workers.AddRange(Enumerable.Range(0, readers).Select(i => Repeat(ReadAsync, stop.Token)));
        workers.AddRange(Enumerable.Range(0, editors).Select(_ => EditLoopAsync(stop.Token)));
        workers.AddRange(Enumerable.Range(0, recorders).Select(_ => RecordLoopAsync(stop.Token)));
        workers.AddRange(Enumerable.Range(0, importers).Select(_ => Repeat(async t => Count(await Status(() => writes.ImportAsync(t))), stop.Token)));
        workers.Add(SampleMemoryAsync(stop.Token));
        while (_clock.Elapsed < duration || (!EveryWriteAcknowledged && _clock.Elapsed < LongestRun))
        {
            await Task.Delay(100, CancellationToken.None);
        }

        stop.Cancel();
        await Task.WhenAll(workers);
        Duration = _clock.Elapsed;
    }

    static readonly TimeSpan LongestRun = TimeSpan.FromSeconds(90);

    bool EveryWriteAcknowledged => !writes.AcknowledgedUpdates.IsEmpty && writes.AcknowledgedImports > 0 && AcknowledgedEdits.Values.Sum() > 0;

    /// <summary>How long the run lasted, from its start to the last worker's end.</summary>
    public TimeSpan Duration { get; private set; }

    readonly Stopwatch _clock = new();

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Per second of the run: answers below 500 and answers of 500 or more (598: no answer at all).</summary>
    public ConcurrentDictionary<int, (int Answered, int Failed)> PerSecond { get; } = [];

    async Task SampleMemoryAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Memory.Add((_clock.Elapsed, server.ResidentBytes()));
            await Task.Delay(1000, CancellationToken.None);
        }
    }

    static async Task Repeat(Func<CancellationToken, Task> work, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await work(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>The status a write ended with; a step answered unexpectedly is counted with that step's status.</summary>
    static async Task<int> Status(Func<Task<int>> write)
    {
        try
        {
            return await write();
        }
        catch (WriteWorkload.UnexpectedAnswerException e)
        {
            return e.Status;
        }
        catch (HttpRequestException e)
        {
            return e.StatusCode is { } status ? (int)status : 598;
        }
    }

    void Count(int status)
    {
        Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        var failed = status >= 500 ? 1 : 0;
        PerSecond.AddOrUpdate((int)_clock.Elapsed.TotalSeconds, (1 - failed, failed), (_, n) => (n.Answered + 1 - failed, n.Failed + failed));
    }

    async Task ReadAsync(CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        foreach (var address in PublicAddresses)
        {
            var response = await client.GetAsync(address, stop);
            await response.Content.ReadAsByteArrayAsync(stop);
            Count((int)response.StatusCode);
        }
    }

    /// <summary>
    /// A unit reports on a measure about monthly, so a recorder gives each measure a year's twelve updates and then
    /// moves on to a new one: the database grows through the run as it does in use, not one measure without end.
    /// </summary>
    async Task RecordLoopAsync(CancellationToken stop)
    {
        using var client = Api();
        while (!stop.IsCancellationRequested)
        {
            if (await CreateMeasureAsync(client, stop) is not var (id, _))
            {
                return;
            }

            for (var update = 0; update < UpdatesPerMeasure && !stop.IsCancellationRequested; update++)
            {
                try
                {
                    Count(await Status(() => writes.ProgressUpdateAsync(stop, id)));
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    const int UpdatesPerMeasure = 12;

    HttpClient Api()
    {
        var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        return client;
    }

    /// <summary>Creates a measure, trying again while the server cannot (a database restarting); null once the run is over.</summary>
    async Task<(Guid Id, int Version)?> CreateMeasureAsync(HttpClient client, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpResponseMessage created;
            try
            {
                created = await client.PostAsJsonAsync("/api/v1/agencies/banchang/measures?fiscalYear=2566", Body(0), stop);
            }
            catch (OperationCanceledException)
            {
                return null;
            }

            Count((int)created.StatusCode);
            if (created.StatusCode == HttpStatusCode.Created)
            {
                Interlocked.Increment(ref CreatedMeasures);
                var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync(CancellationToken.None)).RootElement;
                return (Guid.Parse(json.GetProperty("id").GetString()!), json.GetProperty("version").GetInt32());
            }

            await Task.Delay(200, CancellationToken.None);
        }

        return null;
    }

    async Task EditLoopAsync(CancellationToken stop)
    {
        using var client = Api();
        if (await CreateMeasureAsync(client, stop) is not var (id, version))
        {
            return;
        }

        AcknowledgedEdits[id] = 0;
        for (var edit = 1; !stop.IsCancellationRequested; edit++)
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/banchang/measures/{id}") { Content = JsonContent.Create(Body(edit)) };
            put.Headers.TryAddWithoutValidation("If-Match", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(put, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Count((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                version = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None)).RootElement.GetProperty("version").GetInt32();
                AcknowledgedEdits[id]++;
            }
            else if (response.StatusCode == HttpStatusCode.Conflict)
            {
                // An edit committed just as the database went away was answered 503 although stored: carry on from it.
                var current = await client.GetAsync($"/api/v1/agencies/banchang/measures/{id}", CancellationToken.None);
                Count((int)current.StatusCode);
                if (current.IsSuccessStatusCode)
                {
                    version = JsonDocument.Parse(await current.Content.ReadAsStringAsync(CancellationToken.None)).RootElement.GetProperty("version").GetInt32();
                }
            }
            else
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    static object Body(int edit) => new { tool = "IIT", indicators = new[] { 1 }, responsibleUnits = new[] { "กองคลัง" }, steps = new[] { $"แก้ไขครั้งที่ {edit}" } };
}
