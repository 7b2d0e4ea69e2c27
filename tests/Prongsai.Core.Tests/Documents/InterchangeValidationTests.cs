using System.Text.Json;
using Prongsai.Documents;

namespace Prongsai.Core.Tests.Documents;

public class InterchangeValidationTests
{
    static readonly Measure Valid = new() { Tool = Tool.OIT, Indicators = [9], Steps = ["เผยแพร่ข้อมูล"] };

    static MeasuresDocument Document(params Measure[] measures) =>
        new() { Agency = new AgencyName("เทศบาลตำบลบ้านฉาง"), FiscalYear = 2566, Measures = measures };

    [Fact]
    public void A_valid_document_has_no_problem()
    {
        Assert.Null(InterchangeValidation.FirstProblem(Document(Valid)));
    }

    [Fact]
    public void An_agency_or_its_name_missing_is_the_first_problem()
    {
        Assert.Equal("agency", InterchangeValidation.FirstProblem(Document(Valid) with { Agency = null! })?.Path);
        Assert.Equal(("agency", "\"agency\" needs a \"name\""), InterchangeValidation.FirstProblem(Document(Valid) with { Agency = new AgencyName(null!) }));
    }

    [Theory]
    [InlineData(2400, true)]
    [InlineData(3000, true)]
    [InlineData(2399, false)]
    [InlineData(3001, false)]
    [InlineData(2023, false)]
    public void The_fiscal_year_is_a_buddhist_era_year_from_2400_to_3000(int year, bool accepted)
    {
        var problem = InterchangeValidation.FirstProblem(Document(Valid) with { FiscalYear = year });

        Assert.Equal(accepted ? null : ("fiscalYear", "\"fiscalYear\" is a Buddhist-era year between 2400 and 3000"), problem);
    }

    [Fact]
    public void A_kind_outside_the_enum_is_refused()
    {
        Assert.Equal(("kind", "\"kind\" is \"measures\" or \"progress\""), InterchangeValidation.FirstProblem(Document(Valid) with { Kind = (DocumentKind)7 }));
    }

    [Fact]
    public void Missing_measures_and_too_many_measures_are_refused()
    {
        Assert.Equal(("measures", "\"measures\" is missing"), InterchangeValidation.FirstProblem(Document() with { Measures = null! }));
        Assert.Null(InterchangeValidation.FirstProblem(Document([.. Enumerable.Repeat(Valid, MeasureLimits.MeasuresPerDocument)])));
        Assert.Equal(("measures", "201 measures; at most 200 in one document"),
            InterchangeValidation.FirstProblem(Document([.. Enumerable.Repeat(Valid, MeasureLimits.MeasuresPerDocument + 1)])));
    }

    [Fact]
    public void A_problem_inside_a_measure_is_located_by_its_index()
    {
        Assert.Equal(("measures[1]", "a measure is null"), InterchangeValidation.FirstProblem(Document(Valid, null!)));
        Assert.Equal(("measures[2].steps[0]", "an item is null"), InterchangeValidation.FirstProblem(Document(Valid, Valid, Valid with { Steps = [null!] })));
    }

    [Fact]
    public void Values_outside_their_enums_are_refused_with_the_values_allowed()
    {
        Assert.Equal(("tool", "\"tool\" is IIT, EIT or OIT"), InterchangeValidation.FirstProblem(Valid with { Tool = (Tool)9 }));
        Assert.Equal(("status", "\"status\" is notStarted, inProgress or done"), InterchangeValidation.FirstProblem(Valid with { Status = (MeasureStatus)9 }));
        Assert.Equal(("reporting.cadences", "a cadence is monthly, quarterly, semiannual or annual"),
            InterchangeValidation.FirstProblem(Valid with { Reporting = new Reporting { Cadences = [ReportingCadence.Annual, (ReportingCadence)9] } }));
        Assert.Null(InterchangeValidation.FirstProblem(Valid with { Status = MeasureStatus.Done, Reporting = new Reporting { Cadences = [ReportingCadence.Monthly] } }));
    }

    [Fact]
    public void Nulls_the_deserializer_lets_through_are_refused_by_name()
    {
        Assert.Equal(("indicators", "\"indicators\" is null"), InterchangeValidation.FirstProblem(Valid with { Indicators = null! }));
        Assert.Equal(("reporting", "\"reporting\" needs \"cadences\""), InterchangeValidation.FirstProblem(Valid with { Reporting = null! }));
        Assert.Equal(("reporting", "\"reporting\" needs \"cadences\""), InterchangeValidation.FirstProblem(Valid with { Reporting = new Reporting { Cadences = null! } }));
        Assert.Equal(("monitoring", "\"monitoring\" is null"), InterchangeValidation.FirstProblem(Valid with { Monitoring = null! }));
        Assert.Equal(("responsibleUnits", "\"responsibleUnits\" is null"), InterchangeValidation.FirstProblem(Valid with { ResponsibleUnits = null! }));
        Assert.Equal(("responsiblePersons", "\"responsiblePersons\" is null"), InterchangeValidation.FirstProblem(Valid with { ResponsiblePersons = null! }));
        Assert.Equal(("results[1]", "an item is null"), InterchangeValidation.FirstProblem(Valid with { Results = ["ผล", null!] }));
    }

    [Fact]
    public void A_measure_within_its_enums_is_then_held_to_the_size_limits()
    {
        Assert.Equal("indicators", InterchangeValidation.FirstProblem(Valid with { Indicators = Enumerable.Range(1, 11).ToList() })?.Path);
    }

    [Fact]
    public void Tools_are_written_in_capitals_and_read_in_any_case()
    {
        var json = InterchangeJson.Serialize(Document(Valid));

        Assert.Contains("\"tool\": \"OIT\"", json);
        Assert.Contains("เทศบาลตำบลบ้านฉาง", json);
        Assert.Equal(Tool.EIT, InterchangeJson.Deserialize(json.Replace("\"OIT\"", "\"eit\"")).Measures[0].Tool);
        var unknown = Assert.Throws<JsonException>(() => InterchangeJson.Deserialize(json.Replace("\"OIT\"", "\"XIT\"")));
        Assert.Contains("Unknown tool 'XIT': expected IIT, EIT or OIT.", unknown.Message);
        Assert.Equal("The JSON is null, not a measures document.", Assert.Throws<JsonException>(() => InterchangeJson.Deserialize("null")).Message);
    }
}
