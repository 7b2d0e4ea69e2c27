using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Reports;

/// <summary>The fixed Thai wording of the official documents.</summary>
public static class ReportText
{
    public const string ProgressTitle =
        "ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    public const string MeasuresTitle = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    public const string IndicatorColumn = "ตัวชี้วัด";

    /// <summary>Heads the steps cell of a measure that has its own name.</summary>
    public const string NamePrefix = "มาตรการ: ";
    public const string ResponsibleColumn = "(๑) ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง";
    public const string StepsColumn = "(๒) ขั้นตอนหรือวิธีปฏิบัติ";
    public const string MonitoringColumn = "(๓) แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล";
    public const string PeriodColumn = "(๔) ระยะเวลาดำเนินการ";
    public const string ReportingColumn = "(๕) การรายงานผลการดำเนินการ";

    public static readonly IReadOnlyList<MeasureStatus> StatusColumns =
        [MeasureStatus.NotStarted, MeasureStatus.InProgress, MeasureStatus.Done];

    public static string ToolHeading(Tool tool) => tool switch
    {
        Tool.IIT => "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
        Tool.EIT => "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
        Tool.OIT => "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, null),
    };

    public static string Status(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "ยังไม่ดำเนินการ",
        MeasureStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        MeasureStatus.Done => "ดำเนินการแล้ว",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Cadence(ReportingCadence cadence) => cadence switch
    {
        ReportingCadence.Monthly => "รายเดือน",
        ReportingCadence.Quarterly => "รายไตรมาส",
        ReportingCadence.Semiannual => "ราย ๖ เดือน",
        ReportingCadence.Annual => "ราย ๑๒ เดือน",
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, null),
    };

    /// <summary>The cadence as the document wrote it, else the cadences joined: "ราย ๖ เดือน และ ราย ๑๒ เดือน".</summary>
    public static string Cadence(Reporting reporting) =>
        !string.IsNullOrWhiteSpace(reporting.Text)
            ? ThaiDigits.ToThai(ThaiText.Tidy(reporting.Text))
            : string.Join(" และ ", reporting.Cadences.Select(Cadence));

    /// <summary>"ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖" from the dates; the document's own words when it has no dates.</summary>
    public static string Period(Period? period) =>
        period switch
        {
            null => "",
            { Start: null, End: null } => ThaiDigits.ToThai(ThaiText.Tidy(period.Text)),
            _ => ThaiDates.FormatPeriod(period.Start, period.End),
        };

    public static string Opening(MeasuresDocument document)
    {
        var year = ThaiDigits.ToThai(document.FiscalYear);
        return document.Kind == DocumentKind.Progress
            ? $"ตามที่ {document.Agency.Name} มีแนวทางหรือมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
              + $"ประจำปีงบประมาณ พ.ศ. {year} เพื่อให้การแก้ไขข้อบกพร่องและการพัฒนาการดำเนินงานของหน่วยงานให้ดีขึ้น"
              + "เกิดเป็นรูปธรรมและยั่งยืน โดยมีความก้าวหน้าหรือผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใส"
              + "ภายในหน่วยงานที่ได้มีแนวทางไว้แล้ว ซึ่งมีข้อมูลรายละเอียด ดังต่อไปนี้"
            : $"{document.Agency.Name} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
              + $"และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year} "
              + "เพื่อแก้ไขข้อบกพร่องและพัฒนาการดำเนินงานของหน่วยงานให้ดีขึ้น ซึ่งมีรายละเอียด ดังต่อไปนี้";
    }
}
