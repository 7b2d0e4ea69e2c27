using Prongsai.Thai;

namespace Prongsai.Catalog;

/// <summary>
/// Maps an indicator as a document names it ("การใช้ งบประมาณ", "การแก้ไขปัญหามูลค่าการทุจริต") to the
/// framework's indicator by meaning, never by the document's local number.
/// </summary>
public static class IndicatorMatcher
{
    /// <summary>The best indicator for the text, or null when nothing points to one.</summary>
    public static Indicator? Match(Framework framework, string text)
    {
        var compact = Normalise(text);
        if (compact.Length == 0)
        {
            return null;
        }

        // A name or alias contained in the text is the strongest sign; the longest one wins, so that
        // "คุณภาพการปฏิบัติงาน" (6) beats "ปฏิบัติงาน" (1).
        var byName = Best(framework, compact, i => [i.Name, .. i.Aliases]);
        if (byName is not null)
        {
            return byName;
        }

        var byKeyword = Best(framework, compact, i => i.Keywords);
        if (byKeyword is not null)
        {
            return byKeyword;
        }

        return ByExplicitNumber(framework, compact);
    }

    /// <summary>
    /// Every indicator the text names, in the order it names them: one cell may name several in prose ("ตัวชี้วัดที่ ๑
    /// การปฏิบัติหน้าที่ และตัวชี้วัดที่ ๒ การใช้งบประมาณ"). Names and aliases are found wherever they occur, the longest
    /// first and never overlapping ("คุณภาพการปฏิบัติงาน" is 6 alone, not also 1); without any, the best single match.
    /// </summary>
    public static IReadOnlyList<Indicator> MatchAll(Framework framework, string text)
    {
        var compact = Normalise(text);
        var found = new List<(int Start, int Length, Indicator Indicator)>();
        var terms = framework.Indicators
            .SelectMany(i => new[] { i.Name }.Concat(i.Aliases).Select(t => (Term: Normalise(t), Indicator: i)))
            .Where(t => t.Term.Length > 0)
            .OrderByDescending(t => t.Term.Length);
        foreach (var (term, indicator) in terms)
        {
            for (var at = compact.IndexOf(term, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                if (!found.Any(f => at < f.Start + f.Length && f.Start < at + term.Length))
                {
                    found.Add((at, term.Length, indicator));
                }
            }
        }

        if (found.Count == 0)
        {
            var numbered = ExplicitNumbers(framework, compact).ToList();
            return numbered.Count > 1 ? numbered : Match(framework, text) is { } single ? [single] : [];
        }

        return [.. found.OrderBy(f => f.Start).Select(f => f.Indicator).Distinct()];
    }

    static Indicator? Best(Framework framework, string compact, Func<Indicator, IEnumerable<string>> terms)
    {
        Indicator? best = null;
        var bestLength = 0;
        foreach (var indicator in framework.Indicators)
        {
            foreach (var term in terms(indicator))
            {
                var normal = Normalise(term);
                if (normal.Length > bestLength && compact.Contains(normal, StringComparison.Ordinal))
                {
                    best = indicator;
                    bestLength = normal.Length;
                }
            }
        }

        return best;
    }

    /// <summary>"ตัวชี้วัดที่ 9" names the framework's indicator explicitly.</summary>
    static Indicator? ByExplicitNumber(Framework framework, string compact)
    {
        var marker = Normalise("ตัวชี้วัดที่");
        var at = compact.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var digits = new string([.. compact[(at + marker.Length)..].TakeWhile(ThaiDigits.IsAnyDigit)]);
        return ThaiDigits.TryParse(digits, out var number) ? framework.Indicator(number) : null;
    }

    /// <summary>Every "ตัวชี้วัดที่ N" in the text.</summary>
    static IEnumerable<Indicator> ExplicitNumbers(Framework framework, string compact)
    {
        var marker = Normalise("ตัวชี้วัดที่");
        for (var at = compact.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            if (ByExplicitNumber(framework, compact[at..]) is { } indicator)
            {
                yield return indicator;
            }
        }
    }

    /// <summary>
    /// Spaces and tone marks are ignored: OCR of a scan drops the small tone marks ("การสือสาร"), and no two
    /// indicator names differ by tone marks alone.
    /// </summary>
    static string Normalise(string text) =>
        new([.. ThaiDigits.ToArabic(ThaiText.Compact(text)).Where(c => c is not (>= '\u0E48' and <= '\u0E4B'))]);
}
