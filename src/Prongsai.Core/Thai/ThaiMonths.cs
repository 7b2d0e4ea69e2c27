namespace Prongsai.Thai;

/// <summary>Thai month names, abbreviated (มี.ค.) and full (มีนาคม), both ways.</summary>
public static class ThaiMonths
{
    public static readonly IReadOnlyList<string> Abbreviated =
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    public static readonly IReadOnlyList<string> Full =
        ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
         "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

    /// <summary>Every spelling we accept, longest first so that "มีนาคม" wins over "มี.ค.".</summary>
    static readonly (string Spelling, int Month)[] Spellings = BuildSpellings();

    public static string AbbreviationOf(int month) => Abbreviated[month - 1];

    public static string FullNameOf(int month) => Full[month - 1];

    /// <summary>
    /// Finds a month name at <paramref name="start"/> of whitespace-free text.
    /// Returns the month (1–12) and how many characters it used, or (0, 0).
    /// </summary>
    public static (int Month, int Length) MatchAt(ReadOnlySpan<char> compactText, int start)
    {
        var rest = compactText[start..];
        foreach (var (spelling, month) in Spellings)
        {
            if (rest.StartsWith(spelling, StringComparison.Ordinal))
            {
                return (month, spelling.Length);
            }
        }

        return (0, 0);
    }

    /// <summary>The month a whole word names (any spelling, spaces ignored), or null.</summary>
    public static int? Parse(string text)
    {
        var compact = ThaiText.Compact(text);
        var (month, length) = MatchAt(compact, 0);
        return month > 0 && length == compact.Length ? month : null;
    }

    static (string, int)[] BuildSpellings()
    {
        var spellings = new List<(string, int)>();
        for (var m = 1; m <= 12; m++)
        {
            var full = Full[m - 1];
            var abbreviation = Abbreviated[m - 1];
            spellings.Add((full, m));
            spellings.Add((abbreviation, m));
            // Documents drop the final dot ("มี.ค ๖๖") or every dot ("มีค").
            spellings.Add((abbreviation.TrimEnd('.'), m));
            spellings.Add((abbreviation.Replace(".", "", StringComparison.Ordinal), m));
        }

        // "ค." alone is too short to be a month; the longest spellings are tried first.
        return [.. spellings.Distinct().Where(s => s.Item1.Length >= 3).OrderByDescending(s => s.Item1.Length)];
    }
}
