using System.Globalization;
using System.Text;
using System.Xml;

namespace Prongsai.Import.Readers;

/// <summary>
/// One worksheet into rows of cells named as spreadsheets name them (IIT!C11), so an error points at the cell.
/// A cell without its r attribute is the one after the previous cell (a row without r, the row after the previous
/// row), as Numbers and some generators write them. A vertically merged range repeats its value down its first
/// column; a horizontally merged one keeps its value in its first cell, as the DOCX reader does with a span.
/// </summary>
sealed class XlsxSheetReader(XlsxPackage package, XlsxTableReader.Sheet sheet, ReadBudget budget, List<string> strings, List<DateShape?> shapes, bool date1904)
{
    const int MaxRow = 1_048_576;
    const int MaxColumn = 16_384;

    readonly Dictionary<(int Row, int Column), string> _values = [];
    readonly List<((int Row, int Column) TopLeft, int LastRow)> _merges = [];
    int _row;
    int _column;

    string Name(int row, int column) => $"{sheet.Name}!{ColumnName(column)}{row}";

    public void Read(List<SourceBlock> blocks)
    {
        package.Read(sheet.Part, Walk, () => _row == 0 ? (null, null) : (_row, Name(_row, Math.Max(_column, 1))));
        Repeat();
        if (_values.Count == 0)
        {
            return;
        }

        var lastColumn = _values.Keys.Max(k => k.Column);
        var rowNumbers = _values.Keys.Select(k => k.Row).Distinct().Order().ToList();
        budget.Grid(rowNumbers.Count, lastColumn, Name(rowNumbers[^1], lastColumn));
        foreach (var rowNumber in rowNumbers)
        {
            var cells = new List<SourceCell>(lastColumn);
            for (var column = 1; column <= lastColumn; column++)
            {
                var text = _values.GetValueOrDefault((rowNumber, column), "");
                cells.Add(new SourceCell(Name(rowNumber, column), CellText.Paragraphs(text)));
            }

            blocks.Add(new SourceRow(rowNumber, cells));
        }
    }

    void Walk(XmlReader xml)
    {
        var more = xml.Read();
        while (more)
        {
            if (xml.NodeType == XmlNodeType.Element && XlsxTableReader.IsMain(xml.NamespaceURI))
            {
                switch (xml.LocalName)
                {
                    case "row":
                        _row = Parse(xml.GetAttribute("r") ?? "") is { } r ? r : _row + 1;
                        _column = 0;
                        Check();
                        break;
                    case "c":
                        var at = Reference(xml.GetAttribute("r")) ?? (Math.Max(_row, 1), _column + 1);
                        (_row, _column) = at;
                        Check();
                        Cell(xml, at);
                        more = !xml.EOF;
                        continue;
                    case "mergeCell" when xml.GetAttribute("ref")?.Split(':') is [var first, var last]
                        && Reference(first) is { } from && Reference(last) is { } to && to.Row > from.Row:
                        _merges.Add((from, to.Row));
                        break;
                }
            }

            more = xml.Read();
        }
    }

    void Check()
    {
        if (_row > MaxRow || _column > MaxColumn)
        {
            throw new ImportException(new ImportLocation(package.File, _row),
                $"the sheet \"{sheet.Name}\" ({sheet.Part}) places a cell past the last row or column a spreadsheet has (row {_row:N0}, column {_column:N0})");
        }
    }

    void Cell(XmlReader xml, (int Row, int Column) at)
    {
        var type = xml.GetAttribute("t");
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var (raw, inline) = Content(xml);
        if (raw.Length == 0)
        {
            return;
        }

        var name = Name(at.Row, at.Column);
        budget.Cell(1, name);
        budget.Text(raw.Length, name);
        _values[at] = Value(raw, inline ? "inlineStr" : type, style);
    }

    /// <summary>The cell's value (v) or inline string (is, its runs' t, without rPh); leaves the reader after the cell.</summary>
    static (string Raw, bool Inline) Content(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return ("", false);
        }

        var content = new StringBuilder();
        var depth = xml.Depth;
        var (inPhonetic, inline) = (false, false);
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            var main = XlsxTableReader.IsMain(xml.NamespaceURI);
            if (xml.NodeType == XmlNodeType.Element && main && xml.LocalName == "rPh")
            {
                inPhonetic = !xml.IsEmptyElement;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && main && xml.LocalName == "rPh")
            {
                inPhonetic = false;
            }
            else if (xml.NodeType == XmlNodeType.Element && main && xml.LocalName == "is")
            {
                inline = true;
            }
            else if (xml.NodeType == XmlNodeType.Element && main && !inPhonetic && !xml.IsEmptyElement
                && (xml.LocalName == "v" || (xml.LocalName == "t" && inline)))
            {
                content.Append(xml.ReadElementContentAsString());
                if (content.Length > ReadBudget.MaxCharacters)
                {
                    break;
                }

                continue;
            }

            xml.Read();
        }

        xml.Read();
        return (content.ToString(), inline);
    }

    /// <summary>The text the cell shows: a shared string, a formula's text result, a date as the user saw it, else the value.</summary>
    string Value(string raw, string? type, int style)
    {
        var shape = style < shapes.Count ? shapes[style] : null;
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
                    ? strings[index]
                    : "";
            case "d":
                return XlsxDates.FromIso(raw) is { } iso ? XlsxDates.Text(iso, shape ?? DateShape.Full) : raw;
            case null or "n" when shape is { } date && XlsxDates.FromSerial(raw, date1904) is { } day:
                return XlsxDates.Text(day, date);
            default:
                return raw;
        }
    }

    /// <summary>A vertically merged range's value repeated down its first column, into cells left empty.</summary>
    void Repeat()
    {
        foreach (var (topLeft, lastRow) in _merges)
        {
            if (_values.TryGetValue(topLeft, out var value))
            {
                for (var r = topLeft.Row + 1; r <= lastRow; r++)
                {
                    budget.Cell(1, Name(r, topLeft.Column));
                    _values.TryAdd((r, topLeft.Column), value);
                }
            }
        }
    }

    /// <summary>"C11" → (11, 3); null when it names no cell.</summary>
    static (int Row, int Column)? Reference(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return null;
            }
        }

        return column > 0 && Parse(reference[i..]) is { } row ? (row, column) : null;
    }

    static int? Parse(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= MaxRow ? value : null;

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
