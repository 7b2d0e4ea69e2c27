namespace Prongsai.Checks.Rules;

/// <summary>Each of the five elements an assessor looks for must be there.</summary>
static class ElementMissing
{
    public const string Id = "element-missing";

    public static IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var (number, m) in context.Measures)
        {
            if (m.ResponsibleUnits.Count == 0 && m.ResponsiblePersons.Count == 0)
            {
                yield return Missing(number, "responsible", "(๑) ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง", "(1) who is responsible");
            }

            if (m.Steps.Count == 0)
            {
                yield return Missing(number, "steps", "(๒) ขั้นตอนหรือวิธีปฏิบัติ", "(2) the steps");
            }

            if (m.Monitoring.Count == 0)
            {
                yield return Missing(number, "monitoring", "(๓) แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล", "(3) how it is monitored and reported");
            }

            if (m.Period is null || (m.Period.Start is null && string.IsNullOrWhiteSpace(m.Period.Text)))
            {
                yield return Missing(number, "period", "(๔) ระยะเวลาดำเนินการ", "(4) the timeframe");
            }

            if (m.Reporting.Cadences.Count == 0 && string.IsNullOrWhiteSpace(m.Reporting.Text))
            {
                yield return Missing(number, "reporting", "(๕) การรายงานผลการดำเนินการ", "(5) how results are reported");
            }
        }
    }

    static Finding Missing(int measure, string field, string thai, string english) =>
        new(Id, Severity.Error, $"ไม่มี{thai}", $"{english} is missing", measure, field);
}
