using Prongsai.Catalog;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>One data row of the measures table, its cells filed by the role of their column, before parsing.</summary>
sealed class RawMeasure
{
    static readonly ColumnRole[] StatusColumns = [ColumnRole.NotStarted, ColumnRole.InProgress, ColumnRole.Done];

    readonly Dictionary<ColumnRole, List<string>> _cells = [];
    readonly HashSet<ColumnRole> _marked = [];
    readonly Dictionary<ColumnRole, double> _ocr = [];
    readonly Tool? _tool;

    public RawMeasure(HeaderColumns header, SourceRow row, Tool? tool, ImportLocation location)
    {
        Header = header;
        Location = location;
        _tool = tool;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var role = header[i];
            var cell = row.Cells[i];
            if (cell.Source == CellSource.Ocr && !cell.IsEmpty && role is not ColumnRole.None and not ColumnRole.Sequence)
            {
                NoteOcr(role, cell.Confidence ?? 0);
            }

            if (StatusColumns.Contains(role))
            {
                if (StatusMarks.IsMarked(cell))
                {
                    _marked.Add(role);
                }
            }
            else if (role is not ColumnRole.None and not ColumnRole.Sequence && !cell.IsEmpty)
            {
                CellList(role).AddRange(cell.Paragraphs);
            }
        }
    }

    public HeaderColumns Header { get; }

    public ImportLocation Location { get; }

    public bool IsContinuation =>
        Cell(ColumnRole.Indicator).Count == 0 && Cell(ColumnRole.Responsible).Count == 0 && Cell(ColumnRole.MeasureName).Count == 0
        && (Cell(ColumnRole.Steps).Count > 0 || Cell(ColumnRole.Monitoring).Count > 0 || Cell(ColumnRole.Reporting).Count > 0 || Cell(ColumnRole.Results).Count > 0);

    /// <summary>Nothing in any column that holds an element: a title or note row laid over the table, not a measure.</summary>
    public bool IsEmpty => _cells.Count == 0 && _marked.Count == 0;

    public IReadOnlyList<string> Cell(ColumnRole role) => _cells.TryGetValue(role, out var list) ? list : [];

    /// <summary>A row that goes on with the measure above (a table broken across pages).</summary>
    public void Continue(RawMeasure next)
    {
        foreach (var (role, paragraphs) in next._cells)
        {
            CellList(role).AddRange(paragraphs);
        }

        _marked.UnionWith(next._marked);
        foreach (var (role, confidence) in next._ocr)
        {
            NoteOcr(role, confidence);
        }
    }

    void NoteOcr(ColumnRole role, double confidence) =>
        _ocr[role] = _ocr.TryGetValue(role, out var seen) ? Math.Min(seen, confidence) : confidence;

    /// <summary>The interchange field each OCR'd column fills, with the lowest confidence of its cells.</summary>
    OcrProvenance? Ocr()
    {
        if (_ocr.Count == 0)
        {
            return null;
        }

        var fields = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (role, confidence) in _ocr)
        {
            string[] names = role switch
            {
                ColumnRole.Indicator => ["indicators", "indicatorText"],
                ColumnRole.MeasureName => ["name"],
                ColumnRole.Responsible => ["responsibleUnits", "responsiblePersons"],
                ColumnRole.Steps => ["steps"],
                ColumnRole.Monitoring => ["monitoring"],
                ColumnRole.Period => ["period"],
                ColumnRole.Reporting => ["reporting", "results"],
                ColumnRole.Results => ["results"],
                _ => ["status"],
            };
            foreach (var name in names)
            {
                fields[name] = fields.TryGetValue(name, out var seen) ? Math.Min(seen, confidence) : confidence;
            }
        }

        return new OcrProvenance(fields);
    }

    public Measure ToMeasure(Framework framework, int fiscalYear, string file, List<ImportNote> notes)
    {
        var indicatorItems = NumberedItems.Parse(Cell(ColumnRole.Indicator)).ItemsOrHead;
        var indicators = indicatorItems
            .SelectMany(item => IndicatorMatcher.MatchAll(framework, item))
            .Select(i => i.Number)
            .Distinct()
            .ToList();
        var (units, persons) = ResponsibleParser.Parse(Cell(ColumnRole.Responsible));
        var (reporting, results) = ReportingParser.Parse(Cell(ColumnRole.Reporting));
        var periodText = string.Join(" ", Cell(ColumnRole.Period));
        return new Measure
        {
            Tool = _tool ?? (indicators.Count > 0 ? framework.Indicator(indicators[0])!.Tool : Tool.IIT),
            Name = NameOf(),
            Indicators = indicators,
            IndicatorText = Joined(ColumnRole.Indicator),
            ResponsibleUnits = units,
            ResponsiblePersons = persons,
            Steps = ListOf(ColumnRole.Steps),
            Monitoring = ListOf(ColumnRole.Monitoring),
            Period = periodText.Length == 0 ? null : PeriodParser.Parse(periodText, fiscalYear),
            Status = StatusOf(file, notes),
            Reporting = reporting,
            Results = [.. results, .. ListOf(ColumnRole.Results)],
            Ocr = Ocr(),
        };
    }

    /// <summary>Items of a list cell; text before the first number is kept as an item of its own, so nothing is lost.</summary>
    IReadOnlyList<string> ListOf(ColumnRole role)
    {
        var split = NumberedItems.Parse(Cell(role));
        return split.Items.Count > 0 && split.Head.Length > 0 ? [split.Head, .. split.Items] : split.ItemsOrHead;
    }

    /// <summary>The measure's name as written, without the item number it may carry ("๑. มาตรการ…").</summary>
    string? NameOf()
    {
        var split = NumberedItems.Parse(Cell(ColumnRole.MeasureName));
        return split is { Head.Length: 0, Items: [var only] } ? only : Joined(ColumnRole.MeasureName);
    }

    string? Joined(ColumnRole role) => Cell(role).Count == 0 ? null : ThaiText.Tidy(string.Join(" ", Cell(role)));

    MeasureStatus? StatusOf(string file, List<ImportNote> notes)
    {
        var marked = StatusColumns.Where(_marked.Contains).ToList();
        if (marked.Count > 1)
        {
            notes.Add(new ImportNote(Location with { File = file }, "มีเครื่องหมายในช่องสถานะมากกว่าหนึ่งช่อง ใช้สถานะที่ก้าวหน้าที่สุด",
                "more than one status column is marked; the most advanced status is used"));
        }

        if (marked.Count > 0)
        {
            return marked[^1] switch
            {
                ColumnRole.NotStarted => MeasureStatus.NotStarted,
                ColumnRole.InProgress => MeasureStatus.InProgress,
                _ => MeasureStatus.Done,
            };
        }

        return Cell(ColumnRole.Status) is { Count: > 0 } words ? StatusMarks.FromWords(string.Join(" ", words)) : null;
    }

    List<string> CellList(ColumnRole role)
    {
        if (!_cells.TryGetValue(role, out var list))
        {
            list = [];
            _cells[role] = list;
        }

        return list;
    }
}
