using Prongsai.Checks;
using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Tests.Checks;

public class DocumentChecksTests
{
    static readonly Measure Complete = CompleteMeasure.Value;

    static IReadOnlyList<Finding> Check(Measure measure, string agency = "เทศบาลเมืองท่าข้าม", string? shortName = "ทม.ท่าข้าม") =>
        DocumentChecks.Run(new MeasuresDocument
        {
            Agency = new AgencyName(agency, shortName),
            FiscalYear = 2566,
            Kind = DocumentKind.Progress,
            Measures = [measure],
        });

    [Fact]
    public void The_seed_has_exactly_the_three_foreign_agency_names()
    {
        var findings = DocumentChecks.Run(DocumentImporter.Import(Fixtures.BanchangText));

        Assert.All(findings, f => Assert.Equal(("foreign-agency-name", 3, "ทต.บ้านถ้ำ"), (f.Rule, f.Measure!.Value, f.Text!)));
        Assert.Equal([("steps", 3), ("steps", 5), ("monitoring", 1)], findings.Select(f => (f.Field!, f.Item!.Value)));
    }

    [Fact]
    public void A_complete_measure_has_no_findings() => Assert.Empty(Check(Complete));

    [Theory]
    [InlineData("ให้บริการของเทศบาลเมืองท่าข้าม")]
    [InlineData("ประชาสัมพันธ์ ทม.ท่าข้าม และ ทม. ท่าข้าม")]
    [InlineData("นายกเทศมนตรีเมืองท่าข้าม มอบนโยบาย")]
    [InlineData("รายงาน นายก อบต. และ อบต. ทุกแห่ง")]
    [InlineData("เทศบาลตำบล ที่มีขนาดเล็ก")]
    public void The_agencys_own_names_and_generic_words_are_not_foreign(string step) =>
        Assert.DoesNotContain(Check(Complete with { Steps = [step] }), f => f.Rule == "foreign-agency-name");

    [Theory]
    [InlineData("ให้บริการของ ทต.บ้านถ้ำ", "ทต.บ้านถ้ำ")]
    [InlineData("คู่มือของเทศบาลตำบลบ้านถ้ำโดยสรุป", "เทศบาลตำบลบ้านถ้ำ")]
    [InlineData("คำสั่ง อบต.หนองบัว", "อบต.หนองบัว")]
    public void Another_agencys_name_is_found_with_its_place(string step, string text)
    {
        var finding = Assert.Single(Check(Complete with { Steps = ["ประชุม", step] }), f => f.Rule == "foreign-agency-name");

        Assert.Equal((Severity.Error, "steps", 2, text), (finding.Severity, finding.Field!, finding.Item!.Value, finding.Text!));
    }

    [Fact]
    public void Each_missing_element_is_an_error_on_its_field()
    {
        var empty = Complete with
        {
            ResponsibleUnits = [],
            Steps = [],
            Monitoring = [],
            Period = null,
            Reporting = new Reporting(),
        };

        var findings = Check(empty).Where(f => f.Rule == "element-missing").ToList();

        Assert.Equal(["responsible", "steps", "monitoring", "period", "reporting"], findings.Select(f => f.Field));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.StartsWith("ไม่มี", f.MessageTh));
    }

    [Fact]
    public void A_period_outside_the_fiscal_year_is_an_error()
    {
        var late = Complete with { Period = new Period(new DateOnly(2023, 9, 1), new DateOnly(2023, 10, 31), "ก.ย. – ต.ค. ๒๕๖๖") };

        var finding = Assert.Single(Check(late));

        Assert.Equal(("period-outside-fiscal-year", "period"), (finding.Rule, finding.Field!));
        Assert.Contains("๒๕๖๖", finding.MessageTh);
    }

    [Fact]
    public void A_period_without_readable_dates_is_a_warning()
    {
        var finding = Assert.Single(Check(Complete with { Period = new Period(null, null, "ตามความเหมาะสม") }));

        Assert.Equal(("period-unreadable", Severity.Warning), (finding.Rule, finding.Severity));
    }

    [Fact]
    public void Done_without_results_is_an_error_and_not_started_with_results_a_warning()
    {
        Assert.Equal("status-done-without-results", Assert.Single(Check(Complete with { Status = MeasureStatus.Done })).Rule);
        Assert.Equal("status-not-started-with-results",
            Assert.Single(Check(Complete with { Status = MeasureStatus.NotStarted, Results = ["ได้ประชุมแล้ว"] })).Rule);
        Assert.Equal("status-missing", Assert.Single(Check(Complete with { Status = null })).Rule);
    }

    [Fact]
    public void An_indicator_the_framework_does_not_know_is_an_error()
    {
        var finding = Assert.Single(Check(Complete with { Indicators = [], IndicatorText = "๑. การบริหารความเสี่ยงทั่วไป" }));

        Assert.Equal(("indicator-unrecognised", 1, "การบริหารความเสี่ยงทั่วไป"), (finding.Rule, finding.Item!.Value, finding.Text!));
    }

    /// <summary>For each rule, a measure that breaks it (and, by construction, as few others as possible).</summary>
    static readonly Dictionary<string, Measure> Breaking = new()
    {
        ["element-missing"] = Complete with { Steps = [] },
        ["indicator-unrecognised"] = Complete with { Indicators = [], IndicatorText = "๑. การบริหารความเสี่ยงทั่วไป" },
        ["period-unreadable"] = Complete with { Period = new Period(null, null, "ตามความเหมาะสม") },
        ["period-outside-fiscal-year"] = Complete with { Period = new Period(new DateOnly(2023, 9, 1), new DateOnly(2023, 10, 31), "ก.ย. – ต.ค. ๒๕๖๖") },
        ["status-missing"] = Complete with { Status = null },
        ["status-done-without-results"] = Complete with { Status = MeasureStatus.Done },
        ["status-not-started-with-results"] = Complete with { Status = MeasureStatus.NotStarted, Results = ["ได้ประชุมแล้ว"] },
        ["foreign-agency-name"] = Complete with { Steps = ["ให้บริการของ ทต.บ้านถ้ำ"] },
    };

    [Fact]
    public void The_rule_list_holds_every_rule_class_once()
    {
        var classes = typeof(DocumentChecks).Assembly.GetTypes()
            .Where(t => t.Namespace == "Prongsai.Checks.Rules" && t.GetField("Id") is { IsLiteral: true })
            .Select(t => (string)t.GetField("Id")!.GetRawConstantValue()!)
            .Order().ToList();

        Assert.Equal(classes, DocumentChecks.Rules.Select(r => r.Id).Order());
        Assert.Equal(classes, Breaking.Keys.Order());
    }

    [Fact]
    public void Every_rule_has_an_id_and_messages_in_thai_and_english()
    {
        foreach (var (id, check) in DocumentChecks.Rules)
        {
            var document = new MeasuresDocument
            {
                Agency = new AgencyName("เทศบาลเมืองท่าข้าม", "ทม.ท่าข้าม"),
                FiscalYear = 2566,
                Kind = DocumentKind.Progress,
                Measures = [Breaking[id]],
            };
            var findings = check(new CheckContext(document, Prongsai.Catalog.FrameworkCatalog.Default.For(2566))).ToList();

            Assert.True(findings.Count > 0, $"{id}: its breaking measure gave no finding");
            Assert.All(findings, f =>
            {
                Assert.Equal(id, f.Rule);
                Assert.Matches("[\u0E00-\u0E7F]", f.MessageTh);
                Assert.Matches("^[^\u0E00-\u0E7F]*[a-z]{3}", f.MessageEn);
                Assert.Equal(1, f.Measure);
            });
        }
    }
}
