using System.Text;
using System.Text.RegularExpressions;
using Prongsai.Thai;

namespace Prongsai.Import.Ocr;

/// <summary>
/// Tesseract's Thai model reads Thai digits poorly: in a scan of "มี.ค. ๒๕๖๖" it gives ๒๕๒๒, ๒๕อ๒ or ๒๕๒๐๒๐ (๖ as ๒,
/// อ or ๒๐; ๔ as ๕; ๗ as ๓ or ฒ; ๐ as o). Where the context says a year follows (a month, พ.ศ., ปีงบประมาณ) the run is
/// read again through those confusions and must come out a Buddhist-era year 25xx: the fiscal year's own (the
/// month's year within it) when that is one of the readings, else the reading nearest the latest plausible year.
/// </summary>
public static partial class OcrYears
{
    /// <summary>The earliest year an ITA document can carry (the assessment began in 2561; older plans exist).</summary>
    public const int Earliest = 2540;

    [GeneratedRegex(@"(?<context>พ\.\s?ศ\.|ปีงบประมาณ|ปีงบ|(?<month>" + MonthPattern + @"))\s?(?<run>[๐-๙0-9อฒoO]{3,7})(?![๐-๙0-9])")]
    private static partial Regex YearAfterContext();

    const string MonthPattern = @"ม\.\s?ค\.|ก\.\s?พ\.|มี\.\s?ค\.|เม\.\s?ย\.|พ\.\s?ค\.|มิ\.\s?ย\.|ก\.\s?ค\.|ส\.\s?ค\.|ก\.\s?ย\.|ต\.\s?ค\.|พ\.\s?ย\.|ธ\.\s?ค\."
        + "|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม";

    /// <summary>What each glyph of a misread run may really be, the glyph itself first.</summary>
    static readonly Dictionary<string, string> Confusions = new(StringComparer.Ordinal)
    {
        ["๐"] = "๐", ["o"] = "๐", ["O"] = "๐", ["0"] = "๐",
        ["๑"] = "๑", ["1"] = "๑",
        ["๒"] = "๒๖", ["2"] = "๒",
        ["๓"] = "๓๗๙", ["3"] = "๓",
        ["๔"] = "๔๕", ["4"] = "๔",
        ["๕"] = "๕๔๘", ["5"] = "๕",
        ["๖"] = "๖๒", ["6"] = "๖", ["อ"] = "๖", ["๒๐"] = "๖",
        ["๗"] = "๗๓", ["7"] = "๗", ["ฒ"] = "๗",
        ["๘"] = "๘๕", ["8"] = "๘",
        ["๙"] = "๙๓", ["9"] = "๙",
    };

    /// <summary>
    /// A month abbreviation whose dots tesseract read as sara u, spaced off or lost ("กุย .", "ก.ุย.", "มี . ค .", and
    /// "ก ย" where a space still parts the letters), before a year; it must come out one of the twelve.
    /// </summary>
    [GeneratedRegex(@"(?<![ก-ฮ])(?<a>[ก-ฮ][ิี]?)(?:\s?(?:\.ุ|ุ\.|\.|ุ)\s?(?<b>[ก-ฮ])\s?(?:\.|ุ)|\s(?<b>[ก-ฮ])(?:\s?\.|(?=\s)))(?=\s?[๐-๙0-9อฒoO]{3})")]
    private static partial Regex MisreadMonth();

    [GeneratedRegex(@"^\s*[-–]?\s*(?:[๐-๙0-9]{1,2}\s?)?(?:" + MonthPattern + @")\s?๒[๔๕][๐-๙]{2}\s*$")]
    private static partial Regex WholeDate();

    /// <summary>
    /// Whether OCR text is one date and nothing else once its month and year are repaired: a day or none, a month and a
    /// Buddhist-era year that reads as one ("ต.ุค.๒๕๒๐๕", "- มี.ค. ๒๕อ๒"). No fiscal year is needed to tell.
    /// </summary>
    public static bool IsDate(string text, int latestYear) => WholeDate().IsMatch(Repair(text, null, latestYear));

    /// <summary>The text with each year after a month, พ.ศ. or ปีงบประมาณ repaired; other text is left as it is.</summary>
    public static string Repair(string text, int? fiscalYear, int latestYear) =>
        YearAfterContext().Replace(RepairMonths(text), match =>
        {
            var run = match.Groups["run"];
            int? expected = fiscalYear is not { } fy ? null
                : match.Groups["month"].Success && ThaiMonths.Parse(match.Groups["month"].Value) is >= 10 ? fy - 1
                : fy;
            return Best(run.Value, expected, latestYear) is { } year
                ? match.Value[..(run.Index - match.Index)] + ThaiDigits.ToThai(year)
                : match.Value;
        });

