using System.Text.RegularExpressions;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>
/// Reads element (๔) ระยะเวลาดำเนินการ: "มี.ค. ๒๕๖๖", "ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖", "1 ต.ค. 2566 - 30 ก.ย. 2567",
/// "มกราคม – มีนาคม ๒๕๖๗", "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗", "ไตรมาสที่ ๑-๒", "01/10/2565", "2023-03-01".
/// A month without a day means the whole month; a year left out is taken from the other end or the fiscal year.
/// </summary>
public static partial class PeriodParser
{
    [GeneratedRegex(@"(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})|(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{2,4})")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"ไตรมาส(?:ที่)?(?<from>[1-4])(?:(?:-|–|ถึง|และ|,)(?:ไตรมาส)?(?:ที่)?(?<to>[1-4]))?")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"ปีงบ(?:ประมาณ)?(?:พ\.?ศ\.?)?(?<y>\d{2,4})")]
    private static partial Regex FiscalYearWords();

    readonly record struct Mention(int? Day, int Month, int? Year);

    /// <summary>The period; Start and End are null when the text names no dates this parser understands.</summary>
    public static Period Parse(string text, int? fiscalYear = null)
    {
        var display = ThaiText.Tidy(text);
        var compact = ThaiDigits.ToArabic(ThaiText.Compact(text)).Replace("พ.ศ.", "", StringComparison.Ordinal);
        if (compact.Length == 0)
        {
            return new Period(null, null, null);
        }

        var (start, end) = ParseCompact(compact, fiscalYear);
        return start is null || end is null || end < start
            ? new Period(null, null, display)
            : new Period(start, end, display);
    }

    static (DateOnly? Start, DateOnly? End) ParseCompact(string compact, int? fiscalYear)
    {
        var numeric = NumericDate().Matches(compact);
        if (numeric.Count > 0)
        {
            return (NumericToDate(numeric[0]), NumericToDate(numeric[^1]));
        }

        var mentions = Mentions(compact);
        var namedYear = FiscalYearWords().Match(compact) is { Success: true } m ? BuddhistEra.Normalise(int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
        var contextYear = namedYear ?? fiscalYear;

        if (mentions.Count == 0)
        {
            if (Quarter().Match(compact) is { Success: true } quarter && contextYear is { } qy)
            {
                return Quarters(new FiscalYear(qy), quarter);
            }

            var wholeYear = compact.Contains("ปีงบ", StringComparison.Ordinal) || compact.Contains("ตลอดปี", StringComparison.Ordinal);
            return wholeYear && contextYear is { } fy ? (new FiscalYear(fy).Start, new FiscalYear(fy).End) : (null, null);
        }

        var first = mentions[0];
        var last = mentions[^1];
        // "ต.ค. ๒๕๖๕ – มี.ค.": the year written on the first end only runs on into the next when the months turn over.
        var endYear = last.Year ?? (first.Year is { } sy && last.Month < first.Month ? sy + 1 : first.Year);
        var startYear = first.Year ?? (endYear is { } ey && first.Month > last.Month ? ey - 1 : endYear);
        if (startYear is null || endYear is null)
        {
            if (contextYear is not { } fy)
            {
                return (null, null);
            }

            startYear ??= first.Month >= 10 ? fy - 1 : fy;
            endYear ??= last.Month >= 10 ? fy - 1 : fy;
        }

        return (ToDate(first, startYear.Value, isEnd: false), ToDate(last, endYear.Value, isEnd: true));
    }

    /// <summary>Each month named in the text, with the day before it and the year after it when written.</summary>
    static List<Mention> Mentions(string compact)
    {
        var mentions = new List<Mention>();
        for (var i = 0; i < compact.Length;)
        {
            var (month, length) = ThaiMonths.MatchAt(compact, i);
            if (month == 0)
            {
                i++;
                continue;
            }

            var day = NumberBefore(compact, i);
            var year = NumberAfter(compact, i + length, out var used);
            var normalisedYear = year is { } y ? BuddhistEra.Normalise(y) : null;
            mentions.Add(new Mention(day is >= 1 and <= 31 ? day : null, month, normalisedYear));
            i += length + (normalisedYear is null ? 0 : used);
        }

        return mentions;
    }

    static int? NumberBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]) && end - start < 2)
        {
            start--;
        }

        return start < end && (start == 0 || !char.IsAsciiDigit(text[start - 1])) ? int.Parse(text.AsSpan(start, end - start), provider: System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    static int? NumberAfter(string text, int start, out int used)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < 4)
        {
            end++;
        }

        used = end - start;
        // A two-digit year followed by a month is a day of the next date: "1ต.ค.-30ก.ย.66" keeps 30 as a day.
        var length = end - start;
        if (length is not (2 or 4) || (end < text.Length && char.IsAsciiDigit(text[end])))
        {
            used = 0;
            return null;
        }

        if (length == 2 && ThaiMonths.MatchAt(text, end).Month > 0)
        {
            used = 0;
            return null;
        }

        return int.Parse(text.AsSpan(start, length), provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    static DateOnly? ToDate(Mention mention, int buddhistYear, bool isEnd)
    {
        var year = BuddhistEra.ToGregorian(buddhistYear);
        if (year is < 1900 or > 2200)
        {
            return null;
        }

        var daysInMonth = DateTime.DaysInMonth(year, mention.Month);
        var day = mention.Day ?? (isEnd ? daysInMonth : 1);
        return day <= daysInMonth ? new DateOnly(year, mention.Month, day) : null;
    }

    static DateOnly? NumericToDate(Match match)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var day = int.Parse(match.Groups["d"].Value, culture);
        var month = int.Parse(match.Groups["m"].Value, culture);
        var written = int.Parse(match.Groups["y"].Value, culture);
        if (BuddhistEra.Normalise(written) is not { } buddhistYear || month is < 1 or > 12)
        {
            return null;
        }

        var year = BuddhistEra.ToGregorian(buddhistYear);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    static (DateOnly?, DateOnly?) Quarters(FiscalYear year, Match quarter)
    {
        var from = quarter.Groups["from"].Value[0] - '0';
        var to = quarter.Groups["to"].Success ? quarter.Groups["to"].Value[0] - '0' : from;
        if (to < from)
        {
            return (null, null);
        }

        return (year.Start.AddMonths((from - 1) * 3), year.Start.AddMonths(to * 3).AddDays(-1));
    }
}
