using Prongsai.Documents;

namespace Prongsai.Checks.Rules;

/// <summary>"ดำเนินการแล้ว" with nothing to show for it is what assessors fail an item for.</summary>
static class StatusDoneWithoutResults
{
    public const string Id = "status-done-without-results";

    public static IEnumerable<Finding> Check(CheckContext context) =>
        from item in context.Measures
        where item.Measure.Status == MeasureStatus.Done && item.Measure.Results.Count == 0
        select new Finding(Id, Severity.Error, "สถานะดำเนินการแล้ว แต่ไม่มีผลการดำเนินการ", "marked done but no results are reported",
            item.Number, "results");
}
