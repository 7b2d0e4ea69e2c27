using Microsoft.EntityFrameworkCore;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Shared;
using Prongsai.Thai;

namespace Prongsai.Measures;

/// <summary>
/// The one way a measure is written — by the form, the API, an import and the demo seed: the same validation, the same
/// position numbering, the unit names as the agency spells them, and (through SaveChanges) the same audit trail.
/// </summary>
public static class MeasureWrites
{
    /// <summary>Errors that stop a save, keyed by interchange field name. Check findings do not stop it.</summary>
    public static Dictionary<string, string[]> Validate(Measure measure, int fiscalYear, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (!FiscalYear.IsSupported(fiscalYear, today))
        {
            errors["fiscalYear"] = [$"ปีงบประมาณต้องอยู่ระหว่าง {ThaiDigits.ToThai(FiscalYear.SupportedRange(today))} (the fiscal year is {FiscalYear.SupportedRange(today)})"];
        }

        if (InterchangeValidation.FirstProblem(measure) is { } problem)
        {
            errors[RootField(problem.Path)] = [$"ข้อมูลไม่ถูกต้องหรือยาวเกินกำหนด: {problem.Path} — {problem.Problem}"];
        }

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

    /// <summary>
    /// Validates every measure first and adds them after the year's last position, without saving: nothing is added
    /// unless all are valid. Errors are keyed "measures[N].field" with N counted from 1, as the document numbers them.
    /// </summary>
    public static async Task<WriteResult<IReadOnlyList<AgencyMeasure>>> AddAllAsync(ProngsaiDb db, Agency agency, int fiscalYear,
        IReadOnlyList<Measure> measures, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new Dictionary<string, string[]>();
        if (measures.Count > MeasureLimits.MeasuresPerDocument)
        {
            errors["measures"] = [$"มาตรการมากเกินกำหนด ({measures.Count:N0}; at most {MeasureLimits.MeasuresPerDocument:N0} measures)"];
        }

        for (var i = 0; i < measures.Count; i++)
        {
            foreach (var (field, messages) in Validate(measures[i], fiscalYear, today))
            {
                errors[$"measures[{i + 1}].{field}"] = messages;
            }
        }

        if (errors.Count > 0)
        {
            return WriteResult.Invalid<IReadOnlyList<AgencyMeasure>>(errors);
        }

        return WriteResult.Ok(await StageAddAsync(db, agency, fiscalYear, measures, clock, cancellationToken));
    }

    public static async Task<WriteResult<AgencyMeasure>> CreateAsync(ProngsaiDb db, Agency agency, int fiscalYear, Measure measure,
        TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var errors = Validate(measure, fiscalYear, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (errors.Count > 0)
        {
            return WriteResult.Invalid<AgencyMeasure>(errors);
        }

        var rows = await StageAddAsync(db, agency, fiscalYear, [measure], clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult.Ok(rows[0]);
    }

    /// <summary>Adds validated measures after the year's last position, in their order, without saving.</summary>
    static async Task<IReadOnlyList<AgencyMeasure>> StageAddAsync(ProngsaiDb db, Agency agency, int fiscalYear,
        IReadOnlyList<Measure> measures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var last = db.Entry(agency).State == EntityState.Added ? 0
            : await db.Measures.Where(m => m.AgencyId == agency.Id && m.FiscalYear == fiscalYear).MaxAsync(m => (int?)m.Position, cancellationToken) ?? 0;
        var rows = new List<AgencyMeasure>();
        foreach (var measure in measures)
        {
            var row = new AgencyMeasure { AgencyId = agency.Id, FiscalYear = fiscalYear, Position = ++last, UpdatedAt = clock.GetUtcNow().UtcDateTime };
            row.CopyFrom(agency.WithOwnUnitNames(measure));
            db.Measures.Add(row);
            rows.Add(row);
        }

        return rows;
    }

    public static Task<bool> HasProgressAsync(ProngsaiDb db, Guid measureId, CancellationToken cancellationToken = default) =>
        db.ProgressUpdates.AnyAsync(u => u.MeasureId == measureId, cancellationToken);

    /// <summary>
    /// Saves <paramref name="measure"/> over <paramref name="row"/> if nobody saved it since <paramref name="expectedVersion"/>.
    /// On a conflict the row is reloaded with the other person's version.
    /// </summary>
    public static async Task<WriteResult<AgencyMeasure>> UpdateAsync(ProngsaiDb db, AgencyMeasure row, Measure measure, int expectedVersion,
        TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var errors = Validate(measure, row.FiscalYear, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (errors.Count > 0)
        {
            return WriteResult.Invalid<AgencyMeasure>(errors);
        }

        db.Entry(row).Property(m => m.Version).OriginalValue = expectedVersion;
        await StageUpdateAsync(db, row, measure, clock, cancellationToken);
        row.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult.Ok(row);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WriteResult.Conflicted<AgencyMeasure>();
        }
    }

    /// <summary>
    /// Copies a validated <paramref name="measure"/> over <paramref name="row"/> and moves its version on, without saving
    /// (an import stages many in one transaction); the row's loaded version is the concurrency check.
    /// </summary>
    public static async Task StageUpdateAsync(ProngsaiDb db, AgencyMeasure row, Measure measure, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        // Once progress is recorded, status and results are the updates' to set, not the form's.
        if (await HasProgressAsync(db, row.Id, cancellationToken))
        {
            measure = measure with { Status = row.Status, Results = [.. row.Results] };
        }

        row.CopyFrom(measure);
        row.Version++;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>"steps[3]" and "period.text" are shown beside the steps and period fields.</summary>
    static string RootField(string path) => path.Split('[', '.')[0];
}
