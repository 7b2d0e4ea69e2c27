namespace Prongsai.Import.Readers.Pdf;

/// <summary>
/// Tables drawn without borders (a Word table with its borders removed, an HTML table with border 0): found from
/// the words' positions instead of ruling lines. A block of lines whose pieces fall into columns that name the
/// measures elements (<see cref="HeaderColumns"/>) is the header and its columns' left edges the column boundaries;
/// the rows under it are the blocks of lines that vertical gaps wider than the line spacing separate; the table ends
/// at a block with text running across a boundary (a heading, a paragraph). The result is the grid the bordered
/// path builds, so cells, merged rows and page breaks are handled the same way.
/// </summary>
static class BorderlessTables
{
    /// <summary>A gap this many times the font size between words on a line separates two columns.</summary>
    const double ColumnGap = 0.9;

    /// <summary>A gap between baselines this much wider than the usual line spacing starts a new row.</summary>
    const double RowGap = 1.35;

    sealed record Chunk(double Left, double Right);

    sealed record Line(double Baseline, double Size, List<TextPiece> Pieces, List<Chunk> Chunks);

    public static IReadOnlyList<TableGrid> Find(IReadOnlyList<TextPiece> pieces)
    {
        var lines = Lines(pieces);
        if (lines.Count < 2)
        {
            return [];
        }

        var steps = lines.Zip(lines.Skip(1), (a, b) => b.Baseline - a.Baseline).Where(d => d < 2 * MedianSize(lines)).Order().ToList();
        var pitch = steps.Count == 0 ? 1.2 * MedianSize(lines) : steps[steps.Count / 2];
        var blocks = Blocks(lines, pitch);
        var tables = new List<TableGrid>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (HeaderOf(blocks[b]) is not { } columns)
            {
                continue;
            }

            var rows = new List<List<Line>> { blocks[b] };
            while (b + 1 < blocks.Count && Fits(blocks[b + 1], columns))
            {
                rows.Add(blocks[++b]);
            }

            tables.Add(Grid(columns, rows));
        }

        return tables;
    }

    static double MedianSize(List<Line> lines) => lines.Select(l => l.Size).Order().ElementAt(lines.Count / 2);

    static List<Line> Lines(IReadOnlyList<TextPiece> pieces)
    {
        var lines = new List<Line>();
        var current = new List<TextPiece>();
        foreach (var piece in pieces.Where(p => !string.IsNullOrWhiteSpace(p.Text)).OrderBy(p => p.Baseline).ThenBy(p => p.X))
        {
            if (current.Count > 0 && piece.Baseline - current[0].Baseline > 0.4 * Math.Max(piece.Size, current[0].Size))
            {
                lines.Add(LineOf(current));
                current = [];
            }

            current.Add(piece);
        }

        if (current.Count > 0)
        {
            lines.Add(LineOf(current));
        }

        return lines;
    }

    static Line LineOf(List<TextPiece> pieces)
    {
        var size = pieces.Max(p => p.Size);
        var chunks = new List<Chunk>();
        foreach (var piece in pieces.OrderBy(p => p.X))
        {
            if (chunks.Count > 0 && piece.X - chunks[^1].Right <= ColumnGap * size)
            {
                chunks[^1] = chunks[^1] with { Right = Math.Max(chunks[^1].Right, piece.Right) };
            }
            else
            {
                chunks.Add(new Chunk(piece.X, piece.Right));
            }
        }

        return new Line(pieces.Average(p => p.Baseline), size, pieces, chunks);
    }

    static List<List<Line>> Blocks(List<Line> lines, double pitch)
    {
        var blocks = new List<List<Line>> { new() { lines[0] } };
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Baseline - lines[i - 1].Baseline > RowGap * pitch)
            {
                blocks.Add([]);
            }

            blocks[^1].Add(lines[i]);
        }

        return blocks;
    }

    /// <summary>The block's column boundaries (left edges, then the right edge) when its columns name the measures elements.</summary>
    static List<double>? HeaderOf(List<Line> block)
    {
        var spans = new List<Chunk>();
        foreach (var chunk in block.SelectMany(l => l.Chunks).OrderBy(c => c.Left))
        {
            if (spans.Count > 0 && chunk.Left <= spans[^1].Right)
            {
                spans[^1] = spans[^1] with { Right = Math.Max(spans[^1].Right, chunk.Right) };
            }
            else
            {
                spans.Add(chunk);
            }
        }

        if (spans.Count < 3)
        {
            return null;
        }

        var cells = spans.Select((s, i) => new SourceCell($"column {i + 1}",
            [.. CellLines.Lines(block.SelectMany(l => l.Pieces).Where(p => p.CentreX >= s.Left && p.CentreX <= s.Right)).Select(l => l.Text)])).ToList();
        if (HeaderColumns.TryRead(new SourceRow(0, cells)) is null)
        {
            return null;
        }

        return [.. spans.Select(s => s.Left - 1), spans[^1].Right + 1];
    }

    /// <summary>A block belongs to the table when none of its text runs across a column boundary or outside the table.</summary>
    static bool Fits(List<Line> block, List<double> columns)
    {
        var size = block.Max(l => l.Size);
        return block.SelectMany(l => l.Chunks).All(c =>
            c.Left >= columns[0] - size && c.Right <= columns[^1] + 4 * size
            && !columns.Skip(1).SkipLast(1).Any(boundary => c.Left < boundary - 1 && c.Right > boundary + size / 2));
    }

    static TableGrid Grid(List<double> columns, List<List<Line>> rows)
    {
        var tops = rows.Select(r => r[0].Baseline - 1.2 * r[0].Size).ToList();
        var ys = new List<double> { tops[0] };
        for (var r = 1; r < rows.Count; r++)
        {
            ys.Add((rows[r - 1][^1].Baseline + tops[r]) / 2);
        }

        ys.Add(rows[^1][^1].Baseline + 0.5 * rows[^1][^1].Size);
        var right = Math.Max(columns[^1], rows.SelectMany(r => r).SelectMany(l => l.Chunks).Max(c => c.Right) + 1);
        List<double> xs = [.. columns.SkipLast(1), right];
        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < xs.Count - 1; c++)
            {
                cells.Add(new GridCell(r, c, 1, 1));
            }
        }

        return new TableGrid(xs, ys, cells);
    }
}
