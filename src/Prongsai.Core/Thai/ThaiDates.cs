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

    static string MonthName(int month, bool full) => full ? ThaiMonths.FullNameOf(month) : ThaiMonths.AbbreviationOf(month);

    static string Digits(string text, bool thai) => thai ? ThaiDigits.ToThai(text) : text;
}
