using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Prongsai.Tests.Faults;

/// <summary>
/// The writes that must be all-or-nothing — an import of three measures, a progress update with an evidence file,
/// an approval that publishes five files — sent to a running server; each one the server acknowledged is recorded.
/// As an agency works: progress is recorded on this year's measures in turn (<see cref="MeasurePool"/>), the
/// imports bring in next year's document (<see cref="ImportYear"/>), and this year's progress report (2566) is
/// submitted and approved. So neither the published document nor any one measure's history grows without bound,
/// and approvals take as long after thousands of writes as at the start.
/// </summary>
sealed partial class WriteWorkload(Uri server, string adminToken, string executiveToken, string adminEmail, string password, MeasurePool measures)
{
    /// <summary>The year that is submitted and approved: the demo agency's measures.</summary>
    public const int PublishedYear = 2566;

    /// <summary>The year the imports go to: the next year's plan, never published here, so the published document keeps its size.</summary>
    public const int ImportYear = 2567;

    public ConcurrentBag<string> AcknowledgedUpdates { get; } = [];

    public int AcknowledgedImports;

    public int AcknowledgedPublications;

    /// <summary>How long each acknowledged approval took (it renders and stores the five files), in the order they were acknowledged.</summary>
    public ConcurrentQueue<double> ApprovalSeconds { get; } = new();

    /// <summary>Every 5xx the server answered (a kill drops the connection, it never answers 500): each one fails the kill test.</summary>
    public ConcurrentQueue<string> ServerErrors { get; } = new();

    HttpResponseMessage Noted(HttpResponseMessage response, string step)
    {
        if ((int)response.StatusCode >= 500)
        {
            ServerErrors.Enqueue($"{step} answered {(int)response.StatusCode}");
        }

        return response;
    }

    public int Attempts;

    /// <summary>Keeps writing until the server disappears or <paramref name="stop"/> fires.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        await Task.WhenAll(Loop(t => ProgressUpdateAsync(t), stop), Loop(ImportAsync, stop), Loop(PublishAsync, stop));
    }

    static async Task Loop(Func<CancellationToken, Task> write, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await write(stop);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
            {
                // The server was killed under this request: not acknowledged, so nothing is expected of it.
                return;
            }
        }
    }

    HttpClient Api(string token)
    {
        var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Records one update; answers the server's status.</summary>
    public async Task<int> ProgressUpdateAsync(CancellationToken stop, Guid? measure = null)
    {
        using var client = Api(adminToken);
        var marker = $"ack-{Guid.NewGuid():N}";
        using var form = new MultipartFormDataContent { { new StringContent("2023-03-20"), "on" }, { new StringContent(marker), "text" }, { new StringContent("inProgress"), "status" } };
        form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n" + new string('x', 200_000) + "\n%%EOF\n")), "files", $"{marker}.pdf");
        Interlocked.Increment(ref Attempts);
        var response = Noted(await client.PostAsync($"/api/v1/agencies/banchang/measures/{measure ?? measures.Next()}/updates", form, stop), "progress update");
        if (response.StatusCode == HttpStatusCode.Created)
        {
            AcknowledgedUpdates.Add(marker);
        }

        return (int)response.StatusCode;
    }

    async Task PublishAsync(CancellationToken stop)
    {
        using var admin = Api(adminToken);
        using var executive = Api(executiveToken);
        Interlocked.Increment(ref Attempts);
        Noted(await admin.PostAsJsonAsync("/api/v1/agencies/banchang/submissions", new { fiscalYear = PublishedYear, kind = "progress", acknowledgeErrors = true }, stop), "submission");
        var submissions = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/agencies/banchang/submissions", stop)).RootElement;
        var pending = submissions.EnumerateArray().FirstOrDefault(s => s.GetProperty("state").GetString() == "submitted");
        if (pending.ValueKind == JsonValueKind.Undefined)
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var approved = Noted(await executive.PostAsJsonAsync($"/api/v1/agencies/banchang/submissions/{pending.GetProperty("id").GetString()}/approve", new { name = "นายทดสอบ", position = "นายก" }, stop), "approval");
        if (approved.IsSuccessStatusCode)
        {
            ApprovalSeconds.Enqueue(started.Elapsed.TotalSeconds);
            Interlocked.Increment(ref AcknowledgedPublications);
        }
    }

    /// <summary>
    /// Signs in, uploads and confirms adding all as new (the same document again would otherwise update the measures it
    /// matches, and each import is counted as three more); answers the confirmation's status (302 when imported).
    /// </summary>
    public async Task<int> ImportAsync(CancellationToken stop)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(await WithTokenAsync(client, "/account/login", [new("Email", adminEmail), new("Password", password)], stop)), stop);
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new UnexpectedAnswerException(login.StatusCode, "sign-in");
        }

        using var upload = new MultipartFormDataContent();
        foreach (var field in await WithTokenAsync(client, "/a/banchang/import", [], stop))
        {
            upload.Add(new StringContent(field.Value), field.Key);
        }

        upload.Add(new ByteArrayContent(SeedDocument.Value), "file", "seed.txt");
        Interlocked.Increment(ref Attempts);
        var uploaded = Noted(await client.PostAsync("/a/banchang/import", upload, stop), "import upload");
        var preview = uploaded.Headers.Location?.OriginalString ?? throw new UnexpectedAnswerException(uploaded.StatusCode, "upload");
        var confirm = Noted(await client.PostAsync(preview + "?handler=Confirm", new FormUrlEncodedContent(await WithTokenAsync(client, preview, [new("Mode", "Add")], stop)), stop), "import confirmation");
        if (confirm.StatusCode == HttpStatusCode.Redirect)
        {
            Interlocked.Increment(ref AcknowledgedImports);
        }

        return (int)confirm.StatusCode;
    }

    /// <summary>The demo agency's document (three measures) headed as next year's: the importer takes the year the document names first.</summary>
    static readonly Lazy<byte[]> SeedDocument = new(() =>
    {
        using var seed = Prongsai.Data.DemoSeed.OpenResource(Prongsai.Data.DemoSeed.SeedFileName);
        using var text = new StreamReader(seed, Encoding.UTF8);
        return Encoding.UTF8.GetBytes($"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {ImportYear}\n\n" + text.ReadToEnd());
    });

    static async Task<List<KeyValuePair<string, string>>> WithTokenAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields, CancellationToken stop)
    {
        var html = await client.GetStringAsync(url, stop);
        var token = AntiforgeryToken().Match(html);
        return token.Success ? [.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))] : throw new InvalidOperationException($"no antiforgery token on {url}");
    }

    /// <summary>A step of a write answered something other than what the next step needs.</summary>
    public sealed class UnexpectedAnswerException(HttpStatusCode status, string step) : InvalidOperationException($"{step} answered {(int)status}")
    {
        public int Status { get; } = (int)status;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
