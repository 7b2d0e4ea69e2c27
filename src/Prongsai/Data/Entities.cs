using Microsoft.AspNetCore.Identity;
using Prongsai.Documents;

namespace Prongsai.Data;

/// <summary>A public agency hosted by this installation.</summary>
public sealed class Agency
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The agency's part of every URL, e.g. "banchang".</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? ShortName { get; set; }

    /// <summary>One of <see cref="AgencyTypes.All"/>.</summary>
    public required string Type { get; set; }

    /// <summary>One of the 77 provinces (<see cref="Provinces.All"/>), for oversight by province.</summary>
    public string? Province { get; set; }

    /// <summary>The indicator score below which the analysis proposes a measure; null means 85.</summary>
    public decimal? ScoreTarget { get; set; }

    /// <summary>The assessment regime whose frameworks apply (a file in the catalog: "moit", …); null is the NACC's ITA.</summary>
    public string? Regime { get; set; }

    public List<AgencyUnit> Units { get; set; } = [];

    /// <summary>
    /// A measure with its units spelled as the agency spells them ("กอง คลัง", "กองการศึกษาฯ" → กองคลัง,
    /// กองการศึกษา), so unit editors find the measures documents assign to them. Needs <see cref="Units"/> loaded.
    /// </summary>
    public Prongsai.Documents.Measure WithOwnUnitNames(Prongsai.Documents.Measure measure) => measure with
    {
        ResponsibleUnits = [.. measure.ResponsibleUnits
            .Select(written => Units.FirstOrDefault(u => Thai.ThaiText.NameKey(u.Name) == Thai.ThaiText.NameKey(written))?.Name ?? written)
            .Distinct()],
    };
}

public static class AgencyTypes
{
    public static readonly IReadOnlyList<string> All =
        ["เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนตำบล (อบต.)", "องค์การบริหารส่วนจังหวัด (อบจ.)", "อื่น ๆ"];
}

/// <summary>A department of an agency: สำนักปลัด, กองคลัง, …</summary>
public sealed class AgencyUnit : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public required string Name { get; set; }
}

/// <summary>A measure of one agency in one fiscal year: the interchange <see cref="Measure"/> plus ownership and a version.</summary>
public sealed class AgencyMeasure : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public int FiscalYear { get; set; }

    /// <summary>Order within the year's document.</summary>
    public int Position { get; set; }

    public Tool Tool { get; set; }

    /// <summary>The measure's own title where the document gives one.</summary>
    public string? Name { get; set; }

    public List<int> Indicators { get; set; } = [];

    public string? IndicatorText { get; set; }

    public List<string> ResponsibleUnits { get; set; } = [];

    public List<string> ResponsiblePersons { get; set; } = [];

    public List<string> Steps { get; set; } = [];

    public List<string> Monitoring { get; set; } = [];

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    public string? PeriodText { get; set; }

    public MeasureStatus Status { get; set; } = MeasureStatus.NotStarted;

    public List<ReportingCadence> ReportingCadences { get; set; } = [];

    public string? ReportingText { get; set; }

    public List<string> Results { get; set; } = [];

    /// <summary>Concurrency token: incremented on every save, so a second save of a stale copy fails.</summary>
    public int Version { get; set; } = 1;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public Measure ToDocument() => new()
    {
        Tool = Tool,
        Name = Name,
        Indicators = Indicators,
        IndicatorText = IndicatorText,
        ResponsibleUnits = ResponsibleUnits,
        ResponsiblePersons = ResponsiblePersons,
        Steps = Steps,
        Monitoring = Monitoring,
        Period = PeriodStart is null && PeriodEnd is null && PeriodText is null ? null : new Period(PeriodStart, PeriodEnd, PeriodText),
        Status = Status,
        Reporting = new Reporting { Cadences = ReportingCadences, Text = ReportingText },
        Results = Results,
    };

    public void CopyFrom(Measure measure)
    {
        Tool = measure.Tool;
        Name = measure.Name;
        Indicators = [.. measure.Indicators];
        IndicatorText = measure.IndicatorText;
        ResponsibleUnits = [.. measure.ResponsibleUnits];
        ResponsiblePersons = [.. measure.ResponsiblePersons];
        Steps = [.. measure.Steps];
        Monitoring = [.. measure.Monitoring];
        PeriodStart = measure.Period?.Start;
        PeriodEnd = measure.Period?.End;
        PeriodText = measure.Period?.Text;
        Status = measure.Status ?? MeasureStatus.NotStarted;
        ReportingCadences = [.. measure.Reporting.Cadences];
        ReportingText = measure.Reporting.Text;
        Results = [.. measure.Results];
    }

    public bool IsOverdue(DateOnly today) => PeriodEnd is { } end && end < today && Status != MeasureStatus.Done;
}

/// <summary>A person who signs in. Role and agency are columns: each user has exactly one of each.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>One of <see cref="Roles"/>.</summary>
    public string Role { get; set; } = Roles.Oversight;

    /// <summary>Null only for system administrators and oversight viewers who belong to no agency.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>For unit editors: the unit whose measures they may edit.</summary>
    public string? UnitName { get; set; }

    /// <summary>The name printed under a signature, e.g. นายสมชาย ใจดี.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The position printed under the name, e.g. นายกเทศมนตรีตำบลบ้านฉาง.</summary>
    public string? Position { get; set; }

    /// <summary>Set for generated one-time passwords: every page but the change-password page sends the user there.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When set, the user's sessions and API tokens are refused at once; cleared when enabled again.</summary>
    public DateTime? DisabledAt { get; set; }
}

/// <summary>One change, append-only: who, when, which entity, and its values before and after as JSON.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public DateTime At { get; set; } = DateTime.UtcNow;

    public string Actor { get; set; } = "";

    public Guid? AgencyId { get; set; }

    public required string Entity { get; set; }

    public required string EntityId { get; set; }

    /// <summary>added, modified or deleted.</summary>
    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    /// <summary>
    /// The batch action (an import, a rollover, a unit rename) that wrote this entry, shown as one expandable row; the
    /// batch's own header entry has this as its id too. Null for a change made on its own.
    /// </summary>
    public Guid? BatchId { get; set; }
}

/// <summary>A bearer token for the API. Only the SHA-256 of the token is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string Hash { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Refused from this instant on (see <see cref="Account.ApiTokens.DefaultDays"/> and MaxDays).</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>Updated at most once a minute, so that busy integrations do not write on every call.</summary>
    public DateTime? LastUsedAt { get; set; }
}
