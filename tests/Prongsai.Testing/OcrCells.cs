using System.Globalization;
using Prongsai.Documents;
using Prongsai.Import;
using Prongsai.Thai;

namespace Prongsai.Testing;

/// <summary>One cell of a scanned table beside the same cell of the text PDF it was scanned from.</summary>
public sealed record CellPair(string Field, string Expected, string Actual)
{
    /// <summary>Exact after whitespace is removed: Thai has no spaces between words and OCR adds or drops them freely.</summary>
    public bool Exact => ThaiText.Compact(Expected) == ThaiText.Compact(Actual);
}

/// <summary>
/// The exact-cell share of OCR: the scan's table rows aligned with the text PDF's (same document, same layout), each
/// non-empty cell compared, grouped by the column's role from the header row above it; text outside tables is a field too.
/// </summary>
public static class OcrCells
{
    public static IReadOnlyList<CellPair> Compare(SourceDocument text, SourceDocument ocr)
    {
        var pairs = new List<CellPair>();
        var expectedRows = text.Blocks.OfType<SourceRow>().ToList();
        var actualRows = ocr.Blocks.OfType<SourceRow>().ToList();
        HeaderColumns? header = null;
        for (var i = 0; i < expectedRows.Count; i++)
        {
            var expected = expectedRows[i];
            var actual = i < actualRows.Count ? actualRows[i] : new SourceRow(0, []);
            var rowHeader = HeaderColumns.TryRead(expected);
            var isHeader = rowHeader is not null;
            header = rowHeader ?? header;

            for (var c = 0; c < expected.Cells.Count; c++)
            {
                if (expected.Cells[c].IsEmpty && (c >= actual.Cells.Count || actual.Cells[c].IsEmpty))
                {
                    continue;
                }

                var field = isHeader ? "header" : expected.Cells.Count == 1 ? "section heading" : header?[c].ToString() ?? "other";

                pairs.Add(new CellPair(field, expected.Cells[c].Text, c < actual.Cells.Count ? actual.Cells[c].Text : ""));
            }
        }

        for (var i = expectedRows.Count; i < actualRows.Count; i++)
        {
            pairs.AddRange(actualRows[i].NonEmptyCells.Select(c => new CellPair("extra row", "", c.Text)));
        }

        return pairs;
    }

    /// <summary>The imported measures' fields beside the source's: what the OCR'd cells become after interpretation.</summary>
    public static IReadOnlyList<CellPair> CompareMeasures(MeasuresDocument expected, MeasuresDocument actual)
    {
        static string Join<T>(IEnumerable<T> items) => string.Join("\n", items.Select(x => x?.ToString() ?? ""));
        var pairs = new List<CellPair>();
        for (var i = 0; i < expected.Measures.Count; i++)
        {
            var (e, a) = (expected.Measures[i], i < actual.Measures.Count ? actual.Measures[i] : new Measure());
            pairs.Add(new("tool", e.Tool.ToString(), i < actual.Measures.Count ? a.Tool.ToString() : "-"));
            pairs.Add(new("indicators", Join(e.Indicators), Join(a.Indicators)));
            pairs.Add(new("status", $"{e.Status}", i < actual.Measures.Count ? $"{a.Status}" : "-"));
            pairs.Add(new("period", $"{e.Period?.Start}–{e.Period?.End}", $"{a.Period?.Start}–{a.Period?.End}"));
            pairs.Add(new("reporting cadences", Join(e.Reporting.Cadences), Join(a.Reporting.Cadences)));
            pairs.AddRange(Items("responsible units", e.ResponsibleUnits, a.ResponsibleUnits));
            pairs.AddRange(Items("responsible persons", e.ResponsiblePersons, a.ResponsiblePersons));
            pairs.AddRange(Items("steps", e.Steps, a.Steps));
            pairs.AddRange(Items("monitoring", e.Monitoring, a.Monitoring));
            pairs.AddRange(Items("results", e.Results, a.Results));
        }

        return pairs;
    }

    static IEnumerable<CellPair> Items(string field, IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
            .Select(i => new CellPair(field, i < expected.Count ? expected[i] : "", i < actual.Count ? actual[i] : ""));

    /// <summary>The share read exactly, overall and per field, as a Markdown table.</summary>
    public static string Markdown(IReadOnlyList<CellPair> pairs)
    {
        static string Row(string name, IReadOnlyCollection<CellPair> cells) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {cells.Count} | {cells.Count(c => c.Exact)} | {100.0 * cells.Count(c => c.Exact) / Math.Max(1, cells.Count):0.0} % |");
        var lines = new List<string> { "| field | cells | exact | share |", "|---|---|---|---|" };
        lines.AddRange(pairs.GroupBy(p => p.Field).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, [.. g])));
        lines.Add(Row("**all cells**", pairs));
        return string.Join("\n", lines);
    }
}
