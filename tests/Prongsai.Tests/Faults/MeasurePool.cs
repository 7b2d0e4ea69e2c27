namespace Prongsai.Tests.Faults;

/// <summary>
/// The measures progress updates go to, in turn, each up to <paramref name="cap"/> updates (a measure reported
/// twice a month for a year), as an agency reports on all its measures rather than thousands of times on one.
/// It starts with the measures of the published year read at setup; the caller adds measures the imports brought
/// in as the run goes on. When every measure has its cap, updates go on round the measures beyond it rather than stop.
/// </summary>
sealed class MeasurePool(IEnumerable<Guid> measures, int cap = MeasurePool.DefaultCap)
{
    public const int DefaultCap = 24;

    readonly Lock _lock = new();
    readonly List<Guid> _measures = [.. measures.Distinct()];
    readonly Dictionary<Guid, int> _updates = [];
    int _next;

    /// <summary>Updates still to give before every measure has its cap.</summary>
    public int FreeSlots
    {
        get
        {
            lock (_lock)
            {
                return _measures.Sum(m => Math.Max(0, cap - _updates.GetValueOrDefault(m)));
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _measures.Count;
            }
        }
    }

    /// <summary>The most updates any measure was given.</summary>
    public int MostUpdates
    {
        get
        {
            lock (_lock)
            {
                return _updates.Count == 0 ? 0 : _updates.Values.Max();
            }
        }
    }

    /// <summary>Adds up to <paramref name="most"/> of the measures not in the pool yet.</summary>
    public void Add(IEnumerable<Guid> more, int most)
    {
        lock (_lock)
        {
            var known = _measures.ToHashSet();
            _measures.AddRange(more.Where(known.Add).Take(most).ToList());
        }
    }

    /// <summary>The next measure under its cap after the last one given, or simply the next one when all have their cap.</summary>
    public Guid Next()
    {
        lock (_lock)
        {
            for (var tried = 0; tried < _measures.Count; tried++)
            {
                var candidate = _measures[(_next + tried) % _measures.Count];
                if (_updates.GetValueOrDefault(candidate) < cap)
                {
                    return Give((_next + tried) % _measures.Count);
                }
            }

            return Give(_next % _measures.Count);
        }
    }

    Guid Give(int index)
    {
        var measure = _measures[index];
        _updates[measure] = _updates.GetValueOrDefault(measure) + 1;
        _next = index + 1;
        return measure;
    }
}
