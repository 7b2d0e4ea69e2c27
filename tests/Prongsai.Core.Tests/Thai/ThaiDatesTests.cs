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

    [Theory]
    [InlineData(2400, 2400)]
    [InlineData(2700, 2700)]
    [InlineData(1900, 2443)]
    [InlineData(2199, 2742)]
    [InlineData(40, 2540)]
    [InlineData(99, 2599)]
    public void Normalise_takes_each_kind_of_year_up_to_its_edges(int written, int expected) =>
        Assert.Equal(expected, BuddhistEra.Normalise(written));

    [Theory]
    [InlineData(2701)]
    [InlineData(2399)]
    [InlineData(2200)]
    [InlineData(1899)]
    [InlineData(100)]
    [InlineData(39)]
    [InlineData(0)]
    public void Normalise_refuses_numbers_that_are_no_year(int written) => Assert.Null(BuddhistEra.Normalise(written));

    [Fact]
    public void A_fiscal_year_contains_its_first_and_last_day_and_nothing_outside()
    {
        var year = new FiscalYear(2566);
        Assert.True(year.Contains(new DateOnly(2022, 10, 1)));
        Assert.True(year.Contains(new DateOnly(2023, 9, 30)));
        Assert.False(year.Contains(new DateOnly(2022, 9, 30)));
        Assert.False(year.Contains(new DateOnly(2023, 10, 1)));
        Assert.Equal(new DateOnly(2022, 10, 1), year.Months().First());
        Assert.Equal(new DateOnly(2023, 9, 1), year.Months().Last());
        Assert.Equal("2566", year.ToString());
    }

    [Fact]
    public void Supported_years_run_from_2560_to_two_years_after_this_one()
    {
        var today = new DateOnly(2026, 12, 2); // fiscal year 2570
        Assert.Equal(2572, FiscalYear.LastSupported(today));
        Assert.True(FiscalYear.IsSupported(2560, today));
        Assert.True(FiscalYear.IsSupported(2572, today));
        Assert.False(FiscalYear.IsSupported(2559, today));
        Assert.False(FiscalYear.IsSupported(2573, today));
        Assert.Equal("2560–2572", FiscalYear.SupportedRange(today));
    }

    [Fact]
    public void Formats_a_month_and_periods_with_an_open_end()
    {
        Assert.Equal("มีนาคม ๒๕๖๖", ThaiDates.FormatMonth(new DateOnly(2023, 3, 15), fullMonth: true));
        Assert.Equal("มี.ค. 2566", ThaiDates.FormatMonth(new DateOnly(2023, 3, 15), thaiDigits: false));
        Assert.Equal("", ThaiDates.FormatPeriod(null, null));
        Assert.Equal("๑๕ มี.ค. ๒๕๖๖", ThaiDates.FormatPeriod(new DateOnly(2023, 3, 15), null));
        Assert.Equal("๑๕ มี.ค. ๒๕๖๖", ThaiDates.FormatPeriod(null, new DateOnly(2023, 3, 15)));
        Assert.Equal("๑๕ มี.ค. ๒๕๖๖", ThaiDates.FormatPeriod(new DateOnly(2023, 3, 15), new DateOnly(2023, 3, 15)));
        Assert.Equal("1 มี.ค. 2566 – 15 มี.ค. 2566", ThaiDates.FormatPeriod(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 15), thaiDigits: false));
        Assert.Equal("มี.ค. 2566 – เม.ย. 2566", ThaiDates.FormatPeriod(new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 30), thaiDigits: false));
        Assert.Equal("มี.ค. 2566 – มี.ค. 2567", ThaiDates.FormatPeriod(new DateOnly(2023, 3, 1), new DateOnly(2024, 3, 31), thaiDigits: false));
    }

    [Theory]
    [InlineData("1/1/2443", 1900, 1, 1)]
    [InlineData("31/12/2743", 2200, 12, 31)]
    [InlineData("1/1/1900", 1900, 1, 1)]
    [InlineData("31.12.2566", 2023, 12, 31)]
    public void Parse_takes_years_from_1900_to_2200(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ThaiDates.Parse(text));

    [Theory]
    [InlineData("31/12/1899")]
    [InlineData("1/1/2744")]
    [InlineData("1/1/2201")]
    [InlineData("0/3/2566")]
    [InlineData("1/0/2566")]
    [InlineData("1/13/2566")]
    [InlineData("1//2566")]
    [InlineData("1/3/2566/4")]
    [InlineData("a/3/2566")]
    [InlineData("2023-3-x")]
    [InlineData("   ")]
    [InlineData("31 มี.ค.")]
    [InlineData("x มี.ค. 2566")]
    [InlineData("๑ มี.ค. ๖๖๖๖๖๖")]
    public void Parse_refuses_days_months_and_years_out_of_range(string text) => Assert.Null(ThaiDates.Parse(text));

    [Fact]
    public void Parse_refuses_text_longer_than_40_characters()
    {
        Assert.Equal(new DateOnly(2023, 3, 31), ThaiDates.Parse("31 มีนาคม 2566".PadLeft(40)));
        Assert.Null(ThaiDates.Parse("31 มีนาคม 2566".PadLeft(41)));
    }

    [Fact]
    public void Month_names_are_found_inside_compact_text_only_where_they_start()
    {
        Assert.Equal((3, 6), ThaiMonths.MatchAt("๑มีนาคม๒๕๖๖", 1));
        Assert.Equal((3, 5), ThaiMonths.MatchAt("๑มี.ค.๖๖", 1));
        Assert.Equal((0, 0), ThaiMonths.MatchAt("๑มีนาคม", 0));
        Assert.Null(ThaiMonths.Parse("มี.ค.๖๖"));
        Assert.Null(ThaiMonths.Parse("ค."));
        Assert.Null(ThaiMonths.Parse(""));
        Assert.Equal(12, ThaiMonths.Parse("ธ.ค"));
        Assert.Equal(1, ThaiMonths.Parse("มกราคม"));
        Assert.Equal("ม.ค.", ThaiMonths.AbbreviationOf(1));
        Assert.Equal("ธันวาคม", ThaiMonths.FullNameOf(12));
    }

    [Fact]
    public void Parse_reads_december_and_a_month_written_in_pieces()
    {
        Assert.Equal(new DateOnly(2023, 12, 31), ThaiDates.Parse("31/12/2566"));
        Assert.Equal(new DateOnly(2023, 3, 1), ThaiDates.Parse("1 มี. ค. 2566"));
    }

    [Theory]
    [InlineData("+1/3/2566")]
    [InlineData("1/-3/2566")]
    [InlineData("1/3/+2566")]
    public void Parse_refuses_signs_in_a_slashed_date(string text) => Assert.Null(ThaiDates.Parse(text));
}
