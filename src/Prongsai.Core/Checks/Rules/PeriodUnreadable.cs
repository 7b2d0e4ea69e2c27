namespace Prongsai.Checks.Rules;

/// <summary>A timeframe written in words we cannot turn into dates cannot be checked against the fiscal year.</summary>
static class PeriodUnreadable
{
    public const string Id = "period-unreadable";

    public static IEnumerable<Finding> Check(CheckContext context) =>
        from item in context.Measures
        let period = item.Measure.Period
        where period is not null && (period.Start is null || period.End is null) && !string.IsNullOrWhiteSpace(period.Text)
        select new Finding(Id, Severity.Warning,
            $"อ่านระยะเวลา “{period.Text}” เป็นวันที่ไม่ได้ ควรระบุเดือนและปี เช่น ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖",
            $"the timeframe “{period.Text}” has no dates we can read; give months and years, e.g. ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖",
            item.Number, "period", null, period.Text);
}
