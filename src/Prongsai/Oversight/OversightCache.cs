using System.Collections.Concurrent;
using Prongsai.Data;

namespace Prongsai.Oversight;

/// <summary>
/// The oversight rows of a fiscal year and the list of years, kept for a few seconds (Prongsai:OversightCacheSeconds,
/// default 30; 0 turns it off) so that a province's many viewers share one aggregate query. Per instance: each
/// instance behind a load balancer keeps its own, at most that many seconds old. Concurrent misses share one load.
/// </summary>
public sealed class OversightCache(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration)
{
    readonly TimeSpan _lifetime = TimeSpan.FromSeconds(configuration.GetValue("Prongsai:OversightCacheSeconds", 30));
    readonly ConcurrentDictionary<int, (DateTimeOffset Loaded, Lazy<Task<List<OversightRow>>> Rows)> _years = new();
    (DateTimeOffset Loaded, Lazy<Task<List<int>>> Years)? _yearList;

    public TimeSpan Lifetime => _lifetime;

    public Task<List<OversightRow>> RowsAsync(int year, DateOnly today)
    {
        var now = clock.GetUtcNow();
        var entry = _years.AddOrUpdate(year,
            _ => (now, Load(db => OversightQuery.LoadAsync(db, year, today))),
            (_, old) => Fresh(old.Loaded, now) && !old.Rows.Value.IsFaulted ? old : (now, Load(db => OversightQuery.LoadAsync(db, year, today))));
        return entry.Rows.Value;
    }

    public Task<List<int>> YearsAsync(DateOnly today)
    {
        var now = clock.GetUtcNow();
        var current = _yearList;
        if (current is { } cached && Fresh(cached.Loaded, now) && !cached.Years.Value.IsFaulted)
        {
            return cached.Years.Value;
        }

        var loading = Load(db => OversightQuery.YearsAsync(db, today));
        _yearList = (now, loading);
        return loading.Value;
    }

    bool Fresh(DateTimeOffset loaded, DateTimeOffset now) => now - loaded < _lifetime;

    Lazy<Task<T>> Load<T>(Func<ProngsaiDb, Task<T>> query) => new(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProngsaiDb>());
    });
}
