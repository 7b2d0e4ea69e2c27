namespace Prongsai.Thai;

/// <summary>
/// The Thai fiscal year (ปีงบประมาณ): 1 October – 30 September, named by the Buddhist-era year in which it ends.
/// FY 2566 = 2022-10-01 … 2023-09-30.
/// </summary>
public readonly record struct FiscalYear(int BuddhistYear)
{
    public DateOnly Start => new(BuddhistEra.ToGregorian(BuddhistYear) - 1, 10, 1);

    public DateOnly End => new(BuddhistEra.ToGregorian(BuddhistYear), 9, 30);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>
    /// The date a form for this year starts with: today when today (in Thailand) falls in the year, else the year's
    /// last day, or its first for the start of a period — progress on FY 2566 is not dated in 2569.
    /// </summary>
    public DateOnly DefaultDate(TimeProvider clock, bool start = false)
    {
        var today = ThaiClock.Today(clock);
        return Contains(today) ? today : start ? Start : End;
    }

    /// <summary>The first fiscal year the product accepts: the NACC's online ITA began in 2560-era frameworks.</summary>
    public const int FirstSupported = 2560;

    /// <summary>Plans are made at most two years ahead.</summary>
    public static int LastSupported(DateOnly today) => Of(today).BuddhistYear + 2;

    /// <summary>Years outside 2560 … this year + 2 are refused wherever a year comes in (form, API, import, rollover).</summary>
    public static bool IsSupported(int year, DateOnly today) => year >= FirstSupported && year <= LastSupported(today);

    public static string SupportedRange(DateOnly today) => $"{FirstSupported}–{LastSupported(today)}";

    public static FiscalYear Of(DateOnly date) =>
        new(BuddhistEra.FromGregorian(date.Month >= 10 ? date.Year + 1 : date.Year));

    /// <summary>The twelve months of the year, October first.</summary>
    public IEnumerable<DateOnly> Months()
    {
        for (var month = Start; month <= End; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public override string ToString() => BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
