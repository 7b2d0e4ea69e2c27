using Prongsai.Thai;

namespace Prongsai.Tests.Thai;

/// <summary>What a date field accepts (every form people type, in either UI language) and the date it starts with.</summary>
public class DateInputTests
{
    [Theory]
    [InlineData("๓๑ มี.ค. ๒๕๖๖")]
    [InlineData("๓๑/๓/๒๕๖๖")]
    [InlineData("31/3/2023")]
    [InlineData("  31 มี.ค 2566 ")]
    [InlineData("31 Mar 2023")]
    [InlineData("31 march 2023")]
    [InlineData("31 Mar 2566")]
    public void Accepts_the_forms_of_both_languages(string text) => Assert.Equal(new DateOnly(2023, 3, 31), ThaiDates.Parse(text));

    [Theory]
    [InlineData("31/2/2566")]
    [InlineData("29/2/2566")]
    [InlineData("1/1/2400")]
    [InlineData("1 ม.ค. 2400")]
    [InlineData("garbage")]
    [InlineData("31/13/2566")]
    [InlineData("2023-02-30")]
    [InlineData("๓๑ มี.ค.")]
    public void Refuses_what_is_no_date(string text) => Assert.Null(ThaiDates.Parse(text));

    [Fact]
    public void Refuses_overlong_text_without_reading_it() => Assert.Null(ThaiDates.Parse(new string('1', 41)));

    [Fact]
    public void English_form_is_gregorian_and_reads_back()
    {
        var date = new DateOnly(2023, 3, 31);
        Assert.Equal("31 Mar 2023", ThaiDates.FormatEnglish(date));
        Assert.Equal(date, ThaiDates.Parse(ThaiDates.FormatEnglish(date)));
        Assert.Equal(date, ThaiDates.Parse(ThaiDates.Format(date)));
    }

    // 2 Dec 2026 in Thailand is in FY 2570.
    static readonly ManualClock InFy2570 = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_past_year_defaults_to_its_last_day_or_first_for_a_start()
    {
        var year = new FiscalYear(2566);
        Assert.Equal(new DateOnly(2023, 9, 30), year.DefaultDate(InFy2570));
        Assert.Equal(new DateOnly(2022, 10, 1), year.DefaultDate(InFy2570, start: true));
    }

    [Fact]
    public void The_current_year_defaults_to_today_in_thailand()
    {
        Assert.Equal(new DateOnly(2026, 12, 2), new FiscalYear(2570).DefaultDate(InFy2570));
        Assert.Equal(new DateOnly(2026, 12, 2), new FiscalYear(2570).DefaultDate(InFy2570, start: true));
        // 30 Sep 18:00 UTC is already 1 Oct in Bangkok: the new fiscal year.
        var evening = new ManualClock(new DateTimeOffset(2026, 9, 30, 18, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 10, 1), new FiscalYear(2570).DefaultDate(evening));
        Assert.Equal(new DateOnly(2026, 9, 30), new FiscalYear(2569).DefaultDate(evening));
    }

    [Fact]
    public void A_future_year_defaults_to_its_last_day_or_first_for_a_start()
    {
        Assert.Equal(new DateOnly(2028, 9, 30), new FiscalYear(2571).DefaultDate(InFy2570));
        Assert.Equal(new DateOnly(2027, 10, 1), new FiscalYear(2571).DefaultDate(InFy2570, start: true));
    }
}
