using Prongsai.Documents;

namespace Prongsai.Catalog;

/// <summary>
/// One assessment year's ITA framework of one regime, loaded from a data file (Catalog/Frameworks/ita-YYYY.json for
/// the NACC's, REGIME-YYYY.json in the frameworks folder for others).
/// </summary>
public sealed record Framework
{
    /// <summary>The assessment year (Buddhist era). An item's document may cover another fiscal year: see <see cref="OitItem.Covers"/>.</summary>
    public required int FiscalYear { get; init; }

    /// <summary>Who runs the assessment: "nacc" (the NACC's ITA) unless the file says otherwise, e.g. "moit" for MOPH agencies.</summary>
    public string Regime { get; init; } = FrameworkCatalog.DefaultRegime;

    public string? RegimeName { get; init; }

    public decimal PassMark { get; init; } = 85;

    /// <summary>What this file is based on, and what it leaves out.</summary>
    public string? Note { get; init; }

    public IReadOnlyList<FrameworkTool> Tools { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public LevelScheme Levels { get; init; } = new();

    /// <summary>The OIT items in the order ITAS lists them.</summary>
    public IReadOnlyList<OitItem> Items { get; init; } = [];

    /// <summary>Where this year's list comes from, so an administrator knows what was checked.</summary>
    public IReadOnlyList<FrameworkSource> Sources { get; init; } = [];

    /// <summary>The year's ITA dates (registration, OIT collection window, clarification).</summary>
    public IReadOnlyList<CalendarEntry> Calendar { get; init; } = [];

    public Indicator? Indicator(int number) => Indicators.FirstOrDefault(i => i.Number == number);

    public OitItem? Item(string code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The measures item (O42 in 2564–2567) or the progress item (O43), if the year has one.</summary>
    public OitItem? ItemFor(OitRole role) => Items.FirstOrDefault(i => i.Role == role);

    /// <summary>The fiscal year an item's document reports on: 2569's O26 reports on FY 2568.</summary>
    public int FiscalYearCovered(OitItem item) => FiscalYear + item.Covers;

    public FrameworkTool? Tool(Tool tool) => Tools.FirstOrDefault(t => t.Code == tool);
}

public sealed record FrameworkTool(Tool Code, string Name, string? NameEn, decimal Weight);

public sealed record Indicator
{
    public required int Number { get; init; }

    public required string Name { get; init; }

    public required Tool Tool { get; init; }

    /// <summary>Other names documents use for it, matched whole (spaces ignored).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Words that point to it when no name or alias matches.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

/// <summary>"grade" (AA–F, up to 2565) or "level" (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน, from 2566).</summary>
public sealed record LevelScheme
{
    public string Kind { get; init; } = "level";

    /// <summary>Highest band first.</summary>
    public IReadOnlyList<LevelBand> Bands { get; init; } = [];
}

public sealed record LevelBand
{
    public required string Name { get; init; }

    public string? NameEn { get; init; }

    /// <summary>The lowest total score in this band.</summary>
    public decimal Min { get; init; }

    /// <summary>When set, every tool's score must also reach it.</summary>
    public decimal? EachToolMin { get; init; }

    public bool? Passed { get; init; }
}

/// <summary>The two OIT items the measures module produces.</summary>
public enum OitRole
{
    Measures,
    Progress,
}

/// <summary>An OIT item an agency publishes (e.g. O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน in 2566).</summary>
public sealed record OitItem
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public int? Indicator { get; init; }

    /// <summary>Measures or progress when the measures module makes this item's document; null for every other item.</summary>
    public OitRole? Role { get; init; }

    /// <summary>The fiscal year the document must cover, relative to the assessment year: 0 this year, -1 the previous one.</summary>
    public int Covers { get; init; }

    /// <summary>What the published page must show (the manual's "รายละเอียดข้อมูลที่เผยแพร่"), one element each.</summary>
    public IReadOnlyList<string> Criteria { get; init; } = [];

    /// <summary>The code, name or role could not be confirmed from the sources: an administrator should check it.</summary>
    public bool Provisional { get; init; }

    /// <summary>The criteria were written from the pattern of earlier years, not read in this year's manual.</summary>
    public bool CriteriaProvisional { get; init; }

    /// <summary>The previous year's items this one carries on (by meaning, not number); several when items were merged.</summary>
    public IReadOnlyList<string> Previous { get; init; } = [];
}

/// <summary>A public source of a year's list: what it is, where, and what it confirms.</summary>
public sealed record FrameworkSource(string Title, string? Url, string Confirms);

/// <summary>One date range of the year's ITA: "registration", "oit" (the OIT collection window), "clarification" ….</summary>
public sealed record CalendarEntry
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    public bool Provisional { get; init; }
}
