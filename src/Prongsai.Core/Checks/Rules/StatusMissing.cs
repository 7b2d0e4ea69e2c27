using Prongsai.Documents;

namespace Prongsai.Checks.Rules;

/// <summary>A progress report must mark every measure ยังไม่ดำเนินการ, อยู่ระหว่างดำเนินการ or ดำเนินการแล้ว.</summary>
static class StatusMissing
{
    public const string Id = "status-missing";

    public static IEnumerable<Finding> Check(CheckContext context) =>
        context.Document.Kind != DocumentKind.Progress
            ? []
            : from item in context.Measures
              where item.Measure.Status is null
              select new Finding(Id, Severity.Warning, "ไม่ได้ระบุสถานะการดำเนินการ", "no status marked", item.Number, "status");
}
