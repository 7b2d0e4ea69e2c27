using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class ReportingParserTests
{
    [Theory]
    [InlineData("รายเดือน", new[] { ReportingCadence.Monthly })]
    [InlineData("- รายไตรมาส", new[] { ReportingCadence.Quarterly })]
    [InlineData("ราย ๖ เดือน", new[] { ReportingCadence.Semiannual })]
    [InlineData("ราย ๖ เดือน และ ๑๒ เดือน ของ ปีงบประมาณ", new[] { ReportingCadence.Semiannual, ReportingCadence.Annual })]
    [InlineData("รายงานประจำปี", new[] { ReportingCadence.Annual })]
    [InlineData("ทุก 3 เดือน", new[] { ReportingCadence.Quarterly })]
    public void Reads_the_cadence_from_its_words(string text, ReportingCadence[] expected) =>
        Assert.Equal(expected, ReportingParser.CadencesIn(text));

    [Fact]
    public void Results_after_the_cadence_are_a_list_and_their_words_are_not_cadences()
    {
        var (reporting, results) = ReportingParser.Parse(["- รายไตรมาส ๑. ได้อนุมัติแผน ๒. ได้กำกับ ๓.รายงานที่ประชุมประจำเดือน"]);

        Assert.Equal([ReportingCadence.Quarterly], reporting.Cadences);
        Assert.Equal("รายไตรมาส", reporting.Text);
        Assert.Equal(3, results.Count);
    }

    [Fact]
    public void A_first_paragraph_naming_the_cadence_is_not_a_result()
    {
        var (reporting, results) = ReportingParser.Parse(["รายไตรมาส", "ได้จัดทำคู่มือ", "มีการประชาสัมพันธ์"]);

        Assert.Equal([ReportingCadence.Quarterly], reporting.Cadences);
        Assert.Equal(["ได้จัดทำคู่มือ", "มีการประชาสัมพันธ์"], results);
    }
}