    static string RepairMonths(string text) => MisreadMonth().Replace(text, match =>
    {
        var month = $"{match.Groups["a"].Value}.{match.Groups["b"].Value}.";
        return ThaiMonths.Abbreviated.Contains(month) ? month : match.Value;
    });

    /// <summary>The year the run most likely shows, or null when no reading of it is a plausible year.</summary>
    public static int? Best(string run, int? expected, int latestYear)
    {
        var asRead = ThaiDigits.ToArabic(run);
        if (expected is null && asRead.Length == 4 && int.TryParse(asRead, out var plain) && plain >= Earliest && plain <= latestYear)
        {
            return plain;
        }

        var readings = new List<(int Year, int Changes)>();
        Readings(run, 0, new StringBuilder(), 0, readings);
        var plausible = readings.Where(r => r.Year >= Earliest && r.Year <= latestYear).ToList();
        if (plausible.Count == 0)
        {
            return null;
        }

        if (expected is { } e && plausible.Any(r => r.Year == e))
        {
            return e;
        }

        return plausible.OrderBy(r => r.Changes).ThenBy(r => Math.Abs(r.Year - (expected ?? latestYear))).First().Year;
    }

    static void Readings(string run, int at, StringBuilder digits, int changes, List<(int, int)> found)
    {
        if (digits.Length > 4)
        {
            return;
        }

        if (at == run.Length)
        {
            if (digits.Length == 4)
            {
                found.Add((int.Parse(ThaiDigits.ToArabic(digits.ToString()), System.Globalization.CultureInfo.InvariantCulture), changes));
            }

            return;
        }

        foreach (var length in (int[])[2, 1])
        {
            if (at + length > run.Length || !Confusions.TryGetValue(run.Substring(at, length), out var options))
            {
                continue;
            }

            for (var i = 0; i < options.Length; i++)
            {
                digits.Append(options[i]);
                Readings(run, at + length, digits, changes + (i == 0 && length == 1 && run[at] == options[0] ? 0 : 1), found);
                digits.Length--;
            }
        }
    }

    /// <summary>
    /// A scanned document's years repaired with the fiscal year the caller gives or, failing that, the one the
    /// document's own mentions (พ.ศ., ปีงบประมาณ in the title and the lines outside tables) agree on: each mention is
    /// misread differently, so the year most of them can be read as wins ("๒๕๒๐๒" and "๒๕๒๒๐" are both read ๒๕๖๖).
    /// </summary>
    public static SourceDocument Repair(SourceDocument source, int? fiscalYear, int latestYear)
    {
        if (!source.Blocks.Any(b => b is SourceRow row && row.Cells.Any(c => c.Source == CellSource.Ocr)))
        {
            return source;
        }

        var year = fiscalYear ?? AgreedYear([.. source.Blocks.OfType<SourceText>().Select(t => t.Text)], latestYear);
        return source with
        {
            Blocks = [.. source.Blocks.Select(b => b switch
            {
                SourceText text => text with { Text = Repair(text.Text, year, latestYear) },
                SourceRow row => row with { Cells = [.. row.Cells.Select(c => c.Source == CellSource.Ocr ? c with { Paragraphs = [.. c.Paragraphs.Select(p => Repair(p, year, latestYear))] } : c)] },
                _ => b,
            })],
        };
    }

    /// <summary>The year the most fiscal-year mentions can be read as (fewest changes, then the latest, on a tie); null without mentions.</summary>
    public static int? AgreedYear(IEnumerable<string> texts, int latestYear)
    {
        var votes = new Dictionary<int, (int Mentions, int Changes)>();
        foreach (Match match in YearAfterContext().Matches(string.Join("\n", texts)))
        {
            if (match.Groups["month"].Success)
            {
                continue;
            }

            var readings = new List<(int Year, int Changes)>();
            Readings(match.Groups["run"].Value, 0, new StringBuilder(), 0, readings);
            foreach (var reading in readings.Where(r => r.Year >= Earliest && r.Year <= latestYear).GroupBy(r => r.Year))
            {
                var (mentions, changes) = votes.GetValueOrDefault(reading.Key);
                votes[reading.Key] = (mentions + 1, changes + reading.Min(r => r.Changes));
            }
        }

        return votes.Count == 0 ? null
            : votes.OrderByDescending(v => v.Value.Mentions).ThenBy(v => v.Value.Changes).ThenByDescending(v => v.Key).First().Key;
    }
}
