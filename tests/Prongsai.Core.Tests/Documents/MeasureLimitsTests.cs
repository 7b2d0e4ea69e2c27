using Prongsai.Documents;

namespace Prongsai.Core.Tests.Documents;

public class MeasureLimitsTests
{
    static readonly Measure Small = new() { Tool = Tool.IIT, Indicators = [1], Steps = ["ขั้นตอน"] };

    [Fact]
    public void A_measure_at_every_limit_passes()
    {
        var atLimits = Small with
        {
            Name = new string('ก', MeasureLimits.NameLength),
            IndicatorText = new string('ก', MeasureLimits.TextLength),
            Period = new Period(null, null, new string('ก', MeasureLimits.TextLength)),
            Reporting = new Reporting { Text = new string('ก', MeasureLimits.TextLength) },
            Steps = Enumerable.Repeat(new string('ก', MeasureLimits.TextLength), MeasureLimits.ItemsPerList).ToList(),
            Indicators = Enumerable.Range(1, 10).ToList(),
        };

        Assert.Null(MeasureLimits.FirstProblem(atLimits));
    }

    [Fact]
    public void A_name_one_character_too_long_is_refused_with_its_length()
    {
        var problem = MeasureLimits.FirstProblem(Small with { Name = new string('ก', MeasureLimits.NameLength + 1) });

        Assert.Equal(("name", "501 characters; at most 500"), problem);
    }

    [Theory]
    [InlineData("indicatorText")]
    [InlineData("period.text")]
    [InlineData("reporting.text")]
    public void A_free_text_field_one_character_too_long_is_refused_by_its_path(string path)
    {
        var text = new string('ก', MeasureLimits.TextLength + 1);
        var measure = path switch
        {
            "indicatorText" => Small with { IndicatorText = text },
            "period.text" => Small with { Period = new Period(null, null, text) },
            _ => Small with { Reporting = new Reporting { Text = text } },
        };

        Assert.Equal((path, "5,001 characters; at most 5,000"), MeasureLimits.FirstProblem(measure));
    }

    [Theory]
    [InlineData("responsibleUnits")]
    [InlineData("responsiblePersons")]
    [InlineData("steps")]
    [InlineData("monitoring")]
    [InlineData("results")]
    public void A_list_with_one_item_too_many_or_one_item_too_long_is_refused_by_its_path(string path)
    {
        var tooMany = Enumerable.Repeat("x", MeasureLimits.ItemsPerList + 1).ToList();
        IReadOnlyList<string> tooLong = ["สั้น", new string('ก', MeasureLimits.TextLength + 1)];

        Assert.Equal((path, "101 items; at most 100"), MeasureLimits.FirstProblem(WithList(path, tooMany)));
        Assert.Equal(($"{path}[1]", "5,001 characters; at most 5,000"), MeasureLimits.FirstProblem(WithList(path, tooLong)));
    }

    [Fact]
    public void Eleven_indicators_are_refused()
    {
        var problem = MeasureLimits.FirstProblem(Small with { Indicators = Enumerable.Range(1, 11).ToList() });

        Assert.Equal(("indicators", "at most the ten indicators"), problem);
    }

    [Fact]
    public void The_first_problem_is_the_name_before_any_list()
    {
        var problem = MeasureLimits.FirstProblem(Small with
        {
            Name = new string('ก', MeasureLimits.NameLength + 1),
            Steps = Enumerable.Repeat("x", MeasureLimits.ItemsPerList + 1).ToList(),
        });

        Assert.Equal("name", problem?.Path);
    }

    static Measure WithList(string path, IReadOnlyList<string> list) => path switch
    {
        "responsibleUnits" => Small with { ResponsibleUnits = list },
        "responsiblePersons" => Small with { ResponsiblePersons = list },
        "steps" => Small with { Steps = list },
        "monitoring" => Small with { Monitoring = list },
        _ => Small with { Results = list },
    };
}
