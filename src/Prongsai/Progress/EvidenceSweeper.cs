using Prongsai.Data;

namespace Prongsai.Progress;

/// <summary>
/// Runs EvidenceSweep a few minutes after start, then every Prongsai:EvidenceSweepHours (default 24; 0 turns it off,
/// `prongsai evidence sweep` still works). Every instance may run it: each removes only what none of them needs.
/// It also removes import uploads whose preview was abandoned a day ago (<see cref="Prongsai.Import.Uploads.RemoveAbandoned"/>).
/// </summary>
public sealed partial class EvidenceSweeper(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<EvidenceSweeper> logger)
    : Hosting.PeriodicJob(clock, logger)
{
    public const string HoursKey = "Prongsai:EvidenceSweepHours";

    protected override TimeSpan? Interval => Hours(configuration.GetValue(HoursKey, 24.0));

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<EvidenceSweep>()
            .RunAsync(scope.ServiceProvider.GetRequiredService<ProngsaiDb>(), cancellationToken);
        var (unreferenced, unreferencedBytes) = Total(removed.Where(r => !r.Temporary));
        var (temporary, temporaryBytes) = Total(removed.Where(r => r.Temporary));
        LogSwept(logger, unreferenced, unreferencedBytes, temporary, temporaryBytes);
        var uploads = scope.ServiceProvider.GetRequiredService<Prongsai.Import.Uploads>().RemoveAbandoned(Clock.GetUtcNow().UtcDateTime);
        var uploadBytes = uploads.Sum();
        LogUploads(logger, uploads.Count, uploadBytes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep removed {Files} files ({Bytes} bytes) of import previews abandoned for a day.")]
    static partial void LogUploads(ILogger logger, int files, long bytes);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Evidence sweep removed {Unreferenced} unreferenced files ({UnreferencedBytes} bytes) and {Temporary} temporary files ({TemporaryBytes} bytes).")]
    static partial void LogSwept(ILogger logger, int unreferenced, long unreferencedBytes, int temporary, long temporaryBytes);

    public static (int Files, long Bytes) Total(IEnumerable<EvidenceSweep.Removed> removed) =>
        removed.Aggregate((Files: 0, Bytes: 0L), (total, r) => (total.Files + 1, total.Bytes + r.Bytes));
}
