namespace Prongsai.Printing;

/// <summary>
/// The largest measure the application accepts, as the printer must be able to print it within its time limit
/// (issue 11: 5,000 characters per item, 100 items per list, 200 measures per document). The input bounds are
/// enforced where measures are written; these are the figures the printing tests and the benchmark build from.
/// </summary>
public static class PrintLimits
{
    public const int MaxItemChars = 5_000;

    public const int MaxItemsPerList = 100;

    public const int MaxMeasuresPerDocument = 200;
}
