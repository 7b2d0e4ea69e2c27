using System.Text;
using System.Text.Json.Nodes;
using Prongsai.Import;
using Prongsai.Reports;

namespace Prongsai.Tests.Import;

/// <summary>The crashes the import fuzzer found, kept as plain cases.</summary>
public class FuzzFindingsTests
{
    static JsonObject Seed() => JsonNode.Parse(File.ReadAllText(Fixtures.BanchangExpected))!.AsObject();

    static ImportException Refused(JsonNode json) =>
        Assert.Throws<ImportException>(() => DocumentImporter.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), "found.json"));

    [Fact]
    public void A_null_item_in_an_interchange_list_is_refused_with_its_path()
    {
        var json = Seed();
        json["measures"]![0]!["steps"]!.AsArray().Add(null);

        Assert.StartsWith("measures[0].steps[", Refused(json).Location.Cell);
    }

    [Fact]
    public void A_null_measure_and_a_numeric_cadence_are_refused()
    {
        var nullMeasure = Seed();
        nullMeasure["measures"]!.AsArray().Add(null);
        var badCadence = Seed();
        badCadence["measures"]![0]!["reporting"] = new JsonObject { ["cadences"] = new JsonArray(-1) };

        Assert.Equal($"measures[{nullMeasure["measures"]!.AsArray().Count - 1}]", Refused(nullMeasure).Location.Cell);
        Assert.Equal("measures[0].reporting.cadences", Refused(badCadence).Location.Cell);
    }

    [Fact]
    public void A_fiscal_year_outside_the_buddhist_era_is_refused()
    {
        var json = Seed();
        json["fiscalYear"] = -1;

        Assert.Equal("fiscalYear", Refused(json).Location.Cell);
    }

    [Fact]
    public void Control_characters_in_the_text_do_not_stop_the_docx_and_xlsx_writers()
    {
        var document = Fixtures.Expected();
        var first = document.Measures[0] with { Steps = ["ก่อน\0หลัง\u0001\uD800"] };
        document = document with { Measures = [first, .. document.Measures.Skip(1)] };

        Assert.NotEmpty(DocxReportWriter.Write(document));
        Assert.NotEmpty(XlsxReportWriter.Write(document));
        Assert.Contains("ก่อนหลัง", HtmlReportWriter.Write(document));
    }
}
