using Prongsai.Documents;

namespace Prongsai.Reports;

/// <summary>
/// The official table as every format lays it out: title, opening paragraph, one section per tool,
/// one row per measure, signatures. Built once by <see cref="ReportLayoutBuilder"/>; each writer only draws it.
/// </summary>
public sealed record ReportLayout(
    DocumentKind Kind,
    string Title,
    string Subtitle,
    string Opening,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<SignatureBlock> Signatures,
    string? ReportDate,
    string StatusMark)
{
    public bool ShowsStatus => Kind == DocumentKind.Progress;

    /// <summary>The score analysis drawn after the opening paragraph, before the tables (<see cref="ReportOptions.AnalysisParagraphs"/>).</summary>
    public IReadOnlyList<string> Analysis { get; init; } = [];

    /// <summary>The row's cells in column order, each a list of paragraphs.</summary>
    public IReadOnlyList<ReportCell> CellsOf(ReportRow row)
    {
        var cells = new List<ReportCell>(Columns.Count)
        {
            new(row.Indicators),
            new(row.Responsible),
            new(row.Steps),
            new(row.Monitoring),
            new([row.Period]),
        };
        if (ShowsStatus)
        {
            foreach (var status in ReportText.StatusColumns)
            {
                cells.Add(new(row.Status == status ? [StatusMark] : [], IsMark: true));
            }
        }

        cells.Add(new(row.Reporting));
        return cells;
    }
}

/// <summary>A column title and its share of the table width (the widths add up to 100).</summary>
public sealed record ReportColumn(string Title, int WidthPercent, bool IsStatus = false);

/// <summary>The measures of one tool, under its Thai heading, in indicator order.</summary>
public sealed record ReportSection(Tool Tool, string Heading, IReadOnlyList<ReportRow> Rows);

/// <summary>One measure as the table shows it: every list already numbered in Thai digits.</summary>
public sealed record ReportRow(
    Measure Measure,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> Responsible,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Monitoring,
    string Period,
    MeasureStatus? Status,
    IReadOnlyList<string> Reporting)
{
    /// <summary>The framework's names of the measure's indicators, unnumbered.</summary>
    public IReadOnlyList<string> IndicatorNames { get; init; } = [];
}

/// <summary>A table cell: its paragraphs, and whether it is a status mark (drawn centred).</summary>
public sealed record ReportCell(IReadOnlyList<string> Paragraphs, bool IsMark = false);

/// <summary>A signature with its role (ผู้รายงาน, ผู้บริหาร), name and position.</summary>
public sealed record SignatureBlock(string Role, string Name, string Position);
