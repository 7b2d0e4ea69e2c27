using Prongsai.Checks;
using Prongsai.Documents;

namespace Prongsai.Tests.Checks;

/// <summary>Each rule's exact wording, the edges of its condition, and the order findings come in.</summary>
public class RuleMessagesTests
{
    static readonly Measure Complete = CompleteMeasure.Value;

    static IReadOnlyList<Finding> Check(DocumentKind kind, params Measure[] measures) =>
        DocumentChecks.Run(new MeasuresDocument
        {
            Agency = new AgencyName("เทศบาลเมืองท่าข้าม", "ทม.ท่าข้าม"),
            FiscalYear = 2566,
            Kind = kind,
            Measures = measures,
        });

    static IReadOnlyList<Finding> Check(params Measure[] measures) => Check(DocumentKind.Progress, measures);

    static (string Th, string En) Messages(Finding f) => (f.MessageTh, f.MessageEn);

    [Fact]
    public void Each_missing_element_is_named_in_thai_and_english()
    {
        var empty = Complete with { ResponsibleUnits = [], Steps = [], Monitoring = [], Period = null, Reporting = new Reporting() };

        var findings = Check(empty).Where(f => f.Rule == "element-missing").Select(Messages).ToList();

        Assert.Equal(
        [
            ("ไม่มี(๑) ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง", "(1) who is responsible is missing"),
            ("ไม่มี(๒) ขั้นตอนหรือวิธีปฏิบัติ", "(2) the steps is missing"),
            ("ไม่มี(๓) แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล", "(3) how it is monitored and reported is missing"),
            ("ไม่มี(๔) ระยะเวลาดำเนินการ", "(4) the timeframe is missing"),
            ("ไม่มี(๕) การรายงานผลการดำเนินการ", "(5) how results are reported is missing"),
        ], findings);
    }

    [Fact]
    public void A_person_alone_a_start_date_alone_a_cadence_alone_or_reporting_words_alone_are_enough()
    {
        var measures = new[]
        {
            Complete with { ResponsibleUnits = [], ResponsiblePersons = ["นิติกร"] },
            Complete with { Period = new Period(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31)) },
            Complete with { Reporting = new Reporting { Cadences = [ReportingCadence.Annual] } },
            Complete with { Reporting = new Reporting { Text = "รายงานเมื่อเสร็จสิ้น" } },
            Complete with { Period = new Period(null, null, "ตลอดปีงบประมาณ") },
        };

