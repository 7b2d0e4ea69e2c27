using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Measures;

/// <summary>Starts fiscal year N+1 from year N: the measures copied, periods a year later, statuses and results reset. Year N is only read.</summary>
public static class YearRollover
{
    public sealed record Outcome(int Copied, string? Error);

    public static async Task<Outcome> StartNextYearAsync(ProngsaiDb db, Agency agency, int fromYear, DateOnly today, CancellationToken cancellationToken = default)
    {
        var now = today;
        if (!Thai.FiscalYear.IsSupported(fromYear, now) || !Thai.FiscalYear.IsSupported(fromYear + 1, now))
        {
            return new(0, $"เริ่มปีใหม่ได้เฉพาะปีงบประมาณ {Thai.ThaiDigits.ToThai(Thai.FiscalYear.SupportedRange(now))} (fiscal years {Thai.FiscalYear.SupportedRange(now)} only)");
        }

        var toYear = fromYear + 1;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Measures.AnyAsync(m => m.AgencyId == agency.Id && m.FiscalYear == toYear, cancellationToken))
        {
            return new(0, $"ปีงบประมาณ {Thai.ThaiDigits.ToThai(toYear)} มีมาตรการอยู่แล้ว (FY {toYear} already has measures)");
        }

        var source = await db.Measures.AsNoTracking().Where(m => m.AgencyId == agency.Id && m.FiscalYear == fromYear)
            .OrderBy(m => m.Position).ToListAsync(cancellationToken);
        if (source.Count == 0)
        {
            return new(0, $"ปีงบประมาณ {Thai.ThaiDigits.ToThai(fromYear)} ไม่มีมาตรการ (FY {fromYear} has no measures)");
        }

        using var audit = Audit.AuditBatch.Begin(Audit.AuditBatch.Rollover, ("from", fromYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("to", toYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var measure in source)
        {
            db.Measures.Add(NextYearCopy(measure));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(source.Count, null);
    }

    static AgencyMeasure NextYearCopy(AgencyMeasure measure)
    {
        var copy = new AgencyMeasure { AgencyId = measure.AgencyId, FiscalYear = measure.FiscalYear + 1, Position = measure.Position };
        copy.CopyFrom(measure.ToDocument() with
        {
            // The document's own words name last year's dates; the dates themselves move, so the words go.
            Period = measure.PeriodStart is null && measure.PeriodEnd is null
                ? null
                : new Period(measure.PeriodStart?.AddYears(1), measure.PeriodEnd?.AddYears(1)),
            Status = MeasureStatus.NotStarted,
            Results = [],
        });
        return copy;
    }
}
