namespace Prongsai.Thai;

/// <summary>Thai display of dates: Buddhist era, Thai month names, Thai digits.</summary>
public static class ThaiDates
{
    /// <summary>"๑ มี.ค. ๒๕๖๖" (abbreviated) or "๑ มีนาคม ๒๕๖๖" (full).</summary>
    public static string Format(DateOnly date, bool fullMonth = false, bool thaiDigits = true) =>
        Digits($"{date.Day} {MonthName(date.Month, fullMonth)} {BuddhistEra.FromGregorian(date.Year)}", thaiDigits);

    /// <summary>"มี.ค. ๒๕๖๖".</summary>
    public static string FormatMonth(DateOnly date, bool fullMonth = false, bool thaiDigits = true) =>
        Digits($"{MonthName(date.Month, fullMonth)} {BuddhistEra.FromGregorian(date.Year)}", thaiDigits);

    /// <summary>
    /// A period as official documents write it: a single month ("มี.ค. ๒๕๖๖"), a span of months
    /// ("ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖"), or exact days when the period does not follow month boundaries.
    /// </summary>
    public static string FormatPeriod(DateOnly? start, DateOnly? end, bool thaiDigits = true)
    {
        if (start is null && end is null)
        {
            return "";
        }

        if (start is null || end is null)
        {
            var only = (start ?? end)!.Value;
            return Format(only, thaiDigits: thaiDigits);
        }

        var s = start.Value;
        var e = end.Value;
        var wholeMonths = s.Day == 1 && e.Day == DateTime.DaysInMonth(e.Year, e.Month);
        if (!wholeMonths)
        {
            return s == e ? Format(s, thaiDigits: thaiDigits) : $"{Format(s, thaiDigits: thaiDigits)} – {Format(e, thaiDigits: thaiDigits)}";
        }

        return s.Year == e.Year && s.Month == e.Month
            ? FormatMonth(s, thaiDigits: thaiDigits)
            : $"{FormatMonth(s, thaiDigits: thaiDigits)} – {FormatMonth(e, thaiDigits: thaiDigits)}";
    }

    /// <summary>
    /// A date as people type it in a Thai form: "๓๑ มี.ค. ๒๕๖๖", "31 มีนาคม 2566", "31/3/2566" (day/month/Buddhist year),
    /// English "31 Mar 2023" or ISO "2023-03-31". A year from 2400 is Buddhist era, below it Gregorian. Null when it is
    /// not one valid date.
    /// </summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        var value = ThaiDigits.ToArabic(text.Trim());
        var iso = value.Split('-');
        if (iso.Length == 3 && iso[0].Length == 4)
        {
            return Make(iso[2], iso[1], iso[0]);
        }

        var slashed = value.Split('/', '.');
        if (slashed.Length == 3 && slashed.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return Make(slashed[0], slashed[1], slashed[2]);
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && (ThaiMonths.Parse(string.Join("", words[1..^1])) ?? EnglishMonth(string.Join("", words[1..^1]))) is { } month)
        {
            return Make(words[0], month.ToString(System.Globalization.CultureInfo.InvariantCulture), words[^1]);
        }

        return null;
    }

    static DateOnly? Make(string day, string month, string year)
    {
        if (!int.TryParse(day, out var d) || !int.TryParse(month, out var m) || !int.TryParse(year, out var y))
        {
            return null;
        }

        y = y >= 2400 ? BuddhistEra.ToGregorian(y) : y;
        return y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    /// <summary>"Mar", "Mar.", "March" in any case: what the English UI shows and what English users type.</summary>
    static int? EnglishMonth(string word)
    {
        var name = word.TrimEnd('.').TrimEnd(',');
        var format = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat;
        for (var m = 1; m <= 12; m++)
        {
            if (name.Equals(format.GetAbbreviatedMonthName(m), StringComparison.OrdinalIgnoreCase)
                || name.Equals(format.GetMonthName(m), StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>"31 Mar 2023": the English UI's form of a date typed in a field (Gregorian, as English readers type it).</summary>
    public static string FormatEnglish(DateOnly date) =>
        $"{date.Day} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(date.Month)} {date.Year}";

    static string MonthName(int month, bool full) => full ? ThaiMonths.FullNameOf(month) : ThaiMonths.AbbreviationOf(month);

    static string Digits(string text, bool thai) => thai ? ThaiDigits.ToThai(text) : text;
}
