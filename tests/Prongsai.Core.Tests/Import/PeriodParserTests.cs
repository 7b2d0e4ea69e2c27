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
        var period = PeriodParser.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(text, period.Text);
    }

    [Theory]
    [InlineData("ตลอดปีงบประมาณ", "2022-10-01", "2023-09-30")]
    [InlineData("ไตรมาสที่ ๒", "2023-01-01", "2023-03-31")]
    [InlineData("ไตรมาสที่ ๑-๒", "2022-10-01", "2023-03-31")]
    [InlineData("พฤศจิกายน", "2022-11-01", "2022-11-30")]
    public void Takes_a_missing_year_from_the_fiscal_year(string text, string start, string end)
    {
        var period = PeriodParser.Parse(text, fiscalYear: 2566);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
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
}
