using System.Globalization;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class PeriodParserTests
{
    [Theory]
    [InlineData("มี.ค. ๒๕๖๖", "2023-03-01", "2023-03-31")]
    [InlineData("ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖", "2022-10-01", "2023-03-31")]
    [InlineData("1 ต.ค. 2566 - 30 ก.ย. 2567", "2023-10-01", "2024-09-30")]
    [InlineData("มกราคม – มีนาคม ๒๕๖๗", "2024-01-01", "2024-03-31")]
    [InlineData("ต.ค. – ธ.ค. ๒๕๖๖", "2023-10-01", "2023-12-31")]
    [InlineData("ตุลาคม – มีนาคม ๒๕๖๗", "2023-10-01", "2024-03-31")]
    [InlineData("ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗", "2023-10-01", "2024-09-30")]
    [InlineData("ต.ค.๖๕-ก.ย.๖๖", "2022-10-01", "2023-09-30")]
    [InlineData("๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖", "2022-10-01", "2023-09-30")]
    [InlineData("01/10/2565 - 31/03/2566", "2022-10-01", "2023-03-31")]
    [InlineData("2023-03-01", "2023-03-01", "2023-03-01")]
    [InlineData("มี.ค ๖๖", "2023-03-01", "2023-03-31")]
    public void Reads_the_timeframes_documents_write(string text, string start, string end)
    {
        AssertPeriod(text, null, start, end);
        Assert.Equal(text, PeriodParser.Parse(text).Text);
    }

    [Theory]
    [InlineData("ตลอดปีงบประมาณ", "2022-10-01", "2023-09-30")]
    [InlineData("ไตรมาสที่ ๒", "2023-01-01", "2023-03-31")]
    [InlineData("ไตรมาสที่ ๑-๒", "2022-10-01", "2023-03-31")]
    [InlineData("พฤศจิกายน", "2022-11-01", "2022-11-30")]
    public void Takes_a_missing_year_from_the_fiscal_year(string text, string start, string end)
    {
        AssertPeriod(text, 2566, start, end);
    }

    [Theory]
    [InlineData("ตามความเหมาะสม")]
    [InlineData("31 ก.พ. 2566")]
    [InlineData("พฤศจิกายน")]
    public void Keeps_unreadable_timeframes_as_text_without_dates(string text)
    {
        var period = PeriodParser.Parse(text);

        Assert.Null(period.Start);
        Assert.Equal(text, period.Text);
    }

    static void AssertPeriod(string text, int? fiscalYear, string? start, string? end)
    {
        var period = PeriodParser.Parse(text, fiscalYear);
        Assert.Equal(start is null ? null : DateOnly.Parse(start, CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(end is null ? null : DateOnly.Parse(end, CultureInfo.InvariantCulture), period.End);
    }

    [Theory]
    [InlineData("ต.ค. ๒๕๖๕ – มี.ค.", "2022-10-01", "2023-03-31")]
    [InlineData("ม.ค. ๒๕๖๖ - มี.ค.", "2023-01-01", "2023-03-31")]
    [InlineData("๑ มี.ค. – ๓๑ มี.ค. ๒๕๖๖", "2023-03-01", "2023-03-31")]
    [InlineData("ม.ค. 2566 ก.พ. 2566", "2023-01-01", "2023-02-28")]
    [InlineData("1 ต.ค. 30 ก.ย. 66", "2022-10-01", "2023-09-30")]
    [InlineData("๑ มี.ค. ๒๕๖๖ – ๓๑ มี.ค.", "2023-03-01", "2023-03-31")]
    public void A_year_written_on_one_end_only_dates_both(string text, string start, string end) =>
        AssertPeriod(text, null, start, end);

    [Theory]
    [InlineData("วันที่ 15 มี.ค. 2566 ถึง 20 มี.ค. 2566", "2023-03-15", "2023-03-20")]
    [InlineData("๓๒ มี.ค. ๒๕๖๖", "2023-03-01", "2023-03-31")]
    public void A_day_is_the_number_right_before_its_month_when_it_can_be_a_day(string text, string start, string end) =>
        AssertPeriod(text, null, start, end);

    [Theory]
    [InlineData("มีนาคม", "2023-03-01", "2023-03-31")]
    [InlineData("ตุลาคม", "2022-10-01", "2022-10-31")]
    [InlineData("กันยายน", "2023-09-01", "2023-09-30")]
    [InlineData("ตลอดปี", "2022-10-01", "2023-09-30")]
    [InlineData("ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๗", "2023-10-01", "2023-12-31")]
    public void A_month_without_a_year_falls_in_the_fiscal_year_and_a_year_the_text_names_wins(string text, string start, string end) =>
        AssertPeriod(text, 2566, start, end);

    [Theory]
    [InlineData("15/01/2566", "2023-01-15")]
    [InlineData("15/12/2565", "2022-12-15")]
    public void Numeric_dates_read_january_and_december(string text, string day) => AssertPeriod(text, null, day, day);

    [Theory]
    [InlineData("31/02/2566")]
    [InlineData("0/03/2566")]
    [InlineData("15/13/2566")]
    [InlineData("31/02/2566 - 31/03/2566")]
    [InlineData("มี.ค. ๒๕๖๖ - ต.ค. ๒๕๖๕")]
    [InlineData("มี.ค. 25667")]
    public void Impossible_or_backwards_dates_keep_only_the_text(string text)
    {
        var period = PeriodParser.Parse(text);
        Assert.Equal((null, null, text), (period.Start, period.End, period.Text));
    }

    [Fact]
    public void Quarters_written_backwards_give_no_dates() => AssertPeriod("ไตรมาสที่ ๓-๒", 2566, null, null);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_text_is_no_period_at_all(string text) =>
        Assert.Equal(new Prongsai.Documents.Period(null, null, null), PeriodParser.Parse(text, 2566));
}
