using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Import.Ocr;

/// <summary>
/// Table borders in a page image: runs of ink at least a quarter inch long along a pixel row (horizontal) or column
/// (vertical); letters are far shorter. Each pixel row of a thick line is a segment of its own and
/// <see cref="TableGrids"/> joins them. Positions are returned in points.
/// </summary>
public static class RulingLines
{
    /// <summary>Gaps of up to this many light pixels inside a line are scanning noise.</summary>
    const int MaxGap = 2;

    public static List<Segment> Find(GrayImage image, int dpi)
    {
        var minRun = dpi / 4;
        var scale = 72.0 / dpi;
        var segments = new List<Segment>();
        for (var y = 0; y < image.Height; y++)
        {
            foreach (var (from, to) in Runs(image.Width, x => image.IsInk(x, y), minRun))
            {
                segments.Add(new Segment(true, (y + 0.5) * scale, from * scale, to * scale));
            }
        }

        for (var x = 0; x < image.Width; x++)
        {
            foreach (var (from, to) in Runs(image.Height, y => image.IsInk(x, y), minRun))
            {
                segments.Add(new Segment(false, (x + 0.5) * scale, from * scale, to * scale));
            }
        }

        return segments;
    }

    static IEnumerable<(int From, int To)> Runs(int length, Func<int, bool> ink, int minRun)
    {
        var start = -1;
        var lastInk = -1;
        for (var i = 0; i <= length; i++)
        {
            var isInk = i < length && ink(i);
            if (isInk)
            {
                if (start < 0 || i - lastInk > MaxGap + 1)
                {
                    if (start >= 0 && lastInk + 1 - start >= minRun)
                    {
                        yield return (start, lastInk + 1);
                    }

                    start = i;
                }

                lastInk = i;
            }
            else if (i == length && start >= 0 && lastInk + 1 - start >= minRun)
            {
                yield return (start, lastInk + 1);
            }
        }
    }
}
