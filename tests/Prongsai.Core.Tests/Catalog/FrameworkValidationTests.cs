using System.Text.Json.Nodes;
using Prongsai.Catalog;

namespace Prongsai.Tests.Catalog;

/// <summary>An administrator's framework file: each rule refuses with the file and the item named, and its limits are inclusive.</summary>
public class FrameworkValidationTests
{
    [Theory]
    [InlineData(2499)]
    [InlineData(2701)]
    [InlineData(2026)]
    public void A_year_that_is_not_buddhist_era_is_refused(int year) =>
        Assert.Contains($"fiscalYear {year} is not a Buddhist-era year", Refused(f => f["fiscalYear"] = year));

    [Theory]
    [InlineData(2500)]
    [InlineData(2700)]
    public void The_first_and_last_accepted_years_load(int year) =>
        Assert.True(Loaded(f => f["fiscalYear"] = year).Has(year));

    [Theory]
    [InlineData("A")]
    [InlineData("n")]
    [InlineData("MOPH")]
    public void A_regime_name_outside_lower_case_letters_is_refused(string regime) =>
        Assert.Contains($"regime '{regime}' must be 2–20", Refused(f => f["regime"] = regime));

    [Fact]
    public void A_framework_without_indicators_is_refused() =>
        Assert.Contains("needs indicators and level bands", Refused(f => f["indicators"] = new JsonArray()));

    [Fact]
    public void A_framework_without_level_bands_is_refused() =>
        Assert.Contains("needs indicators and level bands", Refused(f => f["levels"]!["bands"] = new JsonArray()));

    [Fact]
    public void A_framework_whose_level_kind_is_left_out_reads_as_levels()
    {
        var framework = Loaded(f => f["levels"]!.AsObject().Remove("kind")).For(Year);

        Assert.Equal("level", framework.Levels.Kind);
    }

    [Fact]
    public void An_indicator_number_given_twice_is_refused() =>
        Assert.Contains("indicator 3 appears twice", Refused(f => f["indicators"]![3]!["number"] = 3));

    [Fact]
    public void A_calendar_entry_ending_before_it_starts_is_refused() =>
        Assert.Contains("calendar 'registration' ends before it starts", Refused(f => f["calendar"]![0]!["end"] = "2022-11-30"));

    [Fact]
    public void A_calendar_entry_of_one_day_loads() =>
        Assert.Equal(new DateOnly(2022, 12, 1), Loaded(f => f["calendar"]![0]!["end"] = "2022-12-01").For(Year).Calendar[0].End);

    [Fact]
    public void Two_hundred_items_load_and_two_hundred_and_one_are_refused()
    {
        Assert.Equal(200, Loaded(f => f["items"] = Items(200)).For(Year).Items.Count);
        Assert.Contains("201 items, at most 200", Refused(f => f["items"] = Items(201)));
    }

    [Theory]
    [InlineData("1O")]
    [InlineData("O")]
    [InlineData("O1234")]
    [InlineData("O4.123")]
    public void An_item_code_that_is_not_a_letter_and_a_number_is_refused(string code) =>
        Assert.Contains($"item code '{code}' is not a letter and a number", Refused(f => f["items"]![0]!["code"] = code));

    [Fact]
    public void An_item_code_given_twice_in_any_letter_case_is_refused() =>
        Assert.Contains("item code 'o1' is not a letter and a number, or appears twice", Refused(f => f["items"]![1]!["code"] = "o1"));

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void An_item_without_a_name_is_refused(string name) =>
        Assert.Contains("item O1 needs a name", Refused(f => f["items"]![0]!["name"] = name));

    [Fact]
    public void A_name_or_criterion_of_a_thousand_characters_loads_and_one_more_is_refused()
    {
        var thousand = new string('ก', 1000);
        var framework = Loaded(f =>
        {
            f["items"]![0]!["name"] = thousand;
            f["items"]![0]!["criteria"]![0] = thousand;
        }).For(Year);
        Assert.Equal(thousand, framework.Items[0].Name);
        Assert.Equal(thousand, framework.Items[0].Criteria[0]);

        Assert.Contains("item O1 needs a name, and criteria of 1–1000 characters", Refused(f => f["items"]![0]!["name"] = thousand + "ก"));
        Assert.Contains("item O1 needs a name, and criteria of 1–1000 characters", Refused(f => f["items"]![0]!["criteria"]![0] = thousand + "ก"));
        Assert.Contains("item O1 needs a name, and criteria of 1–1000 characters", Refused(f => f["items"]![0]!["criteria"]![1] = "  "));
    }

    [Fact]
    public void An_item_covering_a_year_other_than_this_or_the_previous_is_refused()
    {
        Assert.Contains("item O1 covers 1; only 0", Refused(f => f["items"]![0]!["covers"] = 1));

        var framework = Loaded(f => f["items"]![0]!["covers"] = -1).For(Year);
        Assert.Equal(2565, framework.FiscalYearCovered(framework.Items[0]));
    }

    [Fact]
    public void An_item_naming_an_indicator_the_file_lacks_is_refused() =>
        Assert.Contains("item O1 names indicator 11, which the file does not define", Refused(f => f["items"]![0]!["indicator"] = 11));

    [Fact]
    public void An_empty_file_and_a_file_that_is_not_json_are_refused_with_their_names()
    {
        Assert.EndsWith($"{FileName}: empty framework file", RefusedText("null"));
        Assert.Contains($"{FileName}: not a valid framework file: ", RefusedText("{ \"fiscalYear\": "));
    }

    const int Year = 2566;

    // Whatever year the file holds, it keeps the name it is judged by (a copied file not yet renamed).
    const string FileName = "ita-2566.json";

    static JsonArray Items(int count) =>
        [.. Enumerable.Range(1, count).Select(n => new JsonObject { ["code"] = $"O{n}", ["name"] = $"ข้อ {n}", ["criteria"] = new JsonArray("แสดงข้อมูล") })];

    static FrameworkCatalog Loaded(Action<JsonObject> change) => FrameworkCatalog.Load(Write(change));

    static string Refused(Action<JsonObject> change)
    {
        var message = Assert.Throws<InvalidDataException>(() => FrameworkCatalog.Load(Write(change))).Message;
        Assert.Contains(FileName, message);
        return message;
    }

    static string RefusedText(string text) =>
        Assert.Throws<InvalidDataException>(() => FrameworkCatalog.Load(WriteText(text))).Message;

    static string Write(Action<JsonObject> change)
    {
        var framework = JsonNode.Parse(ShippedFrameworks.TextOf(Year))!.AsObject();
        change(framework);
        return WriteText(framework.ToJsonString());
    }

    static string WriteText(string text)
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-framework-").FullName;
        File.WriteAllText(Path.Combine(folder, FileName), text);
        return folder;
    }
}
