using System.Globalization;

namespace Prongsai.Import.Ocr;

/// <summary>Tesseract's TSV output folded into lines of text: for each input image (page_num), each line's words, box and mean confidence.</summary>
public static class TesseractTsv
{
    public sealed record Line(int Image, string Text, int Left, int Top, int Width, int Height, double Confidence);

    /// <summary>
    /// Tesseract cuts Thai into syllables it calls words; they are joined without a space unless the gap between them
    /// is as wide as a real space (a third of the line's height).
    /// </summary>
    static string Joined(List<(string Text, int Left, int Width)> words, int lineHeight)
    {
        var builder = new System.Text.StringBuilder(words[0].Text);
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Left - (words[i - 1].Left + words[i - 1].Width);
            var thai = Joinable(words[i - 1].Text[^1]) && Joinable(words[i].Text[0]);
            if (!thai || gap > lineHeight / 3)
            {
                builder.Append(' ');
            }

            builder.Append(words[i].Text);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Thai letters and digits, and the punctuation of abbreviations and numbering: tesseract boxes each Thai digit and
    /// each dot apart ("มี . ค . ๒ ๕ ๖ ๖", "ผอ . ทุกกอง"), so those join unless the gap is a real space too.
    /// </summary>
    static bool Joinable(char c) => c is (>= '\u0E01' and <= '\u0E4E') or (>= '\u0E50' and <= '\u0E59') or '.' or '/' or '(' or ')';

    public static IReadOnlyList<Line> Lines(string tsv)
    {
        var words = new List<(int Image, int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text)>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5" || string.IsNullOrWhiteSpace(f[11]))
            {
                continue;
            }

            int I(int i) => int.Parse(f[i], CultureInfo.InvariantCulture);
            var confidence = double.Parse(f[10], CultureInfo.InvariantCulture);
            words.Add((I(1), I(2), I(3), I(4), I(6), I(7), I(8), I(9), Math.Clamp(confidence, 0, 100) / 100, f[11].Trim()));
        }

        return [.. words
            .GroupBy(w => (w.Image, w.Block, w.Paragraph, w.Line))
            .Select(g =>
            {
                var (left, top) = (g.Min(w => w.Left), g.Min(w => w.Top));
                var (right, bottom) = (g.Max(w => w.Left + w.Width), g.Max(w => w.Top + w.Height));
                return new Line(g.Key.Image, Joined([.. g.OrderBy(w => w.Left).Select(w => (w.Text, w.Left, w.Width))], bottom - top), left, top, right - left, bottom - top,
                    Math.Round(g.Average(w => w.Confidence), 3));
            })];
    }
}
