namespace Prongsai.Import.Readers.Pdf;

/// <summary>A table found from ruling lines: its column and row boundaries and the merged regions (cells) on that grid.</summary>
public sealed record TableGrid(IReadOnlyList<double> Columns, IReadOnlyList<double> Rows, IReadOnlyList<GridCell> Cells)
{
    public double Top => Rows[0];

    public double Bottom => Rows[^1];

    public double Left => Columns[0];

    public double Right => Columns[^1];

    public int ColumnCount => Columns.Count - 1;

    public int RowCount => Rows.Count - 1;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;

    /// <summary>The cell whose box holds the point, or null.</summary>
    public GridCell? CellAt(double x, double y) =>
        Cells.FirstOrDefault(c => x >= Columns[c.Column] && x < Columns[c.Column + c.ColumnSpan] && y >= Rows[c.Row] && y < Rows[c.Row + c.RowSpan]);

    public (double Left, double Top, double Right, double Bottom) Box(GridCell cell) =>
        (Columns[cell.Column], Rows[cell.Row], Columns[cell.Column + cell.ColumnSpan], Rows[cell.Row + cell.RowSpan]);
}

/// <summary>A cell of the grid, spanning columns and rows where a border is missing (merged cells).</summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan);

/// <summary>
/// Finds tables from ruling segments: collinear pieces are joined, touching segments grouped into tables, the
/// distinct x and y positions become the grid, and a grid line missing between two cells merges them.
/// </summary>
public static class TableGrids
{
    /// <summary>Points within which two lines are the same line (borders drawn as thin rectangles are ~0.75 pt apart).</summary>
    const double Tolerance = 2.0;

    /// <summary>Shorter segments are glyph parts or underlines, not borders.</summary>
    const double MinSegment = 8;

    /// <summary>Bounds the work on a hostile page with thousands of lines.</summary>
    const int MaxSegments = 5000;

    public static IReadOnlyList<TableGrid> Find(IReadOnlyList<Segment> segments)
    {
        var joined = Join(segments.Where(s => s.Length >= MinSegment).Take(MaxSegments).ToList());
        var tables = new List<TableGrid>();
        foreach (var group in Connected(joined))
        {
            if (Build(group) is { } grid)
            {
                tables.Add(grid);
            }
        }

        return [.. tables.OrderBy(t => t.Top)];
    }

    /// <summary>Joins overlapping or touching segments on the same line.</summary>
    static List<Segment> Join(List<Segment> segments)
    {
        var result = new List<Segment>();
        foreach (var direction in segments.GroupBy(s => s.Horizontal))
        {
            foreach (var line in Cluster(direction.OrderBy(s => s.Position), s => s.Position))
            {
                var position = line.Average(s => s.Position);
                Segment? current = null;
                foreach (var s in line.OrderBy(s => s.From))
                {
                    if (current is not null && s.From <= current.To + Tolerance)
                    {
                        current = current with { To = Math.Max(current.To, s.To) };
                        continue;
                    }

                    if (current is not null)
                    {
                        result.Add(current);
                    }

                    current = new Segment(direction.Key, position, s.From, s.To);
                }

                if (current is not null)
                {
                    result.Add(current);
                }
            }
        }

        return result;
    }

    static IEnumerable<List<T>> Cluster<T>(IEnumerable<T> sorted, Func<T, double> key)
    {
        var current = new List<T>();
        foreach (var item in sorted)
        {
            if (current.Count > 0 && key(item) - key(current[^1]) > Tolerance)
            {
                yield return current;
                current = [];
            }

            current.Add(item);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    static bool Touch(Segment h, Segment v) =>
        v.Position >= h.From - Tolerance && v.Position <= h.To + Tolerance && h.Position >= v.From - Tolerance && h.Position <= v.To + Tolerance;

    /// <summary>Groups of segments that touch each other, directly or through others: one group is one table.</summary>
    static IEnumerable<List<Segment>> Connected(List<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                var (a, b) = (segments[i], segments[j]);
                if (a.Horizontal != b.Horizontal && Touch(a.Horizontal ? a : b, a.Horizontal ? b : a))
                {
                    parent[Root(i)] = Root(j);
                }
            }
        }

        return segments.Select((s, i) => (s, i)).GroupBy(p => Root(p.i)).Select(g => g.Select(p => p.s).ToList());
    }

    static TableGrid? Build(List<Segment> group)
    {
        var horizontal = group.Where(s => s.Horizontal).ToList();
        var vertical = group.Where(s => !s.Horizontal).ToList();
        if (horizontal.Count > 0 && vertical.Count > 0)
        {
            // A row cut by a page break has no border on the cut side; the column lines still reach the cut.
            var (left, right) = (vertical.Min(s => s.Position), vertical.Max(s => s.Position));
            if (vertical.Max(s => s.To) is var lowest && lowest > horizontal.Max(s => s.Position) + Tolerance)
            {
                horizontal.Add(new Segment(true, lowest, left, right));
            }

            if (vertical.Min(s => s.From) is var highest && highest < horizontal.Min(s => s.Position) - Tolerance)
            {
                horizontal.Add(new Segment(true, highest, left, right));
            }
        }

        var rows = Cluster(horizontal.Select(s => s.Position).Order(), p => p).Select(c => c.Average()).ToList();
        var columns = Cluster(vertical.Select(s => s.Position).Order(), p => p).Select(c => c.Average()).ToList();
        if (rows.Count < 2 || columns.Count < 2)
        {
            return null;
        }

        bool Vertical(double x, double y) => vertical.Any(s => Math.Abs(s.Position - x) <= Tolerance && s.From - Tolerance <= y && y <= s.To + Tolerance);
        bool Horizontal(double y, double x) => horizontal.Any(s => Math.Abs(s.Position - y) <= Tolerance && s.From - Tolerance <= x && x <= s.To + Tolerance);

        var (rowCount, columnCount) = (rows.Count - 1, columns.Count - 1);
        var owner = new int[rowCount, columnCount];
        var cells = new List<GridCell>();
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                owner[r, c] = -1;
            }
        }

        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (owner[r, c] >= 0)
                {
                    continue;
                }

                var middleY = (rows[r] + rows[r + 1]) / 2;
                var span = 1;
                while (c + span < columnCount && owner[r, c + span] < 0 && !Vertical(columns[c + span], middleY))
                {
                    span++;
                }

                var middleX = (columns[c] + columns[c + span]) / 2;
                var rowSpan = 1;
                while (r + rowSpan < rowCount && !Horizontal(rows[r + rowSpan], middleX))
                {
                    rowSpan++;
                }

                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < span; dc++)
                    {
                        owner[r + dr, c + dc] = cells.Count;
                    }
                }

                cells.Add(new GridCell(r, c, rowSpan, span));
            }
        }

        return new TableGrid(columns, rows, cells);
    }
}
