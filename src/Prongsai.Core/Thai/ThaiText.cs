using System.Text;

namespace Prongsai.Thai;

/// <summary>
/// Whitespace-insensitive handling of Thai text. Thai has no spaces between words, and text extracted
/// from PDFs carries stray spaces inside words ("ต่ อ"), so comparisons ignore all whitespace;
/// what the user wrote is kept for display.
/// </summary>
public static class ThaiText
{
    /// <summary>Whitespace, including the zero-width and no-break spaces that pasted text carries.</summary>
    public static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>The text with every space removed.</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Runs of whitespace folded to one space, ends trimmed: for display of imported text.</summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A name as it is compared: spaces removed and a trailing abbreviation mark ignored, so that
    /// "กอง การศึกษาฯ" and "กองการศึกษา" are one unit.
    /// </summary>
    public static string NameKey(string? name) => Compact(name).TrimEnd('ฯ', '.');

    public static bool EqualsIgnoringSpaces(string? a, string? b) =>
        string.Equals(Compact(a), Compact(b), StringComparison.Ordinal);

    public static bool ContainsIgnoringSpaces(string? text, string? part) =>
        Compact(text).Contains(Compact(part), StringComparison.Ordinal);

    /// <summary>Counts non-overlapping occurrences of <paramref name="part"/>, spaces ignored on both sides.</summary>
    public static int CountIgnoringSpaces(string? text, string part)
    {
        var haystack = Compact(text);
        var needle = Compact(part);
        if (needle.Length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
