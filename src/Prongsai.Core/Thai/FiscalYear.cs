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
