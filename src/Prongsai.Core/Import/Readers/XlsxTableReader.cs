using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Prongsai.Import.Readers;

/// <summary>
/// Excel workbooks, every visible sheet in order (a workbook may give one sheet per tool: the sheet's name is a line
/// before its rows, so "IIT" or "แบบวัด EIT" sets the tool). Parts are read streaming (XmlReader, never the DOM)
/// within <see cref="ReadBudget"/>. Cells are named as Excel names them (C11) so an error points at the cell.
/// A vertically merged range repeats its value down its first column; dates are read as ISO.
/// </summary>
static class XlsxTableReader
{
    const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static SourceDocument Read(string file, Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new ImportException(new ImportLocation(file), "the XLSX has no workbook");
        var budget = new ReadBudget(file);
        var strings = workbook.SharedStringTablePart is { } shared ? SharedStrings(shared, budget) : [];
        var dateStyles = workbook.WorkbookStylesPart is { } styles ? DateStyles(styles) : [];
        var blocks = new List<SourceBlock>();
        foreach (var (name, id) in Sheets(workbook))
        {
            if (workbook.GetPartById(id) is WorksheetPart part)
            {
                blocks.Add(new SourceText(0, name));
                ReadSheet(part, name, strings, dateStyles, budget, blocks);
            }
        }

        return new SourceDocument(file, blocks);
    }

    static XmlReader Open(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), DocxTableReader.Settings);

    /// <summary>Visible sheets in workbook order: a hidden sheet holds lookup lists, not the document.</summary>
    static List<(string Name, string Id)> Sheets(WorkbookPart workbook)
    {
        var sheets = new List<(string, string)>();
        using var xml = Open(workbook);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.NamespaceURI == S
                && xml.GetAttribute("id", R) is { } id && xml.GetAttribute("state") is null or "visible")
            {
                sheets.Add((xml.GetAttribute("name") ?? "", id));
            }
        }

        return sheets;
    }

    /// <summary>Each shared string's text: its runs' t, without phonetic guides (rPh).</summary>
    static List<string> SharedStrings(SharedStringTablePart part, ReadBudget budget)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        using var xml = Open(part);
        var inPhonetic = false;
        var more = xml.Read();
        while (more)
        {
            if (xml.NamespaceURI == S && xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && !inPhonetic && !xml.IsEmptyElement)
            {
                var value = xml.ReadElementContentAsString();
                budget.Text(value.Length, $"shared string {strings.Count + 1}");
                text.Append(value);
                more = !xml.EOF;
                continue;
            }

            if (xml.NamespaceURI == S)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element when xml.LocalName == "si":
                        text.Clear();
                        if (xml.IsEmptyElement)
                        {
                            strings.Add("");
                        }

                        break;
                    case XmlNodeType.Element when xml.LocalName == "rPh":
                        inPhonetic = !xml.IsEmptyElement;
                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "rPh":
                        inPhonetic = false;
                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "si":
                        strings.Add(text.ToString());
                        break;
                }
            }

            more = xml.Read();
        }

        return strings;
    }

    static void ReadSheet(WorksheetPart part, string sheetName, List<string> strings, HashSet<uint> dateStyles, ReadBudget budget, List<SourceBlock> blocks)
    {
        var values = new Dictionary<(int Row, int Column), string>();
        var merges = new List<((int Row, int Column) TopLeft, int LastRow)>();
        using (var xml = Open(part))
        {
            var more = xml.Read();
            while (more)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == S && xml.LocalName == "c")
                {
                    var reference = xml.GetAttribute("r");
                    var type = xml.GetAttribute("t");
                    var style = uint.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (uint?)null;
                    var raw = CellContent(xml, type);
                    if (reference is not null && Parse(reference) is { } at && raw.Length > 0)
                    {
                        budget.Cell(1, $"{sheetName}!{reference}");
                        budget.Text(raw.Length, $"{sheetName}!{reference}");
                        values[at] = ValueOf(raw, type, style, strings, dateStyles);
                    }

                    more = !xml.EOF;
                    continue;
                }

                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == S && xml.LocalName == "mergeCell"
                    && xml.GetAttribute("ref")?.Split(':') is [var first, var last] && Parse(first) is { } from && Parse(last) is { } to && to.Row > from.Row)
                {
                    merges.Add((from, to.Row));
                }

                more = xml.Read();
            }
        }

        foreach (var (topLeft, lastRow) in merges)
        {
            if (values.TryGetValue(topLeft, out var value))
            {
                for (var r = topLeft.Row + 1; r <= lastRow; r++)
                {
                    budget.Cell(1, $"{sheetName}!{ColumnName(topLeft.Column)}{r}");
                    values.TryAdd((r, topLeft.Column), value);
                }
            }
        }

        if (values.Count == 0)
        {
            return;
        }

        var lastColumn = values.Keys.Max(k => k.Column);
        var rowNumbers = values.Keys.Select(k => k.Row).Distinct().Order().ToList();
        budget.Grid(rowNumbers.Count, lastColumn, $"{sheetName}!{ColumnName(lastColumn)}{rowNumbers[^1]}");
        foreach (var rowNumber in rowNumbers)
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

    /// <summary>The cell's value (v) or inline string (is/t, without rPh); leaves the reader after the cell.</summary>
    static string CellContent(XmlReader xml, string? type)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        var content = new StringBuilder();
        var depth = xml.Depth;
        var inPhonetic = false;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == S && xml.LocalName == "rPh")
            {
                inPhonetic = !xml.IsEmptyElement;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "rPh")
            {
                inPhonetic = false;
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == S && !inPhonetic && !xml.IsEmptyElement
                && (xml.LocalName == "v" || (xml.LocalName == "t" && type == "inlineStr")))
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
        return content.ToString();
    }

    static string ValueOf(string raw, string? type, uint? style, List<string> strings, HashSet<uint> dateStyles)
    {
        if (type == "s")
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
                ? strings[index]
                : "";
        }

        var isNumber = type is null or "n";
        if (isNumber && style is { } s && dateStyles.Contains(s)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>Cell formats (cellXfs, in order) that show a number as a date: the built-in date formats and custom ones with d and y.</summary>
    static HashSet<uint> DateStyles(WorkbookStylesPart part)
    {
        var custom = new Dictionary<uint, string>();
        var formats = new List<uint>();
        var inCellFormats = false;
        using var xml = Open(part);
        while (xml.Read() && formats.Count <= ReadBudget.MaxCells)
        {
            if (xml.NamespaceURI != S)
            {
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "numFmt"
                && uint.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                custom[id] = xml.GetAttribute("formatCode") ?? "";
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "cellXfs")
            {
                inCellFormats = !xml.IsEmptyElement;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "xf" && inCellFormats)
            {
                formats.Add(uint.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format) ? format : 0);
            }
        }

        var styles = new HashSet<uint>();
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i];
            var isDate = id is >= 14 and <= 22 or >= 27 and <= 36 or >= 50 and <= 58
                || (custom.TryGetValue(id, out var code) && code.Contains('d', StringComparison.OrdinalIgnoreCase) && code.Contains('y', StringComparison.OrdinalIgnoreCase));
            if (isDate)
            {
                styles.Add((uint)i);
            }
        }

        return styles;
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
