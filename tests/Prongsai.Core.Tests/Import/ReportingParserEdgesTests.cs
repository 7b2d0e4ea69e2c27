using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class ReportingParserEdgesTests
{
    [Fact]
    public void An_unnumbered_first_paragraph_of_up_to_60_characters_naming_a_cadence_is_the_head()
    {
        var sixty = "รายงานผลรายไตรมาส" + new string('ก', 60 - "รายงานผลรายไตรมาส".Length);
        var (reporting, results) = ReportingParser.Parse([sixty, "ได้ประชุมแล้ว"]);
        Assert.Equal(sixty, reporting.Text);
        Assert.Equal([ReportingCadence.Quarterly], reporting.Cadences);
        Assert.Equal(["ได้ประชุมแล้ว"], results);

        var sixtyOne = sixty + "ก";
        (reporting, results) = ReportingParser.Parse([sixtyOne, "ได้ประชุมแล้ว"]);
        Assert.Null(reporting.Text);
        Assert.Equal([sixtyOne, "ได้ประชุมแล้ว"], results);
    }

    [Fact]
    public void An_unnumbered_first_paragraph_naming_no_cadence_stays_a_result_and_there_is_no_head()
    {
        var (reporting, results) = ReportingParser.Parse(["ได้ประชุมแล้ว", "ได้รายงานแล้ว"]);
        Assert.Null(reporting.Text);
        Assert.Empty(reporting.Cadences);
        Assert.Equal(["ได้ประชุมแล้ว", "ได้รายงานแล้ว"], results);
    }

    [Theory]
    [InlineData("6 เดือน", ReportingCadence.Semiannual)]
    [InlineData("๑๒ เดือน", ReportingCadence.Annual)]
    [InlineData("ทุก 3 เดือน", ReportingCadence.Quarterly)]
    public void A_cadence_may_open_the_text_with_its_number(string text, ReportingCadence cadence) =>
        Assert.Equal([cadence], ReportingParser.CadencesIn(text));

    [Theory]
    [InlineData("ราย 16 เดือน")]
    [InlineData("ทุก 36 เดือน")]
    public void A_longer_number_before_the_months_is_not_the_cadence(string text) =>
        Assert.Empty(ReportingParser.CadencesIn(text));
}
