using System.Net;
using System.Text.RegularExpressions;

namespace Prongsai.Import;

/// <summary>
/// Splits a cell as exported into paragraphs. Layout tags (&lt;p&gt;, &lt;br&gt;, &lt;div&gt;, &lt;span&gt;, …) are
/// structure; any other markup (&lt;script&gt;, &lt;img&gt;) is the author's text and is kept as text,
/// so every writer encodes it.
/// </summary>
public static partial class CellText
{
    [GeneratedRegex(@"<\s*(br|/p|p|/div|div|/li|li|/tr|tr)(\s[^<>]*)?/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakingTag();

    [GeneratedRegex(@"<\s*/?\s*(span|font|strong|b|i|u|em|sup|sub|ul|ol|/ul|/ol|o:p)(\s[^<>]*)?/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    public static IReadOnlyList<string> Paragraphs(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        var text = raw;
        if (text.Contains('<'))
        {
            text = BreakingTag().Replace(text, "\n");
            text = InlineTag().Replace(text, "");
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return SplitLines(text);
    }

    public static IReadOnlyList<string> SplitLines(string text)
    {
        var paragraphs = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var tidy = Thai.ThaiText.Tidy(line);
            if (tidy.Length > 0)
            {
                paragraphs.Add(tidy);
            }
        }

        return paragraphs;
    }
}
