namespace Prongsai.Thai;

/// <summary>Buddhist era = Gregorian + 543.</summary>
public static class BuddhistEra
{
    public const int Offset = 543;

    public static int FromGregorian(int year) => year + Offset;

    public static int ToGregorian(int buddhistYear) => buddhistYear - Offset;

    /// <summary>
    /// Normalises a year as written in a document: a full BE year (2566), a full CE year (2023),
    /// or a two-digit BE year (66, as in "มี.ค. ๖๖"). Returns the BE year, or null when it is no year.
    /// </summary>
    public static int? Normalise(int written) => written switch
    {
        >= 2400 and <= 2700 => written,
        >= 1900 and < 2200 => written + Offset,
        >= 40 and <= 99 => 2500 + written,
        _ => null,
    };
}
