using Prongsai.Data;

namespace Prongsai.Import;

/// <summary>
/// Runs <see cref="PreviewSweep"/> a few minutes after start, then every hour, unless Prongsai:Import:PreviewLifetime
/// is 0. Every instance may run it: a preview one instance deleted is simply not found by the others.
/// </summary>
public sealed partial class PreviewSweeper(IServiceScopeFactory scopes, PreviewLifetime lifetime, TimeProvider clock, ILogger<PreviewSweeper> logger)
    : Hosting.PeriodicJob(clock, logger)
{
    /// <summary>A preview goes at most an hour after it expired; it cannot be confirmed meanwhile anyway.</summary>
    protected override TimeSpan? Interval => lifetime.Enabled ? TimeSpan.FromHours(1) : null;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var swept = await new PreviewSweep(lifetime).RunAsync(scope.ServiceProvider.GetRequiredService<ProngsaiDb>(), cancellationToken);
        if (swept.Count > 0)
        {
            var agencies = swept.Select(s => s.AgencyId).Distinct().Count();
            LogSwept(logger, swept.Count, agencies, lifetime.Lifetime);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import preview sweep deleted {Previews} previews of {Agencies} agencies left unconfirmed for {Lifetime}.")]
    static partial void LogSwept(ILogger logger, int previews, int agencies, TimeSpan lifetime);
}
