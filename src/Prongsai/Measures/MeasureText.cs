using Prongsai.Documents;
using Prongsai.Shared;
using Prongsai.Thai;

namespace Prongsai.Measures;

/// <summary>
/// How measures are named: in Thai for e-mails and official texts (…Thai, Title, Date, Period), and in the
/// visitor's UI language on screen (Status, ToolName, Cadence, Heading, Day, Span).
/// </summary>
public static class MeasureText
{
    public sealed record Indicator(int Number, string Thai, string English, Tool Tool);

    public static readonly IReadOnlyList<Indicator> Indicators =
    [
        new(1, "การปฏิบัติหน้าที่", "Performance of duty", Tool.IIT),
        new(2, "การใช้งบประมาณ", "Use of budget", Tool.IIT),
        new(3, "การใช้อำนาจ", "Use of authority", Tool.IIT),
        new(4, "การใช้ทรัพย์สินของราชการ", "Use of public property", Tool.IIT),
        new(5, "การแก้ไขปัญหาการทุจริต", "Solving corruption problems", Tool.IIT),
        new(6, "คุณภาพการดำเนินงาน", "Quality of operations", Tool.EIT),
        new(7, "ประสิทธิภาพการสื่อสาร", "Effective communication", Tool.EIT),
        new(8, "การปรับปรุงระบบการทำงาน", "Improving work systems", Tool.EIT),
        new(9, "การเปิดเผยข้อมูล", "Disclosure of information", Tool.OIT),
        new(10, "การป้องกันการทุจริต", "Corruption prevention", Tool.OIT),
    ];

    public static string IndicatorName(int number) =>
        Indicators.FirstOrDefault(i => i.Number == number)?.Thai ?? ThaiDigits.ToThai(number);

    public static string ToolThai(Tool tool) => tool switch
    {
        Tool.IIT => "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
        Tool.EIT => "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
        _ => "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
    };

    public static string StatusThai(MeasureStatus status) => status switch
    {
        MeasureStatus.Done => "ดำเนินการแล้ว",
        MeasureStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        _ => "ยังไม่ดำเนินการ",
    };

    public static string StatusEnglish(MeasureStatus status) => status switch
    {
        MeasureStatus.Done => "done",
        MeasureStatus.InProgress => "in progress",
        _ => "not started",
    };

    public static string StatusCss(MeasureStatus status) => status switch
    {
        MeasureStatus.Done => "status-done",
        MeasureStatus.InProgress => "status-inProgress",
        _ => "status-notStarted",
    };

    public static string CadenceThai(ReportingCadence cadence) => cadence switch
    {
        ReportingCadence.Monthly => "รายเดือน",
        ReportingCadence.Quarterly => "รายไตรมาส",
        ReportingCadence.Semiannual => "ราย ๖ เดือน",
        _ => "ราย ๑๒ เดือน",
    };

    /// <summary>The official display of a date: "๑ มี.ค. ๒๕๖๖".</summary>
    public static string Date(DateOnly? date) => date is { } d ? ThaiDates.Format(d) : "";

    public static string Period(DateOnly? start, DateOnly? end) => ThaiDates.FormatPeriod(start, end);

    /// <summary>A short one-line title for a measure in lists: its indicators.</summary>
    public static string Title(IEnumerable<int> indicators) =>
        string.Join(", ", indicators.Select(n => $"{ThaiDigits.ToThai(n)}. {IndicatorName(n)}"));

    public static string Status(MeasureStatus status) => Ui.English ? Capitalise(StatusEnglish(status)) : StatusThai(status);

    public static string ToolName(Tool tool) => tool switch
    {
        _ when !Ui.English => ToolThai(tool),
        Tool.IIT => "Internal Integrity and Transparency Assessment (IIT)",
        Tool.EIT => "External Integrity and Transparency Assessment (EIT)",
        _ => "Open Data Integrity and Transparency Assessment (OIT)",
    };

    public static string Cadence(ReportingCadence cadence) => cadence switch
    {
        _ when !Ui.English => CadenceThai(cadence),
        ReportingCadence.Monthly => "Monthly",
        ReportingCadence.Quarterly => "Quarterly",
        ReportingCadence.Semiannual => "Every 6 months",
        _ => "Every 12 months",
    };

    public static string IndicatorLabel(Indicator indicator) => Ui.English ? indicator.English : indicator.Thai;

    public static string Heading(IEnumerable<int> indicators) => Ui.English
        ? string.Join(", ", indicators.Select(n => $"{n}. {Indicators.FirstOrDefault(i => i.Number == n)?.English ?? ""}"))
        : Title(indicators);

    public static string Day(DateOnly? date) => date is { } d ? Ui.Date(d) : "";

    public static string Span(DateOnly? start, DateOnly? end) => Ui.English
        ? string.Join(" – ", new[] { Day(start), Day(end) }.Where(s => s.Length > 0))
        : Period(start, end);

    static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
