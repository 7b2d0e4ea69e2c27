using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Reports;

/// <summary>
/// The measures as a spreadsheet: one row per measure with every field, lists one item per line,
/// dates in the Buddhist era with Thai digits.
/// </summary>
public static class XlsxReportWriter
{
    public const string SheetName = "มาตรการ";

    /// <summary>
    /// Put before any cell text that a spreadsheet could take for a formula (= + - @, tab, CR). A zero-width space
    /// is invisible and the whitespace-insensitive Thai matching (ThaiText) already ignores it, so imports and
    /// comparisons are unaffected; a leading apostrophe would show as a literal character in an XLSX cell.
    /// </summary>
    public const char FormulaGuard = '\u200B';

    public static class Columns
    {
        public const string Tool = "เครื่องมือ";
        public const string Name = "มาตรการ";
        public const string Indicators = "ตัวชี้วัด (ข้อ)";
        public const string IndicatorNames = "ตัวชี้วัด";
        public const string IndicatorText = "ตัวชี้วัดตามเอกสาร";
        public const string Units = "หน่วยงานที่รับผิดชอบ";
        public const string Persons = "ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง";
        public const string Steps = "ขั้นตอนหรือวิธีปฏิบัติ";
        public const string Monitoring = "แนวทางการกำกับติดตาม";
        public const string Start = "วันเริ่มต้น";
        public const string End = "วันสิ้นสุด";
        public const string Period = "ระยะเวลาดำเนินการ";
        public const string Status = "สถานะ";
        public const string Cadence = "การรายงานผล";
        public const string Results = "ผลการดำเนินการ";
    }

    public static byte[] Write(MeasuresDocument document, ReportOptions? options = null) =>
        Write(ReportLayoutBuilder.Build(document, options));

    public static byte[] Write(ReportLayout layout)
    {
        using var memory = new MemoryStream();
        Write(layout, memory);
        return memory.ToArray();
    }

    public static void Write(ReportLayout layout, Stream output)
    {
        var rows = layout.Sections.SelectMany(s => s.Rows).Select(Row).ToList();
        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = true,
            DynamicColumns = [.. ColumnWidths.Select(c => new MiniExcelLibs.Attributes.DynamicExcelColumn(c.Key) { Width = c.Value })],
        };
        output.SaveAs(rows, sheetName: SheetName, configuration: configuration);
    }

    static readonly Dictionary<string, double> ColumnWidths = new()
    {
        [Columns.Tool] = 8, [Columns.Name] = 30, [Columns.Indicators] = 10, [Columns.IndicatorNames] = 24, [Columns.IndicatorText] = 24,
        [Columns.Units] = 20, [Columns.Persons] = 24, [Columns.Steps] = 60, [Columns.Monitoring] = 50,
        [Columns.Start] = 14, [Columns.End] = 14, [Columns.Period] = 24, [Columns.Status] = 16,
        [Columns.Cadence] = 18, [Columns.Results] = 50,
    };

    static Dictionary<string, object?> Row(ReportRow row)
    {
        var measure = row.Measure;
        return new Dictionary<string, object?>
        {
            [Columns.Tool] = measure.Tool.ToString(),
            [Columns.Name] = Cell(measure.Name),
            [Columns.Indicators] = ThaiDigits.ToThai(string.Join(", ", measure.Indicators)),
            [Columns.IndicatorNames] = Cell(row.IndicatorNames),
            [Columns.IndicatorText] = Cell(measure.IndicatorText),
            [Columns.Units] = Cell(measure.ResponsibleUnits),
            [Columns.Persons] = Cell(measure.ResponsiblePersons),
            // The name has its own column here; the table's steps cell opens with it.
            [Columns.Steps] = Cell(string.IsNullOrWhiteSpace(measure.Name) ? row.Steps : row.Steps.Skip(1)),
            [Columns.Monitoring] = Cell(row.Monitoring),
            [Columns.Start] = measure.Period?.Start is { } start ? ThaiDates.Format(start) : "",
            [Columns.End] = measure.Period?.End is { } end ? ThaiDates.Format(end) : "",
            [Columns.Period] = Cell(row.Period),
            [Columns.Status] = measure.Status is { } status ? ReportText.Status(status) : "",
            [Columns.Cadence] = Cell(ReportText.Cadence(measure.Reporting)),
            [Columns.Results] = Cell(ThaiNumbering.Items(measure.Results)),
        };
    }

    static string Cell(IEnumerable<string> lines) => Cell(string.Join("\n", lines));

    /// <summary>Text that cannot be read as a formula.</summary>
    internal static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? FormulaGuard + text : text;
}
