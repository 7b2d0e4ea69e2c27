using Prongsai.Thai;

namespace Prongsai.Checks.Rules;

/// <summary>The timeframe must lie inside the fiscal year (1 October – 30 September).</summary>
static class PeriodOutsideFiscalYear
{
    public const string Id = "period-outside-fiscal-year";

    public static IEnumerable<Finding> Check(CheckContext context)
    {
        var year = context.FiscalYear;
        foreach (var (number, m) in context.Measures)
        {
            if (m.Period is not { Start: { } start, End: { } end } period || (year.Contains(start) && year.Contains(end)))
            {
                continue;
            }

            var shown = period.Text ?? ThaiDates.FormatPeriod(start, end);
            yield return new Finding(Id, Severity.Error,
                $"ระยะเวลา “{shown}” อยู่นอกปีงบประมาณ {ThaiDigits.ToThai(year.BuddhistYear)} ({ThaiDates.Format(year.Start)} – {ThaiDates.Format(year.End)})",
                $"the timeframe “{shown}” is outside fiscal year {year.BuddhistYear} ({year.Start:yyyy-MM-dd} – {year.End:yyyy-MM-dd})",
                number, "period", null, shown);
        }
    }
}
