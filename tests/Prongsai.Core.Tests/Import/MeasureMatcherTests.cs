using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class MeasureMatcherTests
{
    static Measure M(Tool tool, int[] indicators, params string[] steps) => new() { Tool = tool, Indicators = indicators, Steps = steps };

    [Fact]
    public void The_seed_document_matched_with_itself_pairs_each_measure_with_its_own()
    {
        var seed = Fixtures.Expected().Measures;

        var result = MeasureMatcher.Match(seed, seed);

        Assert.Equal(seed.Count, result.Matches.Count);
        Assert.All(result.Matches, m => Assert.Equal(m.Incoming, m.Existing));
        Assert.All(result.Matches, m => Assert.Equal(MatchKind.Indicators, m.Kind));
        Assert.Empty(result.New);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Order_in_the_document_does_not_matter()
    {
        var seed = Fixtures.Expected().Measures;
        var reversed = seed.Reverse().ToList();

        var result = MeasureMatcher.Match(reversed, seed);

        Assert.All(result.Matches, m => Assert.Same(reversed[m.Incoming], seed[m.Existing]));
        Assert.Equal(seed.Count, result.Matches.Count);
    }

    [Fact]
    public void Reworded_steps_of_the_same_tool_and_indicators_are_an_update_not_a_new_measure()
    {
        var existing = M(Tool.IIT, [1, 2], "ประชุมชี้แจงแนวทางการใช้งบประมาณแก่บุคลากร", "รายงานผลต่อผู้บริหาร");
        var incoming = M(Tool.IIT, [2, 1], "ประชุม ชี้แจงแนวทางการใช้งบประมาณให้บุคลากรทุกกอง", "รายงานผลต่อผู้บริหารทุกไตรมาส");

        var result = MeasureMatcher.Match([incoming], [existing]);

        var match = Assert.Single(result.Matches);
        Assert.Equal(MatchKind.Indicators, match.Kind);
    }

    [Fact]
    public void Same_indicators_but_texts_sharing_almost_nothing_are_two_different_measures()
    {
        var existing = M(Tool.IIT, [1], "ประชุมชี้แจงแนวทางการใช้งบประมาณ");
        var incoming = M(Tool.IIT, [1], "Open data portal launched");

        var result = MeasureMatcher.Match([incoming], [existing]);

        Assert.Empty(result.Matches);
        Assert.Equal([0], result.New);
        Assert.Equal([0], result.Missing);
    }

    [Fact]
    public void A_measure_re_classified_under_another_indicator_is_matched_by_its_text()
    {
        var existing = M(Tool.IIT, [3], "จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้างและเผยแพร่บนเว็บไซต์");
        var incoming = M(Tool.EIT, [4], "จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง และเผยแพร่บนเว็บไซต์ของหน่วยงาน");

        var match = Assert.Single(MeasureMatcher.Match([incoming], [existing]).Matches);

        Assert.Equal(MatchKind.Text, match.Kind);
        Assert.True(match.Similarity >= MeasureMatcher.SameTextThreshold);
    }

    [Fact]
    public void Different_indicators_and_loosely_similar_text_are_not_matched()
    {
        var existing = M(Tool.IIT, [3], "จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง");
        var incoming = M(Tool.IIT, [5], "จัดอบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน");

        Assert.Empty(MeasureMatcher.Match([incoming], [existing]).Matches);
    }

    [Fact]
    public void Each_existing_measure_is_used_once_and_goes_to_the_most_similar_incoming_one()
    {
        var existing = M(Tool.IIT, [1], "ประชุมชี้แจงแนวทางการใช้งบประมาณประจำปี");
        var close = M(Tool.IIT, [1], "ประชุมชี้แจงแนวทางการใช้งบประมาณประจำปีแก่บุคลากร");
        var far = M(Tool.IIT, [1], "ประชุมคณะกรรมการติดตามงบประมาณ");

        var result = MeasureMatcher.Match([far, close], [existing]);

        var match = Assert.Single(result.Matches);
        Assert.Equal(1, match.Incoming);
        Assert.Equal([0], result.New);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Whitespace_is_ignored_so_text_with_stray_spaces_is_the_same_text()
    {
        var a = M(Tool.IIT, [1], "ประชุมชี้แจงแนวทาง");
        var b = M(Tool.IIT, [1], "ประ ชุม ชี้ แจง\u200Bแนว ทาง");

        Assert.Equal(1.0, MeasureMatcher.Similarity(a, b));
    }

    [Fact]
    public void A_document_adding_one_measure_to_the_year_shows_one_new_and_none_missing()
    {
        var seed = Fixtures.Expected().Measures;
        var extra = M(Tool.OIT, [9], "เผยแพร่ข้อมูลสาธารณะตามรายการ o1 ถึง o33 บนเว็บไซต์");

        var result = MeasureMatcher.Match([.. seed, extra], seed);

        Assert.Equal(seed.Count, result.Matches.Count);
        Assert.Equal([seed.Count], result.New);
        Assert.Empty(result.Missing);
    }

    static Measure Named(Tool tool, int[] indicators, string name, params string[] steps) => M(tool, indicators, steps) with { Name = name };

    // Six letters, five bigrams each: "กขคงจฉ" and "กขคงชซ" share three (0.6 exactly), "กขคงจฉ" and "กขฌญฎฏ" one (0.2 exactly).
    [Fact]
    public void The_thresholds_themselves_still_match()
    {
        Assert.Equal(MeasureMatcher.SameTextThreshold, MeasureMatcher.Similarity(M(Tool.IIT, [1], "กขคงจฉ"), M(Tool.IIT, [1], "กขคงชซ")), 10);
        Assert.Equal(MeasureMatcher.SameIndicatorsFloor, MeasureMatcher.Similarity(M(Tool.IIT, [1], "กขคงจฉ"), M(Tool.IIT, [1], "กขฌญฎฏ")), 10);

        var byText = Assert.Single(MeasureMatcher.Match([M(Tool.EIT, [4], "กขคงจฉ")], [M(Tool.IIT, [3], "กขคงชซ")]).Matches);
        Assert.Equal(MatchKind.Text, byText.Kind);
        var byIndicators = Assert.Single(MeasureMatcher.Match([M(Tool.IIT, [1], "กขคงจฉ")], [M(Tool.IIT, [1], "กขฌญฎฏ")]).Matches);
        Assert.Equal(MatchKind.Indicators, byIndicators.Kind);
    }

    [Fact]
    public void The_same_indicators_win_over_a_closer_text_elsewhere()
    {
        var incoming = M(Tool.IIT, [1], "ประชุมชี้แจงแนวทางการใช้งบประมาณประจำปี");
        var sameIndicators = M(Tool.IIT, [1], "ประชุมชี้แจงแนวทางการใช้งบประมาณแก่บุคลากรทุกกอง");
        var sameText = M(Tool.EIT, [5], "ประชุมชี้แจงแนวทางการใช้งบประมาณประจำปี");

        var result = MeasureMatcher.Match([incoming], [sameText, sameIndicators]);

        var match = Assert.Single(result.Matches);
        Assert.Equal((1, MatchKind.Indicators), (match.Existing, match.Kind));
        Assert.Equal([0], result.Missing);
    }

    [Fact]
    public void Equal_candidates_pair_in_document_order_and_the_pairs_come_in_the_incoming_order()
    {
        var text = "จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง";

        var twoIncoming = MeasureMatcher.Match([M(Tool.IIT, [3], text), M(Tool.IIT, [3], text)], [M(Tool.IIT, [3], text)]);
        Assert.Equal(0, Assert.Single(twoIncoming.Matches).Incoming);
        Assert.Equal([1], twoIncoming.New);

        var twoExisting = MeasureMatcher.Match([M(Tool.IIT, [3], text)], [M(Tool.IIT, [3], text), M(Tool.IIT, [3], text)]);
        Assert.Equal(0, Assert.Single(twoExisting.Matches).Existing);
        Assert.Equal([1], twoExisting.Missing);

        // The closest pair (incoming 1) is chosen first; the list still runs in the document's order.
        var existing = new[] { M(Tool.IIT, [1], "ประชุมชี้แจงแนวทาง"), M(Tool.IIT, [2], "รายงานผลการดำเนินงาน") };
        var incoming = new[] { M(Tool.IIT, [1], "ประชุมชี้แจงแนวทางแก่บุคลากร"), M(Tool.IIT, [2], "รายงานผลการดำเนินงาน") };
        var ordered = MeasureMatcher.Match(incoming, existing);
        Assert.Equal([0, 1], ordered.Matches.Select(m => m.Incoming));
        Assert.Equal(ordered.Matches[1], ordered.Of(1));
        Assert.Null(MeasureMatcher.Match([M(Tool.IIT, [9], "อื่น")], existing).Of(0));
    }

    [Fact]
    public void Neither_another_tool_nor_having_no_indicators_counts_as_the_same_indicators()
    {
        // The texts are loosely alike (above the same-indicators floor, below the same-text threshold).
        var a = "ประชุมชี้แจงแนวทางการใช้งบประมาณ";
        var b = "ประชุมคณะกรรมการติดตามงบประมาณ";
        var similarity = MeasureMatcher.Similarity(M(Tool.IIT, [1], a), M(Tool.IIT, [1], b));
        Assert.InRange(similarity, MeasureMatcher.SameIndicatorsFloor, MeasureMatcher.SameTextThreshold - 0.01);

        Assert.Single(MeasureMatcher.Match([M(Tool.IIT, [1], a)], [M(Tool.IIT, [1], b)]).Matches);
        Assert.Empty(MeasureMatcher.Match([M(Tool.EIT, [1], a)], [M(Tool.IIT, [1], b)]).Matches);
        Assert.Empty(MeasureMatcher.Match([M(Tool.IIT, [], a)], [M(Tool.IIT, [], b)]).Matches);
    }

    [Fact]
    public void The_name_is_compared_with_the_steps()
    {
        var steps = new[] { "ประชุม", "รายงาน" };
        var a = Named(Tool.IIT, [1], "มาตรการป้องกันการรับสินบนในการให้บริการประชาชนทุกช่องทาง", steps);
        var b = Named(Tool.EIT, [7], "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างต่อสาธารณะอย่างโปร่งใส", steps);

        Assert.True(MeasureMatcher.Similarity(a, b) < MeasureMatcher.SameTextThreshold, $"{MeasureMatcher.Similarity(a, b)}");
        Assert.Empty(MeasureMatcher.Match([a], [b]).Matches);
        Assert.Equal(1.0, MeasureMatcher.Similarity(M(Tool.IIT, []), M(Tool.EIT, [])));
    }
}
