using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>How an incoming measure was paired with one the year already holds.</summary>
public enum MatchKind
{
    /// <summary>Same tool and the same set of indicators (the texts may have been revised).</summary>
    Indicators,

    /// <summary>Different tool or indicators, but the name and steps read almost the same.</summary>
    Text,
}

/// <summary>One incoming measure (by its index in the document) paired with an existing one (by its index).</summary>
public sealed record MeasureMatch(int Incoming, int Existing, MatchKind Kind, double Similarity);

/// <summary>The pairs, one-to-one; the incoming measures left over are new, the existing ones left over are missing from the document.</summary>
public sealed record MatchResult(IReadOnlyList<MeasureMatch> Matches, IReadOnlyList<int> New, IReadOnlyList<int> Missing)
{
    public MeasureMatch? Of(int incoming) => Matches.FirstOrDefault(m => m.Incoming == incoming);
}

/// <summary>
/// Pairs a re-imported document's measures with the year's existing ones, so that re-importing never silently doubles
/// them. First measures of the same tool with the same indicator set (the usual revision: the steps were reworded),
/// unless their texts share almost nothing; then, among the rest, measures whose texts are nearly the same (an
/// indicator was added or corrected). Each side is used at most once, best similarity first.
/// </summary>
public static class MeasureMatcher
{
    /// <summary>Below this, two measures of the same tool and indicators are different measures that happen to share them.</summary>
    public const double SameIndicatorsFloor = 0.2;

    /// <summary>From this on, two measures of different indicators are the same measure re-classified.</summary>
    public const double SameTextThreshold = 0.6;

    public static MatchResult Match(IReadOnlyList<Measure> incoming, IReadOnlyList<Measure> existing)
    {
        var incomingText = incoming.Select(Bigrams).ToList();
        var existingText = existing.Select(Bigrams).ToList();
        var candidates = new List<MeasureMatch>();
        for (var i = 0; i < incoming.Count; i++)
        {
            for (var e = 0; e < existing.Count; e++)
            {
                var similarity = Dice(incomingText[i], existingText[e]);
                if (SameIndicators(incoming[i], existing[e]))
                {
                    if (similarity >= SameIndicatorsFloor)
                    {
                        candidates.Add(new MeasureMatch(i, e, MatchKind.Indicators, similarity));
                    }
                }
                else if (similarity >= SameTextThreshold)
                {
                    candidates.Add(new MeasureMatch(i, e, MatchKind.Text, similarity));
                }
            }
        }

        var matches = new List<MeasureMatch>();
        var takenIncoming = new HashSet<int>();
        var takenExisting = new HashSet<int>();
        // Same indicators first, then the most similar; ties in document order, so the result is deterministic.
        foreach (var candidate in candidates.OrderBy(c => c.Kind).ThenByDescending(c => c.Similarity).ThenBy(c => c.Incoming).ThenBy(c => c.Existing))
        {
            if (!takenIncoming.Contains(candidate.Incoming) && !takenExisting.Contains(candidate.Existing))
            {
                matches.Add(candidate);
                takenIncoming.Add(candidate.Incoming);
                takenExisting.Add(candidate.Existing);
            }
        }

        return new MatchResult(
            [.. matches.OrderBy(m => m.Incoming)],
            [.. Enumerable.Range(0, incoming.Count).Where(i => !takenIncoming.Contains(i))],
            [.. Enumerable.Range(0, existing.Count).Where(e => !takenExisting.Contains(e))]);
    }

    static bool SameIndicators(Measure a, Measure b) =>
        a.Tool == b.Tool && a.Indicators.Count > 0 && a.Indicators.ToHashSet().SetEquals(b.Indicators);

    /// <summary>The name and steps without any whitespace (PDF text carries stray spaces), as character bigrams with counts.</summary>
    static Dictionary<(char, char), int> Bigrams(Measure measure)
    {
        var text = ThaiText.Compact(string.Join("", measure.Steps.Prepend(measure.Name ?? "")));
        var bigrams = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var key = (text[i], text[i + 1]);
            bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
        }

        return bigrams;
    }

    /// <summary>Sørensen–Dice over bigram multisets: 2·|A∩B| / (|A|+|B|); 1 for two empty texts.</summary>
    public static double Similarity(Measure a, Measure b) => Dice(Bigrams(a), Bigrams(b));

    static double Dice(Dictionary<(char, char), int> a, Dictionary<(char, char), int> b)
    {
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 1;
        }

        var shared = a.Sum(pair => Math.Min(pair.Value, b.GetValueOrDefault(pair.Key)));
        return 2.0 * shared / total;
    }
}
