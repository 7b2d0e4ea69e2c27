namespace Prongsai.Testing;

/// <summary>Real time, but every wait a thousand times shorter: a background service's five minutes before its first run are 0.3 s.</summary>
public sealed class HurriedClock : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Hurry(dueTime), Hurry(period));

    static TimeSpan Hurry(TimeSpan wait) => wait == Timeout.InfiniteTimeSpan ? wait : wait / 1000;
}
