using Prongsai.Data;

namespace Prongsai.Import;

/// <summary>
/// Runs <see cref="PreviewSweep"/> a few minutes after start, then every hour, unless Prongsai:Import:PreviewLifetime
/// is 0. Every instance may run it: a preview one instance deleted is simply not found by the others.
/// </summary>
public sealed partial class PreviewSweeper(IServiceScopeFactory scopes, PreviewLifetime lifetime, TimeProvider clock, ILogger<PreviewSweeper> logger)
    : BackgroundService
{
    /// <summary>Long enough that start-up (migrations, the first requests) is over.</summary>
    public static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(5);

    /// <summary>A preview goes at most this long after it expired; it cannot be confirmed meanwhile anyway.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!lifetime.Enabled)
        {
            return;
        }

        await Task.Delay(FirstRunDelay, clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, Interval);
            }

            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Import preview sweep failed; trying again in {Interval}.")]
    static partial void LogFailed(ILogger logger, Exception exception, TimeSpan interval);
}
