namespace Prongsai.Reports;

/// <summary>
/// The ten indicator names (docs/ita-reference.md). A stop-gap until the framework catalog under
/// Catalog/ lands on main; then the layout asks the catalog instead.
/// </summary>
static class IndicatorNames
{
    static readonly string[] Names =
    [
        "การปฏิบัติหน้าที่",
        "การใช้งบประมาณ",
        "การใช้อำนาจ",
        "การใช้ทรัพย์สินของราชการ",
        "การแก้ไขปัญหาการทุจริต",
        "คุณภาพการดำเนินงาน",
        "ประสิทธิภาพการสื่อสาร",
        "การปรับปรุงระบบการทำงาน",
        "การเปิดเผยข้อมูล",
        "การป้องกันการทุจริต",
    ];

    public static string? Of(int indicator) =>
        indicator >= 1 && indicator <= Names.Length ? Names[indicator - 1] : null;
}
