namespace Prongsai.Import.Ocr;

/// <summary>
/// Cuts a block of text in an image into lines by its horizontal projection. Thai lines often touch — one line's
/// vowels below meet the next line's marks above — so lines are found by their cores (runs of rows dense with ink,
/// where the consonants are) and the sparse rows between two cores are split at the middle.
/// </summary>
public static class TextLines
{
    public static List<(int Top, int Bottom)> Bands(GrayImage image, int left, int top, int right, int bottom)
    {
        var rows = new (int Count, int Extent)[bottom - top];
        for (var y = top; y < bottom; y++)
        {
            var (count, first, last) = (0, -1, -1);
            for (var x = left; x < right; x++)
            {
                if (image.IsInk(x, y))
                {
                    count++;
                    first = first < 0 ? x : first;
                    last = x;
                }
            }

            rows[y - top] = (count, last - first + 1);
        }

        return Split(rows, top, right - left);
    }

    /// <summary>
    /// Lines from each pixel row's ink count and extent (first to last ink). A row is dense when it has a good share
    /// of the most ink any row has, or — for a short line beside long ones — when ink fills a good share of its own
    /// extent across a fair part of the width.
    /// </summary>
    public static List<(int Top, int Bottom)> Split((int Count, int Extent)[] rows, int top, int width)
    {
        if (rows.Length == 0 || rows.Max(r => r.Count) == 0)
        {
            return [];
        }

        var threshold = 0.3 * rows.Max(r => r.Count);
        bool Dense((int Count, int Extent) row) => row.Count >= threshold || (row.Count >= 0.3 * row.Extent && row.Extent >= 0.15 * width);
        var runs = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= rows.Length; i++)
        {
            var dense = i < rows.Length && Dense(rows[i]);
            if (dense && start < 0)
            {
                start = i;
            }
            else if (!dense && start >= 0)
            {
                runs.Add((start, i));
                start = -1;
            }
        }

        // A short dense run (a row of vowels over a line, a bracket) is not a line's core.
        var longest = runs.Max(r => r.End - r.Start);
        var cores = runs.Where(r => r.End - r.Start >= longest * 0.6).ToList();
        var lines = new List<(int Top, int Bottom)>();
        for (var i = 0; i < cores.Count; i++)
        {
            var from = i == 0 ? 0 : (cores[i - 1].End + cores[i].Start) / 2;
            var to = i == cores.Count - 1 ? rows.Length : (cores[i].End + cores[i + 1].Start) / 2;
            lines.Add((top + from, top + to));
        }

        return lines;
    }
}
