using Prongsai.Reports;

namespace Prongsai.Tests.Reports;

public static class ReportSamples
{
    /// <summary>Everything a report can add to its document: both signatures, the report date and a score analysis.</summary>
    public static readonly ReportOptions Signed = new()
    {
        Reporter = new("นางสาวสมใจ รักงาน", "นักวิเคราะห์นโยบายและแผน"),
        Executive = new("นายสมชาย ใจดี", "นายกเทศมนตรีตำบลบ้านฉาง"),
        ReportDate = new DateOnly(2023, 3, 31),
        AnalysisParagraphs = ["ผลคะแนน ๘๕.๑๒ คะแนน", "จุดที่ต้องพัฒนา: การเปิดเผยข้อมูล"],
    };
}
