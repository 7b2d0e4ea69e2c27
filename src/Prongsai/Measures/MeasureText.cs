using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Measures;

/// <summary>How measures are named on screen: indicators, tools, statuses and cadences in Thai (English second).</summary>
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
}
