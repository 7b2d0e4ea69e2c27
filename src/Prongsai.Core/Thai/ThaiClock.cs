namespace Prongsai.Thai;

/// <summary>Thailand's date and time (ICT, UTC+7 all year) whatever zone the server runs in.</summary>
public static class ThaiClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>The day in Thailand of a stored UTC instant (the server's own zone may be anything).</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset));
}
