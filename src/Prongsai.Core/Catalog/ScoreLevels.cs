using Prongsai.Documents;

namespace Prongsai.Catalog;

/// <summary>
/// The level (ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน from 2566) or grade (AA–F up to 2565) of an ITA result, read from the
/// year's framework: bands are data, so next year's rules need no code change.
/// </summary>
public static class ScoreLevels
{
    /// <summary>
    /// The highest band whose minimum the total reaches and, when the band sets one, whose minimum every tool's
    /// score reaches. Scores are compared as given (no rounding): 84.99 is below 85.
    /// </summary>
    public static LevelBand LevelOf(Framework framework, decimal total, decimal? iit, decimal? eit, decimal? oit)
    {
        ArgumentNullException.ThrowIfNull(framework);
        decimal?[] tools = [iit, eit, oit];
        foreach (var band in framework.Levels.Bands)
        {
            if (total < band.Min)
            {
                continue;
            }

            if (band.EachToolMin is { } eachMin && tools.Any(score => score is null || score < eachMin))
            {
                continue;
            }

            return band;
        }

        return framework.Levels.Bands[^1];
    }

    /// <summary>The total the framework's weights give (IIT × 0.30 + EIT × 0.30 + OIT × 0.40 in most years), to two decimals.</summary>
    public static decimal TotalOf(Framework framework, decimal iit, decimal eit, decimal oit)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var total = WeightOf(framework, Tool.IIT) * iit + WeightOf(framework, Tool.EIT) * eit + WeightOf(framework, Tool.OIT) * oit;
        return Math.Round(total, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Whether the band counts as passing: its own flag, or else its minimum reaching the pass mark.</summary>
    public static bool Passed(Framework framework, LevelBand band) => band.Passed ?? band.Min >= framework.PassMark;

    static decimal WeightOf(Framework framework, Tool tool) => framework.Tool(tool)?.Weight ?? 0m;
}
