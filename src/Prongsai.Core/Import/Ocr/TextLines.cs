namespace Prongsai.Import.Ocr;

/// <summary>
/// Cuts a block of text in an image into lines by its horizontal projection: runs of pixel rows with ink are bands,
/// and a thin band — Thai vowels and tone marks above a line, or vowels below it — joins the nearer of its neighbours.
/// </summary>
public static class TextLines
{
    public static List<(int Top, int Bottom)> Bands(GrayImage image, int left, int top, int right, int bottom)
    {
        var bands = new List<(int Top, int Bottom)>();
        var start = -1;
        for (var y = top; y <= bottom; y++)
        {
            var hasInk = false;
            for (var x = left; y < bottom && x < right && !hasInk; x++)
            {
                hasInk = image.IsInk(x, y);
            }

            if (hasInk && start < 0)
            {
                start = y;
            }
            else if (!hasInk && start >= 0)
            {
                bands.Add((start, y));
                start = -1;
            }
        }

        return Merge(bands);
    }

    /// <summary>
    /// Bands less than two thirds as tall as the tallest hold only marks; stacked ones (a tone mark over a vowel) go
    /// together, then to the nearer line — on a tie the line below, since marks above a line sit closest to it.
    /// </summary>
    public static List<(int Top, int Bottom)> Merge(List<(int Top, int Bottom)> bands)
    {
        if (bands.Count < 2)
        {
            return bands;
        }

        var tallest = bands.Max(b => b.Bottom - b.Top);
        bool Thin((int Top, int Bottom) band) => band.Bottom - band.Top < tallest * 0.65;
        var groups = new List<(int Top, int Bottom, bool Thin)>();
        foreach (var band in bands)
        {
            if (groups.Count > 0 && groups[^1].Thin && Thin(band))
            {
                groups[^1] = (groups[^1].Top, band.Bottom, true);
            }
            else
            {
                groups.Add((band.Top, band.Bottom, Thin(band)));
            }
        }

        var lines = new List<(int Top, int Bottom)>();
        for (var i = 0; i < groups.Count; i++)
        {
            var (top, bottom, thin) = groups[i];
            if (!thin)
            {
                lines.Add((top, bottom));
                continue;
            }

            var gapAbove = lines.Count > 0 ? top - lines[^1].Bottom : int.MaxValue;
            var gapBelow = i + 1 < groups.Count && !groups[i + 1].Thin ? groups[i + 1].Top - bottom : int.MaxValue;
            if (gapBelow <= gapAbove && gapBelow != int.MaxValue)
            {
                groups[i + 1] = (top, groups[i + 1].Bottom, false);
            }
            else if (lines.Count > 0)
            {
                lines[^1] = (lines[^1].Top, bottom);
            }
            else
            {
                lines.Add((top, bottom));
            }
        }

        return lines;
    }
}
