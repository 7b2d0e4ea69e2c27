using System.Globalization;
using Prongsai.Thai;

namespace Prongsai.Scores;

/// <summary>Scores on the pages: Thai digits, up to two decimals, a dash for none.</summary>
public static class ScoreText
{
    public static string Score(decimal? value) => value is { } v ? ThaiDigits.ToThai(v.ToString("0.##", CultureInfo.InvariantCulture)) : "–";
}
