using System.Globalization;
using Prongsai.Thai;

namespace Prongsai.Shared;

/// <summary>
/// The marker of the one shared resource (Text.resx, Text.en.resx). The keys are the Thai texts themselves, so a
/// page reads as it shows in Thai and Thai needs no resource at all; Text.en.resx holds the English of each.
/// </summary>
public sealed class Text;

/// <summary>What a page shows differently by UI language: digits, dates, and texts that come in both languages.</summary>
public static class Ui
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Lang => English ? "en" : "th";

    /// <summary>Thai digits for Thai, Arabic digits for English; the number (a BE year too) is the same.</summary>
    public static string Num(int value) => English ? value.ToString(CultureInfo.InvariantCulture) : ThaiDigits.ToThai(value);

    /// <summary>"ปีงบประมาณ ๒๕๖๖" or "FY 2566": Buddhist-era fiscal years are the official ones in either language.</summary>
    public static string FiscalYear(int year) => English ? $"FY {year}" : $"ปีงบประมาณ {ThaiDigits.ToThai(year)}";

    /// <summary>"๓๑ มี.ค. ๒๕๖๖" or "31 Mar 2566": the Buddhist-era year in either language.</summary>
    public static string Date(DateOnly date) => English
        ? $"{date.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(date.Month)} {date.Year + 543}"
        : ThaiDates.Format(date);

    /// <summary>A stored UTC instant in Thailand time, labelled, since the server's own zone may be anything.</summary>
    public static string Time(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Bangkok);
        var clock = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return English
            ? $"{Date(DateOnly.FromDateTime(local))}, {clock} ICT"
            : $"{Date(DateOnly.FromDateTime(local))} {ThaiDigits.ToThai(clock)} น. (เวลาประเทศไทย)";
    }

    public static string Time(DateTimeOffset at) => Time(at.UtcDateTime);

    /// <summary>The text of the chosen language where the core library or the data gives both.</summary>
    public static string Pick(string thai, string? english) => English && !string.IsNullOrWhiteSpace(english) ? english : thai;

    /// <summary>
    /// A message written "ไทย (English)" (the API's and sign-off's messages carry both) shown in one language.
    /// </summary>
    public static string Message(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.EndsWith(')'))
        {
            return text ?? "";
        }

        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || text[(open + 2)..^1] is not { Length: > 0 } english || english.Any(c => c is >= '\u0E00' and <= '\u0E7F'))
        {
            return text;
        }

        return English ? char.ToUpperInvariant(english[0]) + english[1..] : text[..open];
    }

    static readonly TimeZoneInfo Bangkok = FindBangkok();

    static TimeZoneInfo FindBangkok()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");
        }
        catch (TimeZoneNotFoundException)
        {
            // Thailand has kept UTC+7 without daylight saving since 1920, so a fixed offset is exact.
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }
}
