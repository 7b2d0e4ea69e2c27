using Prongsai.Documents;

namespace Prongsai.Tests.Checks;

/// <summary>A measure with all five elements, an indicator and a status: no rule finds anything in it.</summary>
static class CompleteMeasure
{
    public static readonly Measure Value = new()
    {
        Tool = Tool.IIT,
        Indicators = [2],
        IndicatorText = "การใช้งบประมาณ",
        ResponsibleUnits = ["กองคลัง"],
        Steps = ["ประชุม"],
        Monitoring = ["รายงานผู้บริหาร"],
        Period = new Period(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31), "มี.ค. ๒๕๖๖"),
        Status = MeasureStatus.InProgress,
        Reporting = new Reporting { Cadences = [ReportingCadence.Quarterly], Text = "รายไตรมาส" },
    };
}
