using Prongsai.Thai;

namespace Prongsai.Tests.Thai;

/// <summary>Every month in every spelling documents use, written out here rather than taken from ThaiMonths itself.</summary>
public class ThaiMonthsTests
{
    static readonly string[] Abbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    static readonly string[] FullNames =
        ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];

    public static TheoryData<int> Months => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Months))]
    public void Each_month_is_read_in_full_abbreviated_and_without_its_last_dot_or_without_dots_from_three_letters(int month)
    {
        var abbreviation = Abbreviations[month - 1];

        Assert.Equal(month, ThaiMonths.Parse(FullNames[month - 1]));
        Assert.Equal(month, ThaiMonths.Parse(abbreviation));
        Assert.Equal(month, ThaiMonths.Parse(abbreviation.TrimEnd('.')));
        // Without dots, two letters (ตค, มค) are too short to be taken for a month; three (มีค, เมย) are not.
        var dotless = abbreviation.Replace(".", "", StringComparison.Ordinal);
        Assert.Equal(dotless.Length >= 3 ? month : null, ThaiMonths.Parse(dotless));
        Assert.Equal((abbreviation, FullNames[month - 1]), (ThaiMonths.AbbreviationOf(month), ThaiMonths.FullNameOf(month)));
    }
}
