using Prongsai.Documents;

namespace Prongsai.Catalog;

/// <summary>One fiscal year's ITA framework, loaded from a data file (Catalog/Frameworks/ita-YYYY.json).</summary>
public sealed record Framework
{
    public required int FiscalYear { get; init; }

    public decimal PassMark { get; init; } = 85;

    /// <summary>What this file is based on, and what it leaves out.</summary>
    public string? Note { get; init; }

    public IReadOnlyList<FrameworkTool> Tools { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public LevelScheme Levels { get; init; } = new();

    public IReadOnlyList<OitItem> OitItems { get; init; } = [];

    public Indicator? Indicator(int number) => Indicators.FirstOrDefault(i => i.Number == number);

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

/// <summary>An OIT item an agency publishes (e.g. O41 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน).</summary>
public sealed record OitItem(string Code, string Name, int Indicator, string? Purpose = null);