        Assert.DoesNotContain(Check(measures), f => f.Rule == "element-missing");
    }

    [Fact]
    public void Blank_period_words_without_dates_and_blank_reporting_words_without_a_cadence_are_missing()
    {
        var findings = Check(Complete with { Period = new Period(null, null, "  "), Reporting = new Reporting { Text = " " } });

        Assert.Equal(["period", "reporting"], findings.Where(f => f.Rule == "element-missing").Select(f => f.Field));
    }

    [Fact]
    public void A_period_with_only_one_readable_end_is_unreadable_and_its_words_are_quoted()
    {
        var findings = Check(Complete with { Period = new Period(new DateOnly(2023, 3, 1), null, "ตั้งแต่ มี.ค. ๒๕๖๖ เป็นต้นไป") });

        var finding = Assert.Single(findings, f => f.Rule == "period-unreadable");
        Assert.Equal(("อ่านระยะเวลา “ตั้งแต่ มี.ค. ๒๕๖๖ เป็นต้นไป” เป็นวันที่ไม่ได้ ควรระบุเดือนและปี เช่น ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖",
            "the timeframe “ตั้งแต่ มี.ค. ๒๕๖๖ เป็นต้นไป” has no dates we can read; give months and years, e.g. ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖"), Messages(finding));
        Assert.Equal(("period", "ตั้งแต่ มี.ค. ๒๕๖๖ เป็นต้นไป", Severity.Warning), (finding.Field, finding.Text, finding.Severity));
    }

    [Fact]
    public void Status_findings_say_what_is_wrong_in_both_languages()
    {
        Assert.Equal(("สถานะดำเนินการแล้ว แต่ไม่มีผลการดำเนินการ", "marked done but no results are reported"),
            Messages(Assert.Single(Check(Complete with { Status = MeasureStatus.Done }))));
        Assert.Equal(("สถานะยังไม่ดำเนินการ แต่มีผลการดำเนินการ", "marked not started but results are reported"),
            Messages(Assert.Single(Check(Complete with { Status = MeasureStatus.NotStarted, Results = ["ประชุมแล้ว"] }))));
        Assert.Equal(("ไม่ได้ระบุสถานะการดำเนินการ", "no status marked"), Messages(Assert.Single(Check(Complete with { Status = null }))));
    }

    [Fact]
    public void Status_findings_point_at_the_field_to_fix()
    {
        var findings = Check(
            Complete with { Status = MeasureStatus.Done },
            Complete with { Status = MeasureStatus.NotStarted, Results = ["ประชุมแล้ว"] },
            Complete with { Status = null });

        Assert.Equal([(1, "results"), (2, "status"), (3, "status")], findings.Select(f => (f.Measure!.Value, f.Field!)));
    }

    [Fact]
    public void Not_started_without_results_done_with_results_and_a_measures_document_without_status_are_fine()
    {
        Assert.Empty(Check(Complete with { Status = MeasureStatus.NotStarted }));
        Assert.Empty(Check(Complete with { Status = MeasureStatus.Done, Results = ["ประชุมแล้ว"] }));
        Assert.Empty(Check(DocumentKind.Measures, Complete with { Status = null }));
    }

    [Fact]
    public void An_indicator_number_outside_the_framework_and_no_indicator_at_all_are_errors_with_their_wording()
    {
        var unknown = Assert.Single(Check(Complete with { Indicators = [2, 11] }));
        Assert.Equal(("ไม่มีตัวชี้วัดที่ ๑๑ ในกรอบการประเมินปี ๒๕๖๖", "indicator 11 is not in the 2566 framework"), Messages(unknown));
        Assert.Equal(("indicators", null, "11"), (unknown.Field, unknown.Item, unknown.Text));

        var none = Assert.Single(Check(Complete with { Indicators = [], IndicatorText = null }));
        Assert.Equal(("ไม่ได้ระบุตัวชี้วัด", "no indicator given", "indicators"), (none.MessageTh, none.MessageEn, none.Field));

        var words = Assert.Single(Check(Complete with { Indicators = [], IndicatorText = "การบริหารความเสี่ยงทั่วไป" }));
        Assert.Equal(("ไม่รู้จักตัวชี้วัด “การบริหารความเสี่ยงทั่วไป”", "indicator not recognised: “การบริหารความเสี่ยงทั่วไป”"), Messages(words));
        Assert.Equal(("indicators", 1, "การบริหารความเสี่ยงทั่วไป"), (words.Field, words.Item, words.Text));
    }

    [Fact]
    public void Findings_come_by_measure_then_errors_before_warnings()
    {
        var warningOnly = Complete with { Period = new Period(null, null, "ตามความเหมาะสม") };
        var warningAndError = Complete with { Period = new Period(null, null, "ตามความเหมาะสม"), Status = MeasureStatus.Done };
        var error = Complete with { Steps = [] };

        var findings = Check(warningOnly, warningAndError, error);

        Assert.Equal(
            [(1, "period-unreadable"), (2, "status-done-without-results"), (2, "period-unreadable"), (3, "element-missing")],
            findings.Select(f => (f.Measure!.Value, f.Rule)));
    }

    [Fact]
    public void Every_text_of_a_measure_is_visited_with_its_field_and_item()
    {
        var measure = Complete with
        {
            Name = "มาตรการเปิดเผยข้อมูล",
            ResponsibleUnits = ["กองคลัง", "กองช่าง"],
            ResponsiblePersons = ["นิติกร"],
            Monitoring = ["รายงาน"],
            Results = ["ผล"],
        };

        Assert.Equal(
        [
            ("name", null, "มาตรการเปิดเผยข้อมูล"), ("responsibleUnits", 1, "กองคลัง"), ("responsibleUnits", 2, "กองช่าง"),
            ("responsiblePersons", 1, "นิติกร"), ("steps", 1, "ประชุม"), ("monitoring", 1, "รายงาน"), ("results", 1, "ผล"),
            ("reporting", null, "รายไตรมาส"),
        ], CheckContext.TextsOf(measure));
    }

    [Theory]
    [InlineData(null, null, null, "document")]
    [InlineData(3, null, null, "measure 3")]
    [InlineData(3, "period", null, "measure 3, period")]
    [InlineData(3, "steps", 5, "measure 3, steps 5")]
    [InlineData(null, "agency", null, "agency")]
    public void A_finding_locates_itself_in_one_line(int? measure, string? field, int? item, string expected)
    {
        Assert.Equal(expected, new Finding("rule", Severity.Info, "ไทย", "English", measure, field, item).Location());
    }
}
