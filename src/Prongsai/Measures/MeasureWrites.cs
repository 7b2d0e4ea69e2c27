using Microsoft.EntityFrameworkCore;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Measures;

/// <summary>What pages and the API share when they save a measure: validation, checks, versioning.</summary>
public static class MeasureWrites
{
    /// <summary>Errors that stop a save, keyed by interchange field name. Check findings do not stop it.</summary>
    public static Dictionary<string, string[]> Validate(Measure measure)
    {
        var errors = new Dictionary<string, string[]>();
        if (measure.Indicators.Count == 0)
        {
            errors["indicators"] = ["เลือกตัวชี้วัดอย่างน้อยหนึ่งข้อ (choose at least one indicator)"];
        }
        else if (measure.Indicators.Any(i => i is < 1 or > 10))
        {
            errors["indicators"] = ["ตัวชี้วัดต้องเป็นข้อ ๑–๑๐ (indicators are 1–10)"];
        }

        if (measure.Period is { Start: { } start, End: { } end } && end < start)
        {
            errors["period"] = ["วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น (the end is before the start)"];
        }

        return errors;
    }

    /// <summary>The checks of one measure, as if it were a one-measure document of the agency.</summary>
    public static IReadOnlyList<Finding> Check(Agency agency, int fiscalYear, Measure measure) =>
        DocumentChecks.Run(new MeasuresDocument
        {
            Agency = new AgencyName(agency.Name, agency.ShortName),
            FiscalYear = fiscalYear,
            Kind = DocumentKind.Progress,
            Measures = [measure],
        });

    public static async Task<AgencyMeasure> CreateAsync(ProngsaiDb db, Agency agency, int fiscalYear, Measure measure, CancellationToken cancellationToken = default)
    {
        var last = await db.Measures.Where(m => m.AgencyId == agency.Id && m.FiscalYear == fiscalYear)
            .MaxAsync(m => (int?)m.Position, cancellationToken) ?? 0;
        var row = new AgencyMeasure { AgencyId = agency.Id, FiscalYear = fiscalYear, Position = last + 1 };
        row.CopyFrom(agency.WithOwnUnitNames(measure));
        db.Measures.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public static Task<bool> HasProgressAsync(ProngsaiDb db, Guid measureId, CancellationToken cancellationToken = default) =>
        db.ProgressUpdates.AnyAsync(u => u.MeasureId == measureId, cancellationToken);

    /// <summary>
    /// Saves <paramref name="measure"/> over <paramref name="row"/> if nobody saved it since <paramref name="expectedVersion"/>.
    /// Returns false on a conflict; the row is then reloaded with the other person's version.
    /// </summary>
    public static async Task<bool> UpdateAsync(ProngsaiDb db, AgencyMeasure row, Measure measure, int expectedVersion, CancellationToken cancellationToken = default)
    {
        // Once progress is recorded, status and results are the updates' to set, not the form's.
        if (await HasProgressAsync(db, row.Id, cancellationToken))
        {
            measure = measure with { Status = row.Status, Results = [.. row.Results] };
        }

        db.Entry(row).Property(m => m.Version).OriginalValue = expectedVersion;
        row.CopyFrom(measure);
        row.Version = expectedVersion + 1;
        row.UpdatedAt = DateTime.UtcNow;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
