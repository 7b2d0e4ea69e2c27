using System.Globalization;
using Prongsai.Catalog;
using Prongsai.Thai;

namespace Prongsai.Scores;

/// <summary>Which indicators of a year's result fell below the agency's target, and the paragraphs a report opens with.</summary>
public static class ScoreAnalysis
{
    public const decimal DefaultTarget = 85m;

    public sealed record Shortfall(int Indicator, string Name, decimal Score);

    public static IReadOnlyList<Shortfall> BelowTarget(Framework framework, IReadOnlyList<decimal?> indicators, decimal target)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(indicators);
        return [.. indicators.Select((score, index) => (Number: index + 1, Score: score))
            .Where(x => x.Score is { } s && s < target)
            .Select(x => new Shortfall(x.Number, framework.Indicator(x.Number)?.Name ?? $"ตัวชี้วัดที่ {x.Number}", x.Score!.Value))];
    }

    /// <summary>
    /// The analysis that opens the measures document (Thai digits): the year's total and level, then each indicator
    /// below the target, lowest first.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(Framework framework, int resultYear, decimal total, string level, IReadOnlyList<decimal?> indicators, decimal target)
    {
        var below = BelowTarget(framework, indicators, target).OrderBy(s => s.Score).ToList();
        var paragraphs = new List<string>
        {
            ThaiDigits.ToThai($"ผลการประเมิน ITA ปีงบประมาณ {resultYear} ได้คะแนนรวม {Number(total)} คะแนน อยู่ในระดับ{level}"),
        };
        paragraphs.Add(below.Count == 0
            ? ThaiDigits.ToThai($"ทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าเป้าหมาย {Number(target)} คะแนน")
            : ThaiDigits.ToThai($"ตัวชี้วัดที่ได้คะแนนต่ำกว่าเป้าหมาย {Number(target)} คะแนน ซึ่งหน่วยงานกำหนดมาตรการเพื่อปรับปรุง ได้แก่ ")
              + string.Join(" ", below.Select(s => ThaiDigits.ToThai($"ตัวชี้วัดที่ {s.Indicator} {s.Name} ({Number(s.Score)} คะแนน)"))));
        return paragraphs;
    }

    static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
