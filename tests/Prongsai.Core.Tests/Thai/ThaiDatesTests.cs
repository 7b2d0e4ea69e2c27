using Prongsai.Thai;

namespace Prongsai.Tests.Thai;

public class ThaiDatesTests
{
    [Fact]
    public void Fiscal_year_2566_runs_from_october_2022_to_september_2023()
    {
        var year = new FiscalYear(2566);
        Assert.Equal(new DateOnly(2022, 10, 1), year.Start);
        Assert.Equal(new DateOnly(2023, 9, 30), year.End);
        Assert.Equal(12, year.Months().Count());
    }

    [Theory]
    [InlineData(2022, 9, 30, 2565)]
    [InlineData(2022, 10, 1, 2566)]
    [InlineData(2023, 9, 30, 2566)]
    public void Fiscal_year_of_a_date_is_named_by_the_year_it_ends(int y, int m, int d, int expected) =>
        Assert.Equal(expected, FiscalYear.Of(new DateOnly(y, m, d)).BuddhistYear);

    [Fact]
    public void Formats_dates_in_buddhist_era_with_thai_months_and_digits()
    {
        Assert.Equal("๑ มี.ค. ๒๕๖๖", ThaiDates.Format(new DateOnly(2023, 3, 1)));
        Assert.Equal("๓๐ กันยายน ๒๕๖๖", ThaiDates.Format(new DateOnly(2023, 9, 30), fullMonth: true));
        Assert.Equal("1 มี.ค. 2566", ThaiDates.Format(new DateOnly(2023, 3, 1), thaiDigits: false));
    }

    [Fact]
    public void Formats_periods_as_months_when_they_follow_month_boundaries()
    {
        Assert.Equal("มี.ค. ๒๕๖๖", ThaiDates.FormatPeriod(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31)));
        Assert.Equal("ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖", ThaiDates.FormatPeriod(new DateOnly(2022, 10, 1), new DateOnly(2023, 3, 31)));
        Assert.Equal("๑๕ มี.ค. ๒๕๖๖ – ๓๐ เม.ย. ๒๕๖๖", ThaiDates.FormatPeriod(new DateOnly(2023, 3, 15), new DateOnly(2023, 4, 30)));
    }

    [Theory]
    [InlineData("มี.ค.", 3)]
    [InlineData("มีนาคม", 3)]
    [InlineData("มี.ค", 3)]
    [InlineData("มีค", 3)]
    [InlineData("ต . ค .", 10)]
    [InlineData("กุมภาพันธ์", 2)]
    public void Parses_month_names_in_every_spelling(string text, int month) =>
        Assert.Equal(month, ThaiMonths.Parse(text));

    [Theory]
    [InlineData(2566, 2566)]
    [InlineData(2023, 2566)]
    [InlineData(66, 2566)]
    public void Normalises_written_years_to_buddhist_era(int written, int expected) =>
        Assert.Equal(expected, BuddhistEra.Normalise(written));

    [Theory]
    [InlineData("๓๑ มี.ค. ๒๕๖๖")]
    [InlineData("31 มีนาคม 2566")]
    [InlineData("31/3/2566")]
    [InlineData("๓๑/๐๓/๒๕๖๖")]
    [InlineData("2023-03-31")]
    public void Parse_reads_buddhist_era_dates_as_typed(string text) =>
        Assert.Equal(new DateOnly(2023, 3, 31), ThaiDates.Parse(text));

    [Theory]
    [InlineData("31/2/2566")]
    [InlineData("31 ไม่มีเดือน 2566")]
    [InlineData("")]
    [InlineData("2566")]
    [InlineData("3/31/2023")]
    public void Parse_refuses_what_is_not_one_valid_date(string text) => Assert.Null(ThaiDates.Parse(text));

    [Fact]
    public void Parse_reads_back_what_format_writes() =>
        Assert.Equal(new DateOnly(2024, 2, 29), ThaiDates.Parse(ThaiDates.Format(new DateOnly(2024, 2, 29), fullMonth: true)));
}
