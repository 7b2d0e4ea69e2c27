using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Prongsai.Import.Readers.Pdf;

/// <summary>
/// A PDF page's text layer and line graphics through PdfPig, as a <see cref="PageLayout"/>. Letters are taken in
/// content-stream order, which is Thai's logical order (sorting by x, as word extractors do, puts marks that are
/// drawn left of their advance after the next consonant), and a mark joins the letter before it. Text the producer
/// gave as /ActualText (Chromium does for shaped Thai clusters whose glyphs have no Unicode of their own) replaces
/// the letters it covers.
/// </summary>
static class PdfTextLayer
{
    /// <summary>A thicker filled rectangle is a cell's background, not a border.</summary>
    const double MaxRuleThickness = 3;

    public static PageLayout Read(Page page)
    {
        var height = page.Height;
        var replaced = ActualTexts(page);
        var pieces = new List<TextPiece>();
        var order = 0;
        foreach (var letter in page.Letters)
        {
            var (text, spanEnd) = replaced.TryGetValue(letter, out var actual) ? actual : (letter.Value, letter.EndBaseLine.X);
            text = text.Replace("\0", "", StringComparison.Ordinal);
            if (text.Length == 0)
            {
                continue;
            }

            var start = letter.StartBaseLine;
            var baseline = height - start.Y;
            var last = pieces.Count > 0 ? pieces[^1] : null;
            if (last is not null && Thai.PdfThaiRepair.IsCombining(text[0]) && Math.Abs(last.Baseline - baseline) < last.Size)
            {
                pieces[^1] = last with { Text = last.Text + text, Width = Math.Max(last.Width, spanEnd - last.X) };
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            pieces.Add(new TextPiece(text, start.X, baseline, Math.Max(spanEnd - start.X, 0), size, order++));
        }

        return new PageLayout(page.Number, page.Width, height, Segments(page.Paths, height), pieces);
    }

    /// <summary>
    /// For each letter inside an /ActualText span: the span's text and the end of its last glyph on its first letter,
    /// nothing on the rest.
    /// </summary>
    static Dictionary<Letter, (string Text, double End)> ActualTexts(Page page)
    {
        var replaced = new Dictionary<Letter, (string, double)>(ReferenceEqualityComparer.Instance);
        void Visit(MarkedContentElement element)
        {
            if (element.ActualText is { } actual && element.Letters.Count > 0)
            {
                var end = element.Letters.Max(l => l.EndBaseLine.X);
                for (var i = 0; i < element.Letters.Count; i++)
                {
                    replaced[element.Letters[i]] = (i == 0 ? actual : "", end);
                }

                return;
            }

            foreach (var child in element.Children)
            {
                Visit(child);
            }
        }

        foreach (var element in page.GetMarkedContents())
        {
            Visit(element);
        }

        return replaced;
    }

    /// <summary>Borders as producers draw them: thin filled rectangles (Chromium) or stroked lines and rectangles (LibreOffice).</summary>
    static List<Segment> Segments(IReadOnlyList<PdfPath> paths, double height)
    {
        var segments = new List<Segment>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                var (left, right, top, bottom) = (box.Left, box.Right, height - box.Top, height - box.Bottom);
                if (box.Height <= MaxRuleThickness && box.Width > box.Height)
                {
                    segments.Add(new Segment(true, (top + bottom) / 2, left, right));
                }
                else if (box.Width <= MaxRuleThickness && box.Height > box.Width)
                {
                    segments.Add(new Segment(false, (left + right) / 2, top, bottom));
                }
                else if (path.IsStroked)
                {
                    segments.AddRange(Edges(subpath, height));
                }
            }
        }

        return segments;
    }

    static IEnumerable<Segment> Edges(PdfSubpath subpath, double height)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    if (Axis(line.From, line.To, height) is { } edge)
                    {
                        yield return edge;
                    }

                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } first && current is { } last:
                    if (Axis(last, first, height) is { } closing)
                    {
                        yield return closing;
                    }

                    current = first;
                    break;
            }
        }
    }

    static Segment? Axis(PdfPoint a, PdfPoint b, double height)
    {
        if (Math.Abs(a.Y - b.Y) < 0.5)
        {
            return new Segment(true, height - a.Y, Math.Min(a.X, b.X), Math.Max(a.X, b.X));
        }

        return Math.Abs(a.X - b.X) < 0.5 ? new Segment(false, a.X, height - Math.Max(a.Y, b.Y), height - Math.Min(a.Y, b.Y)) : null;
    }
}
