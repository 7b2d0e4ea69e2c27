namespace Prongsai.Import.Ocr;

/// <summary>One line of text in an image: the box of its own ink, and the ink of neighbouring lines inside that box.</summary>
public sealed record TextLine(int Left, int Top, int Right, int Bottom, int Count, IReadOnlyList<(int X, int Y)> Foreign);

/// <summary>
/// Cuts a block of text in an image into lines by its horizontal projection. Thai lines often touch — one line's
/// vowels below meet the next line's marks above — so lines are found by their cores (runs of rows dense with ink,
/// where the consonants are) and the ink between two cores is shared out piece by piece.
/// </summary>
public static class TextLines
{
    /// <summary>
    /// Each line with all its marks: between two cores a tone mark stacked on an upper vowel sits nearer the line above
    /// than its own consonants ("ที่" under "ผู้"), so a cut at any row would part it from its vowel, and tesseract reads
    /// "ที" (seen on every ที่, เกี่ยว, ชั้น, ถ้ำ of a 200 dpi scan). Instead each piece of ink between two cores belongs
    /// to the line whose ink it is nearest to, straight up or down, taken nearest first so a tone mark follows its
    /// vowel; each line's box may then hold the other line's marks, which are listed to be whited out.
    /// </summary>
    public static List<TextLine> Lines(GrayImage image, int left, int top, int right, int bottom)
    {
        var cores = Cores(Rows(image, left, top, right, bottom), right - left);
        if (cores.Count == 0)
        {
            return [];
        }

        var components = Components(image, left, top, right, bottom);
        var owner = new int[components.Count];
        var floating = new List<int>();
        for (var i = 0; i < components.Count; i++)
        {
            owner[i] = CoreOf(components[i], cores, top);
            if (owner[i] < 0)
            {
                floating.Add(i);
            }
        }

        AssignFloating(components, owner, floating, cores, top, left, right - left);
        var lines = new List<TextLine>();
        for (var line = 0; line < cores.Count; line++)
        {
            var own = Enumerable.Range(0, components.Count).Where(i => owner[i] == line).SelectMany(i => components[i]).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var (l, t, r, b) = (own.Min(p => p.X), own.Min(p => p.Y), own.Max(p => p.X) + 1, own.Max(p => p.Y) + 1);
            var foreign = Enumerable.Range(0, components.Count).Where(i => owner[i] != line)
                .SelectMany(i => components[i]).Where(p => p.X >= l && p.X < r && p.Y >= t && p.Y < b).ToList();
            lines.Add(new TextLine(l, t, r, b, own.Count, foreign));
        }

        return lines;
    }

    static (int Count, int Extent)[] Rows(GrayImage image, int left, int top, int right, int bottom)
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

