namespace Prongsai.Import.Readers.Pdf;

/// <summary>
/// Turns positioned pages into the table model: each table's grid rows become rows (a merged cell's text in its first
/// column and row, empty cells for the rest of its span, as the DOCX reader does), text outside tables becomes lines,
/// all in reading order down the page. A row split by a page break — the first row under the next page's (repeated or
/// absent) header has an empty first cell — is joined to the last row of the page before.
/// </summary>
static class PageTables
{
    public static SourceDocument Read(string file, IReadOnlyList<PageLayout> pages)
    {
        var read = pages.Select(PageBlocks).ToList();
        // The lowest a table reaches on any page is the bottom of the page's body; a page whose table reaches
        // about as low was filled, so its last row probably goes on over the page.
        var bodyBottom = read.Max(p => p.TableBottom) ?? 0;
        var blocks = new List<SourceBlock>();
        var lastRow = -1;
        for (var p = 0; p < read.Count; p++)
        {
            var previousFull = p > 0 && read[p - 1].TableBottom is { } bottom && bottom >= bodyBottom - 2 * read[p - 1].TextSize;
            var firstOnPage = true;
            foreach (var (isRow, block) in read[p].Items)
            {
                if (!isRow)
                {
                    blocks.Add(block);
                    continue;
                }

                var row = (SourceRow)block;
                var isHeader = HeaderColumns.TryRead(row) is not null || IsStatusHeader(row);
                if (firstOnPage && !isHeader && lastRow >= 0 && p > 0 && ContinuesRow((SourceRow)blocks[lastRow], row, previousFull))
                {
                    blocks[lastRow] = Join((SourceRow)blocks[lastRow], row);
                    firstOnPage = false;
                    continue;
                }

                firstOnPage &= isHeader;
                blocks.Add(row);
                if (!isHeader)
                {
                    lastRow = blocks.Count - 1;
                }
            }
        }

        // Rows are numbered in document order, so that an error names the n-th row or line of the whole document.
        return new SourceDocument(file, [.. blocks.Select((b, i) => b with { Row = i + 1 })]);
    }

    static bool IsStatusHeader(SourceRow row) =>
        row.NonEmptyCells.Any() && row.NonEmptyCells.All(c => HeaderColumns.RoleOf(c.Text) is ColumnRole.NotStarted or ColumnRole.InProgress or ColumnRole.Done);

    /// <summary>
    /// The top row of a page goes on with the row before the break when its first cell is empty, or when the page
    /// before was filled to the bottom and the first cell does not start a new numbered entry.
    /// </summary>
    static bool ContinuesRow(SourceRow last, SourceRow row, bool previousFull)
    {
        if (row.Cells.Count != last.Cells.Count || last.Cells[0].IsEmpty)
        {
            return false;
        }

        var first = row.Cells[0];
        return first.IsEmpty || (previousFull && !char.IsDigit(first.Text.TrimStart('(', ' ').FirstOrDefault()));
    }

    static SourceRow Join(SourceRow last, SourceRow next)
    {
        var cells = last.Cells.Zip(next.Cells, (a, b) => a with
        {
            Paragraphs = JoinParagraphs(a.Paragraphs, b.Paragraphs),
            Source = a.Source == CellSource.Ocr || b.Source == CellSource.Ocr ? CellSource.Ocr : CellSource.Text,
            Confidence = a.Confidence is null ? b.Confidence : b.Confidence is null ? a.Confidence : Math.Min(a.Confidence.Value, b.Confidence.Value),
        });
        return last with { Cells = [.. cells] };
    }

    /// <summary>A paragraph cut by the page break goes on, unless the next page's part starts a new item.</summary>
    static IReadOnlyList<string> JoinParagraphs(IReadOnlyList<string> above, IReadOnlyList<string> below)
    {
        if (above.Count == 0 || below.Count == 0 || CellLines.StartsItem(below[0]))
        {
            return [.. above, .. below];
        }

        var separator = CellLines.IsThai(above[^1][^1]) && CellLines.IsThai(below[0][0]) ? "" : " ";
        return [.. above.Take(above.Count - 1), above[^1] + separator + below[0], .. below.Skip(1)];
    }

    sealed record PageRead(List<(bool IsRow, SourceBlock Block)> Items, double? TableBottom, double TextSize);

    static PageRead PageBlocks(PageLayout page)
    {
        var tables = TableGrids.Find(page.Segments);
        if (tables.Count == 0)
        {
            tables = BorderlessTables.Find(page.Pieces);
        }
        var inCells = new Dictionary<(int Table, GridCell Cell), List<TextPiece>>();
        var outside = new List<TextPiece>();
        foreach (var piece in page.Pieces)
        {
            var placed = false;
            for (var t = 0; t < tables.Count && !placed; t++)
            {
                if (tables[t].Contains(piece.CentreX, piece.CentreY) && tables[t].CellAt(piece.CentreX, piece.CentreY) is { } cell)
                {
                    var key = (t, cell);
                    if (!inCells.TryGetValue(key, out var list))
                    {
                        inCells[key] = list = [];
                    }

                    list.Add(piece);
                    placed = true;
                }
            }

            if (!placed)
            {
                outside.Add(piece);
            }
        }

        var items = new List<(double Y, bool IsRow, SourceBlock Block)>();
        foreach (var line in CellLines.Lines(outside))
        {
            items.Add((line.Baseline, false, new SourceText(0, line.Text)));
        }

        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            for (var r = 0; r < table.RowCount; r++)
            {
                var cells = new List<SourceCell>();
                for (var c = 0; c < table.ColumnCount; c++)
                {
                    var name = $"page {page.Number}, table {t + 1}, row {r + 1}, column {c + 1}";
                    var cell = table.Cells.FirstOrDefault(g => g.Row == r && g.Column == c);
                    cells.Add(cell is not null && inCells.TryGetValue((t, cell), out var pieces) ? CellOf(name, pieces) : new SourceCell(name, []));
                }

                if (cells.Any(c => !c.IsEmpty))
                {
                    items.Add((table.Rows[r], true, new SourceRow(0, cells)));
                }
            }
        }

        var size = page.Pieces.Count == 0 ? 12 : page.Pieces.Select(p => p.Size).Order().ElementAt(page.Pieces.Count / 2);
        return new PageRead([.. items.OrderBy(i => i.Y).Select(i => (i.IsRow, i.Block))], tables.Count == 0 ? null : tables.Max(t => t.Bottom), size);
    }

    static SourceCell CellOf(string name, List<TextPiece> pieces)
    {
        var cell = new SourceCell(name, CellLines.Paragraphs(pieces));
        var confidences = pieces.Where(p => p.Confidence is not null).Select(p => p.Confidence!.Value).ToList();
        return confidences.Count == 0 ? cell : cell with { Source = CellSource.Ocr, Confidence = Math.Round(confidences.Average(), 3) };
    }
}
