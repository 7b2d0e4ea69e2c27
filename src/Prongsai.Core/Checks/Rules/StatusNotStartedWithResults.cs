using Prongsai.Documents;

namespace Prongsai.Checks.Rules;

/// <summary>Results reported for a measure marked "ยังไม่ดำเนินการ": one of the two is wrong.</summary>
static class StatusNotStartedWithResults
{
    public const string Id = "status-not-started-with-results";

    public static IEnumerable<Finding> Check(CheckContext context) =>
        from item in context.Measures
        where item.Measure.Status == MeasureStatus.NotStarted && item.Measure.Results.Count > 0
        select new Finding(Id, Severity.Warning, "สถานะยังไม่ดำเนินการ แต่มีผลการดำเนินการ", "marked not started but results are reported",
            item.Number, "status");
}
