using System.Globalization;
using System.Text;
using System.Xml;

namespace Prongsai.Import.Readers;

/// <summary>
/// Workbooks from Excel, LibreOffice Calc, Google Sheets, WPS Office and Apple Numbers: every visible sheet in
/// workbook order (a workbook may give one sheet per tool: the sheet's name is a line before its rows, so "IIT" or
/// "แบบวัด EIT" sets the tool). Transitional or Strict Open XML; shared strings or inline ones, rich runs, phonetic
/// guides left out; no styles part needed. Parts are found from the package's relationships (<see cref="XlsxPackage"/>)
/// and read streaming (XmlReader, never the DOM) within <see cref="ReadBudget"/>. Dates are written as the user saw
/// them (<see cref="XlsxDates"/>). A damaged workbook is refused naming the sheet or part and the cell.
/// </summary>
static class XlsxTableReader
{
    public const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string StrictS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const string StrictR = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <summary>A real workbook has a sheet or one per tool; a list of thousands would only make us read one part again and again.</summary>
    const int MaxSheets = 1_000;

    public static bool IsMain(string ns) => ns is S or StrictS;

    public sealed record Sheet(string Name, string Part);

    sealed record Workbook(List<Sheet> Sheets, bool Date1904, string? SharedStrings, string? Styles);

    public static SourceDocument Read(string file, Stream stream)
    {
        using var package = XlsxPackage.Open(file, stream);
        var budget = new ReadBudget(file);
        var workbook = ReadWorkbook(package, budget);
        var strings = workbook.SharedStrings is { } shared ? SharedStrings(package, shared, budget) : [];
        var shapes = workbook.Styles is { } styles ? DateShapes(package, styles) : [];
        var blocks = new List<SourceBlock>();
        foreach (var sheet in workbook.Sheets)
        {
            blocks.Add(new SourceText(0, sheet.Name));
            new XlsxSheetReader(package, sheet, budget, strings, shapes, workbook.Date1904).Read(blocks);
        }

        return new SourceDocument(file, blocks);
    }

    /// <summary>The visible sheets in workbook order, each with its part; a hidden sheet holds lookup lists, not the document.</summary>
    static Workbook ReadWorkbook(XlsxPackage package, ReadBudget budget)
    {
        var part = package.WorkbookPart(budget);
        var listed = new List<(string Name, string Id)>();
        var date1904 = false;
        package.Read(part, xml =>
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || !IsMain(xml.NamespaceURI))
                {
                    continue;
                }

                if (xml.LocalName == "workbookPr")
                {
                    date1904 = xml.GetAttribute("date1904") is "1" or "true";
                }
                else if (xml.LocalName == "sheet" && xml.GetAttribute("state") is null or "visible")
                {
                    var name = xml.GetAttribute("name") ?? "";
                    var id = xml.GetAttribute("id", R) ?? xml.GetAttribute("id", StrictR) ?? "";
                    budget.Text(name.Length + id.Length, part);
                    if (listed.Count == MaxSheets)
                    {
                        throw new ImportException(new ImportLocation(package.File), $"the workbook lists more than {MaxSheets:N0} sheets; a measures workbook has a few");
                    }

                    listed.Add((name, id));
                }
            }
        });

        var relationships = package.Relationships(part, budget);
        var sheets = new List<Sheet>();
        foreach (var (name, id) in listed)
        {
            var what = $"the sheet \"{name}\"";
            if (!relationships.TryGetValue(id, out var relationship))
            {
                throw new ImportException(new ImportLocation(package.File), $"{what} names the relationship \"{id}\", which the workbook's relationships do not hold");
            }

            if (!relationship.Is("worksheet"))
            {
                continue; // a chart sheet or a dialog sheet: no table in it
            }

            var sheetPart = package.Resolve(part, relationship, what);
            sheets.Add(package.Has(sheetPart)
                ? new Sheet(name, sheetPart)
                : throw new ImportException(new ImportLocation(package.File), $"{what} is in {sheetPart}, which is not in the file"));
        }

        return new Workbook(sheets, date1904, Optional(package, part, relationships, "sharedStrings"), Optional(package, part, relationships, "styles"));
    }

    /// <summary>The shared strings or styles part when the workbook has one; many producers write neither.</summary>
    static string? Optional(XlsxPackage package, string workbook, Dictionary<string, XlsxPackage.Relationship> relationships, string kind)
    {
        var relationship = relationships.Values.FirstOrDefault(r => r.Is(kind));
        if (relationship is null)
        {
            return null;
        }

        var part = package.Resolve(workbook, relationship, $"the workbook's {kind} part");
        return package.Has(part) ? part : throw new ImportException(new ImportLocation(package.File), $"the workbook's {kind} part {part} is not in the file");
    }

    /// <summary>Each shared string's text: its runs' t, without phonetic guides (rPh).</summary>
    static List<string> SharedStrings(XlsxPackage package, string part, ReadBudget budget)
    {
        var strings = new List<string>();
        package.Read(part, xml =>
        {
            var text = new StringBuilder();
            var inPhonetic = false;
            var more = xml.Read();
            while (more)
            {
                if (IsMain(xml.NamespaceURI) && xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && !inPhonetic && !xml.IsEmptyElement)
                {
                    var value = xml.ReadElementContentAsString();
                    budget.Text(value.Length, $"shared string {strings.Count + 1}");
                    text.Append(value);
                    more = !xml.EOF;
                    continue;
                }

                if (IsMain(xml.NamespaceURI))
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
        }, () => (null, $"shared string {strings.Count + 1}"));

        return strings;
    }

    /// <summary>What each cell format (cellXfs, in order) shows of a date; null for those that show no date.</summary>
    static List<DateShape?> DateShapes(XlsxPackage package, string part)
    {
        var custom = new Dictionary<int, DateShape?>();
        var formats = new List<int>();
        package.Read(part, xml =>
        {
            var inCellFormats = false;
            while (xml.Read() && formats.Count <= ReadBudget.MaxCells && custom.Count <= ReadBudget.MaxCells)
            {
                if (!IsMain(xml.NamespaceURI))
                {
                    continue;
                }

                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "numFmt"
                    && int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    custom[id] = XlsxDates.ShapeOf(id, xml.GetAttribute("formatCode") ?? "");
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
                    formats.Add(int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format) ? format : 0);
                }
            }
        });

        return [.. formats.Select(id => custom.TryGetValue(id, out var shape) ? shape : XlsxDates.ShapeOf(id, null))];
    }
}