        return rows;
    }

    /// <summary>
    /// The rows [Start, End) of each line's core, relative to the first row, from each pixel row's ink count and extent
    /// (first to last ink). A row is dense when it has a good share of the most ink any row has, or — for a short line
    /// beside long ones — when ink fills a good share of its own extent across a fair part of the width.
    /// </summary>
    public static List<(int Start, int End)> Cores((int Count, int Extent)[] rows, int width) => Cores(rows, width, 0);

    static List<(int Start, int End)> Cores((int Count, int Extent)[] rows, int width, int depth)
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
        return depth < 2 ? [.. cores.Concat(MissedCores(rows, width, cores, depth)).OrderBy(c => c.Start)] : cores;
    }

    /// <summary>
    /// Cores of short or light lines that the block's densest rows hid: between two lines only marks lie, less than
    /// twice a core's height; a wider gap holds a line of its own, found among the gap's rows alone.
    /// </summary>
    static IEnumerable<(int Start, int End)> MissedCores((int Count, int Extent)[] rows, int width, List<(int Start, int End)> cores, int depth)
    {
        var height = cores.Select(c => c.End - c.Start).Order().ElementAt(cores.Count / 2);
        for (var i = 0; i + 1 < cores.Count; i++)
        {
            var (from, to) = (cores[i].End, cores[i + 1].Start);
            if (to - from <= 2.5 * height)
            {
                continue;
            }

            foreach (var core in Cores(rows[from..to], width, depth + 1).Where(c => c.End - c.Start >= 0.6 * height))
            {
                yield return (from + core.Start, from + core.End);
            }
        }
    }

    /// <summary>The 8-connected pieces of ink in the rectangle, each as its pixels.</summary>
    static List<List<(int X, int Y)>> Components(GrayImage image, int left, int top, int right, int bottom)
    {
        var (width, height) = (right - left, bottom - top);
        var seen = new bool[width * height];
        var components = new List<List<(int X, int Y)>>();
        var stack = new Stack<(int X, int Y)>();
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (seen[(y - top) * width + x - left] || !image.IsInk(x, y))
                {
                    continue;
                }

                var pixels = new List<(int X, int Y)>();
                seen[(y - top) * width + x - left] = true;
                stack.Push((x, y));
                while (stack.Count > 0)
                {
                    var (px, py) = stack.Pop();
                    pixels.Add((px, py));
                    for (var dy = -1; dy <= 1; dy++)
                    {
                        for (var dx = -1; dx <= 1; dx++)
                        {
                            var (nx, ny) = (px + dx, py + dy);
                            if (nx >= left && nx < right && ny >= top && ny < bottom && !seen[(ny - top) * width + nx - left] && image.IsInk(nx, ny))
                            {
                                seen[(ny - top) * width + nx - left] = true;
                                stack.Push((nx, ny));
                            }
                        }
                    }
                }

                components.Add(pixels);
            }
        }

        return components;
    }

    /// <summary>The line whose core rows the piece overlaps most; above the first or below the last core, that line; -1 between two.</summary>
    static int CoreOf(List<(int X, int Y)> component, List<(int Start, int End)> cores, int top)
    {
        var (from, to) = (component.Min(p => p.Y) - top, component.Max(p => p.Y) - top + 1);
        var best = (Line: -1, Rows: 0);
        for (var i = 0; i < cores.Count; i++)
        {
            var overlap = Math.Min(to, cores[i].End) - Math.Max(from, cores[i].Start);
            if (overlap > best.Rows)
            {
                best = (i, overlap);
            }
        }

        return best.Line >= 0 ? best.Line : to <= cores[0].Start ? 0 : from >= cores[^1].End ? cores.Count - 1 : -1;
    }

    /// <summary>
    /// Pieces between two cores, nearest first: each goes to the line whose assigned ink lies closest straight above
    /// (the line over the gap) or straight below (the line under it); a piece with no ink above or below in its columns
    /// goes by which core its middle is nearer.
    /// </summary>
    static void AssignFloating(List<List<(int X, int Y)>> components, int[] owner, List<int> floating, List<(int Start, int End)> cores, int top, int left, int width)
    {
        // For each line, the lowest and highest ink row in each column among its assigned pieces.
        var lowest = new int[cores.Count][];
        var highest = new int[cores.Count][];
        for (var line = 0; line < cores.Count; line++)
        {
            lowest[line] = Enumerable.Repeat(int.MinValue, width).ToArray();
            highest[line] = Enumerable.Repeat(int.MaxValue, width).ToArray();
        }

        void Add(int i)
        {
            foreach (var (x, y) in components[i])
            {
                lowest[owner[i]][x - left] = Math.Max(lowest[owner[i]][x - left], y);
                highest[owner[i]][x - left] = Math.Min(highest[owner[i]][x - left], y);
            }
        }

        for (var i = 0; i < components.Count; i++)
        {
            if (owner[i] >= 0)
            {
                Add(i);
            }
        }

        var pending = new List<int>(floating);
        while (pending.Count > 0)
        {
            var best = (Index: -1, Line: -1, Distance: int.MaxValue);
            foreach (var i in pending)
            {
                var above = cores.FindLastIndex(c => c.End <= components[i].Min(p => p.Y) - top);
                var (up, down) = (int.MaxValue, int.MaxValue);
                foreach (var (x, y) in components[i])
                {
                    if (lowest[above][x - left] is var l && l != int.MinValue && l < y)
                    {
                        up = Math.Min(up, y - l);
                    }

                    if (highest[above + 1][x - left] is var h && h != int.MaxValue && h > y)
                    {
                        down = Math.Min(down, h - y);
                    }
                }

                // Equal distances go below: marks stacked over a line reach further than the vowels hanging under one.
                var (line, distance) = up < down ? (above, up) : (above + 1, down);
                if (distance == int.MaxValue)
                {
                    var middle = (components[i].Min(p => p.Y) + components[i].Max(p => p.Y)) / 2.0 - top;
                    line = middle - cores[above].End < cores[above + 1].Start - middle ? above : above + 1;
                }

                if (distance < best.Distance || best.Index < 0)
                {
                    best = (i, line, distance);
                }
            }

            owner[best.Index] = best.Line;
            Add(best.Index);
            pending.Remove(best.Index);
        }
    }
}
