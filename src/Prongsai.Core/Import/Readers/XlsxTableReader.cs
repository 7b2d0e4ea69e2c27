using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Prongsai.Import.Readers;

/// <summary>
/// Excel workbooks, every sheet in order. Cells are named as Excel names them (C11) so an error points
/// at the cell. A vertically merged range repeats its value down its first column; dates are read as ISO.
/// </summary>
static class XlsxTableReader
{
    public static SourceDocument Read(string file, Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new ImportException(new ImportLocation(file), "the XLSX has no workbook");
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToArray() ?? [];
        var dateStyles = DateStyles(workbook);
        var blocks = new List<SourceBlock>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var sheetName = sheet.Name?.Value ?? "";
            blocks.Add(new SourceText(0, sheetName));
            ReadSheet(part, sheetName, strings, dateStyles, blocks);
        }

        return new SourceDocument(file, blocks);
    }

    static void ReadSheet(WorksheetPart part, string sheetName, string[] strings, HashSet<uint> dateStyles, List<SourceBlock> blocks)
    {
        var worksheet = part.Worksheet;
        if (worksheet is null)
        {
            return;
        }

        var merges = VerticalMerges(worksheet);
        var values = new Dictionary<(int Row, int Column), string>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            foreach (var cell in row.Elements<Cell>())
            {
                if (cell.CellReference?.Value is { } reference && Parse(reference) is { } at)
                {
                    values[at] = ValueOf(cell, strings, dateStyles);
                }
            }
        }

        foreach (var (topLeft, lastRow) in merges)
        {
            if (values.TryGetValue(topLeft, out var value))
            {
                for (var r = topLeft.Row + 1; r <= lastRow; r++)
                {
                    values.TryAdd((r, topLeft.Column), value);
                }
            }
        }

        if (values.Count == 0)
        {
            return;
        }

        var lastColumn = values.Keys.Max(k => k.Column);
        foreach (var rowNumber in values.Keys.Select(k => k.Row).Distinct().Order())
        {
            var cells = new List<SourceCell>(lastColumn);
            for (var column = 1; column <= lastColumn; column++)
            {
                var text = values.GetValueOrDefault((rowNumber, column), "");
                cells.Add(new SourceCell($"{sheetName}!{ColumnName(column)}{rowNumber}", CellText.Paragraphs(text)));
            }

            blocks.Add(new SourceRow(rowNumber, cells));
        }
    }

    static string ValueOf(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Length
                ? strings[index]
                : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString is null ? "" : TextOf(cell.InlineString);
        }

        var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
        if (isNumber && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    static string TextOf(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        var builder = new StringBuilder();
        foreach (var text in item.Descendants<Text>())
        {
            builder.Append(text.Text);
        }

        return builder.ToString();
    }

    /// <summary>Cell formats that show a number as a date: the built-in date formats and custom ones with d, m and y.</summary>
    static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            var isDate = id is >= 14 and <= 22 or >= 27 and <= 36 or >= 50 and <= 58
                || (custom.TryGetValue(id, out var code) && code.Contains('d', StringComparison.OrdinalIgnoreCase) && code.Contains('y', StringComparison.OrdinalIgnoreCase));
            if (isDate)
            {
                styles.Add((uint)i);
            }
        }

        return styles;
    }

    static List<((int Row, int Column) TopLeft, int LastRow)> VerticalMerges(Worksheet worksheet)
    {
        var merges = new List<((int, int), int)>();
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            var range = merge.Reference?.Value?.Split(':');
            if (range is { Length: 2 } && Parse(range[0]) is { } from && Parse(range[1]) is { } to && to.Row > from.Row)
            {
                merges.Add((from, to.Row));
            }
        }

        return merges;
    }

    /// <summary>"C11" → (11, 3).</summary>
    static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16384)
            {
                return null;
            }
        }

        return column > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is > 0 and <= 1048576
            ? (row, column)
            : null;
    }

    static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + (column - 1) % 26) + name;
        }

        return name;
    }
}
