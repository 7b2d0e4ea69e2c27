namespace Prongsai.Hosting;

/// <summary>
/// A background job that runs a while after start, then at every interval until the app stops; a failed run is logged
/// and tried again at the next. Without an interval (a setting of 0) it never runs.
/// </summary>
public abstract partial class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    /// <summary>Long enough that start-up (migrations, the first requests) is over.</summary>
    protected virtual TimeSpan FirstRunDelay => TimeSpan.FromMinutes(5);

    /// <summary>The time between runs, or null when the job is turned off.</summary>
    protected abstract TimeSpan? Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval is not { } interval)
        {
            return;
        }

        await Task.Delay(FirstRunDelay, clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, GetType().Name, interval);
            }

            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    /// <summary>Hours from a setting, null (off) for 0 or less.</summary>
    protected static TimeSpan? Hours(double hours) => hours > 0 ? TimeSpan.FromHours(hours) : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; trying again in {Interval}.")]
    static partial void LogFailed(ILogger logger, Exception exception, string job, TimeSpan interval);
}
