using System.Text;
using System.Text.RegularExpressions;
using Prongsai.Thai;

namespace Prongsai.Import.Readers.Pdf;

/// <summary>
/// Turns the positioned text of one cell (or one band of page text) into paragraphs: pieces on one baseline are a
/// line, read left to right; lines go on one paragraph — joined without a space between Thai letters, since Thai
/// breaks lines between words that have no space — until a line starts a numbered item or a bullet, or a gap opens.
/// </summary>
public static partial class CellLines
{
    [GeneratedRegex(@"^\(?[0-9๐-๙]{1,2}\s*[\.\)]|^[-•●▪–*]\s*")]
    private static partial Regex ItemStart();

    public sealed record Line(double Baseline, double Size, string Text);

    public static IReadOnlyList<Line> Lines(IEnumerable<TextPiece> pieces) =>
        [.. ByBaseline(pieces).Select(LineOf).Where(l => l.Text.Length > 0)];

    /// <summary>
    /// The pieces grouped into lines, top to bottom, each left to right: a piece starts a new line when its baseline
    /// is more than 0.4 of the larger font size below the line's first piece.
    /// </summary>
    public static IEnumerable<List<TextPiece>> ByBaseline(IEnumerable<TextPiece> pieces)
    {
        var current = new List<TextPiece>();
        foreach (var piece in pieces.OrderBy(p => p.Baseline).ThenBy(p => p.X))
        {
            if (current.Count > 0 && piece.Baseline - current[0].Baseline > 0.4 * Math.Max(piece.Size, current[0].Size))
            {
                yield return current;
                current = [];
            }

            current.Add(piece);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    static Line LineOf(List<TextPiece> pieces)
    {
        var text = new StringBuilder();
        TextPiece? previous = null;
        foreach (var piece in pieces.OrderBy(p => p.X).ThenBy(p => p.Order))
        {
            if (previous is not null && piece.X - previous.Right > 0.25 * piece.Size && !IsSpace(piece) && !IsSpace(previous))
            {
                text.Append(' ');
            }

            text.Append(piece.Text);
            previous = piece;
        }

        var size = pieces.Max(p => p.Size);
        return new Line(pieces.Average(p => p.Baseline), size, ThaiText.Tidy(PdfThaiRepair.Repair(text.ToString())));
    }

    static bool IsSpace(TextPiece piece) => string.IsNullOrWhiteSpace(piece.Text);

    public static IReadOnlyList<string> Paragraphs(IEnumerable<TextPiece> pieces)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Line? previous = null;
        foreach (var line in Lines(pieces))
        {
            var gap = previous is null ? 0 : line.Baseline - previous.Baseline;
            var starts = previous is null || StartsItem(line.Text) || gap > 2.0 * Math.Max(line.Size, previous.Size);
            if (starts && current.Length > 0)
            {
                paragraphs.Add(Finish(current));
                current.Clear();
            }
            else if (current.Length > 0 && !(IsThai(current[^1]) && IsThai(line.Text[0])))
            {
                current.Append(' ');
            }

            current.Append(line.Text);
            previous = line;
        }

        if (current.Length > 0)
        {
            paragraphs.Add(Finish(current));
        }

        return paragraphs;
    }

    static string Finish(StringBuilder paragraph) => ThaiText.Tidy(PdfThaiRepair.Repair(paragraph.ToString()));

    /// <summary>A Thai letter, vowel, mark or sign, not a Thai digit: text that Thai writes without spaces.</summary>
    internal static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B' and not (>= '\u0E50' and <= '\u0E59');

    /// <summary>A line that starts a numbered item ("๑.", "(2)") or a bullet.</summary>
    internal static bool StartsItem(string line) => ItemStart().IsMatch(line);
}
