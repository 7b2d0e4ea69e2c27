using System.Globalization;
using Prongsai.Thai;

namespace Prongsai.Import.Readers;

/// <summary>
/// What of a date a cell's number format shows: day, month and year ("d/m/yyyy", "[$-th-TH]d mmm yyyy"), a month
/// ("mmm yy", a period written as a month), a day in a month ("d-mmm"), a year; the month's full name for mmmm;
/// Thai digits when the locale asks for them ([$-D07041E]).
/// </summary>
readonly record struct DateShape(bool Day, bool Month, bool Year, bool FullMonth = false, bool ThaiDigits = false)
{
    public static readonly DateShape Full = new(true, true, true);
}

/// <summary>
/// Dates in a workbook as the user saw them. A spreadsheet keeps a date as a day count (from 1900, or from 1904
/// when the workbook says date1904) shown through the cell's number format, or as ISO text (t="d"). The reader writes
/// it as Thai text ("1 ต.ค. 2565", "ต.ค. 2565") with what the format shows, so the interpreter reads the period as it
/// reads a typed one: a format showing a month gives the whole month.
/// </summary>
static class XlsxDates
{
    /// <summary>Built-in number formats that are dates (ECMA-376 §18.8.30, including the Thai ones 71–81), by what they show.</summary>
    static DateShape? BuiltIn(int id) => id switch
    {
        14 or 15 or 22 or (>= 27 and <= 31) or 34 or 36 or (>= 50 and <= 58) or 71 or 72 or 77 or 81 => DateShape.Full,
        16 or 73 => new DateShape(true, true, false),
        17 or 74 => new DateShape(false, true, true),
        _ => null,
    };

    /// <summary>What a format shows of a date, or null when it shows a number, text or only a time.</summary>
    public static DateShape? ShapeOf(int id, string? code) => code is null ? BuiltIn(id) : Classify(code);

    /// <summary>
    /// Reads the first section of a format code ("d/m/yyyy;@"), skipping literals ("…", \x, _x, *x), colours and
    /// conditions in brackets, and the calendar prefixes B1/B2. d, y, m and the Thai-locale letters ว ด ป are
    /// date parts; b is the Buddhist year (bb, bbbb); h, s and the Thai ช น ท make m a minute.
    /// </summary>
    static DateShape? Classify(string code)
    {
        bool day = false, month = false, fullMonth = false, year = false, time = false, thaiDigits = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = char.ToLowerInvariant(code[i]);
            switch (c)
            {
                case ';':
                    i = code.Length;
                    break;
                case '"':
                    i = code.IndexOf('"', i + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    var inside = end < 0 ? code[(i + 1)..] : code[(i + 1)..end];
                    thaiDigits |= IsThaiDigitsLocale(inside);
                    time |= inside.Length > 0 && char.ToLowerInvariant(inside[0]) is 'h' or 'm' or 's';
                    i = end < 0 ? code.Length : end;
                    break;
                case 'b' when i + 1 < code.Length && code[i + 1] is '1' or '2':
                    i++;
                    break;
                case 'a' when code.AsSpan(i).StartsWith("am/pm", StringComparison.OrdinalIgnoreCase):
                    time = true;
                    i += 4;
                    break;
                case 'd' or 'ว':
                    // ddd and dddd are the weekday, not the day of the month.
                    day |= Run(code, ref i) <= 2;
                    break;
                case 'y' or 'b' or 'ป':
                    year = true;
                    break;
                case 'm' or 'ด':
                    month = true;
                    fullMonth |= Run(code, ref i) >= 4;
                    break;
                case 'h' or 's' or 'ช' or 'น' or 'ท':
                    time = true;
                    break;
            }
        }

        // "h:mm" and "mm:ss" show minutes; with a day or a year beside them ("d/m/yyyy h:mm") the m is a month too.
        month &= day || year || !time;
        return day || month || year ? new DateShape(day, month, year, fullMonth && month, thaiDigits) : null;
    }

    /// <summary>How many times the letter at <paramref name="i"/> repeats ("mmmm" is 4); leaves i on the last.</summary>
    static int Run(string code, ref int i)
    {
        var run = 1;
        while (i + 1 < code.Length && char.ToLowerInvariant(code[i + 1]) == char.ToLowerInvariant(code[i]))
        {
            run++;
            i++;
        }

        return run;
    }

    /// <summary>[$-D07041E]: the locale's top byte 0D asks for Thai digits (07 is the Thai calendar, 041E Thai).</summary>
    static bool IsThaiDigitsLocale(string bracket)
    {
        if (!bracket.StartsWith("$-", StringComparison.Ordinal))
        {
            return false;
        }

        var locale = bracket[2..].Split(',')[0];
        return locale.Length is > 6 and <= 8 && uint.TryParse(locale, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var id) && id >> 24 == 0x0D;
    }

    /// <summary>The day a serial number names, or null when it names none (negative, past 9999, not a number).</summary>
    public static DateOnly? FromSerial(string raw, bool date1904)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || !double.IsFinite(serial) || serial < 0 || serial > 3_000_000)
        {
            return null;
        }

        var days = (int)Math.Floor(serial);
        // The 1900 system counts a 29 February 1900 that never was: serials before it start a day later.
        var epoch = date1904 ? new DateOnly(1904, 1, 1) : days < 60 ? new DateOnly(1899, 12, 31) : new DateOnly(1899, 12, 30);
        return epoch.DayNumber + days <= DateOnly.MaxValue.DayNumber ? AsTyped(DateOnly.FromDayNumber(epoch.DayNumber + days)) : null;
    }

    /// <summary>An ISO date written as text (t="d"): "2022-10-01", "2022-10-01T00:00:00Z".</summary>
    public static DateOnly? FromIso(string raw) =>
        raw.Length >= 10 && DateOnly.TryParseExact(raw.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? AsTyped(date)
            : null;

    /// <summary>
    /// A year from 2400 is a Buddhist-era year the user typed where a Gregorian one was expected ("1/10/2565"):
    /// they saw 2565, so the date is in 2022.
    /// </summary>
    static DateOnly AsTyped(DateOnly date) => date.Year is >= 2400 and < 2800 ? date.AddYears(-BuddhistEra.Offset) : date;

    /// <summary>"1 ต.ค. 2565", "ตุลาคม 2565", "1 ต.ค.", "2565" or "ต.ค.", as the shape shows it.</summary>
    public static string Text(DateOnly date, DateShape shape)
    {
        var parts = new List<string>(3);
        if (shape.Day)
        {
            parts.Add(date.Day.ToString(CultureInfo.InvariantCulture));
        }

        if (shape.Month || (shape.Day && shape.Year))
        {
            parts.Add(shape.FullMonth ? ThaiMonths.FullNameOf(date.Month) : ThaiMonths.AbbreviationOf(date.Month));
        }

        if (shape.Year)
        {
            parts.Add(BuddhistEra.FromGregorian(date.Year).ToString(CultureInfo.InvariantCulture));
        }

        var text = string.Join(' ', parts);
        return shape.ThaiDigits ? ThaiDigits.ToThai(text) : text;
    }
}
