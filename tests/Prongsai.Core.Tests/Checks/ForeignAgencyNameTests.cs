using Prongsai.Checks;
using Prongsai.Documents;
using Prongsai.Import;
using Prongsai.Thai;

namespace Prongsai.Tests.Checks;

/// <summary>The foreign-agency-name check against the gazetteer: generic phrases are silent, copied names are found.</summary>
public class ForeignAgencyNameTests
{
    static readonly Measure Measure = new()
    {
        Tool = Tool.IIT,
        Indicators = [2],
        ResponsibleUnits = ["กองคลัง"],
        Steps = ["ประชุม"],
        Monitoring = ["รายงานผู้บริหาร"],
        Period = new Period(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31), "มี.ค. ๒๕๖๖"),
        Reporting = new Reporting { Cadences = [ReportingCadence.Quarterly], Text = "รายไตรมาส" },
    };

    static List<Finding> Foreign(string step) => Foreign(step, new AgencyName("เทศบาลตำบลบ้านฉาง", "ทต.บ้านฉาง"));

    static List<Finding> Foreign(string step, AgencyName agency) =>
        [.. DocumentChecks.Run(new MeasuresDocument
        {
            Agency = agency,
            FiscalYear = 2566,
            Kind = DocumentKind.Measures,
            Measures = [Measure with { Steps = ["ประชุม", step] }],
        }).Where(f => f.Rule == "foreign-agency-name")];

    /// <summary>Phrases every measures document uses around the executive and the agency types; none names a place.</summary>
    public static TheoryData<string> Generic =>
    [
        "เสนอนายก อบต. พิจารณา",
        "นายก อบต. ลงนาม",
        "นายก อบต. ลงนามในประกาศ",
        "นายก อบต.ลงนามคำสั่ง",
        "เสนอนายกอบต.พิจารณาอนุมัติ",
        "เสนอนายกเทศมนตรีพิจารณาอนุมัติ",
        "นายกเทศมนตรีลงนามคำสั่งแต่งตั้งคณะทำงาน",
        "รายงานผลต่อนายกเทศมนตรีทราบ",
        "นายกเทศมนตรี ตรวจสอบผลการดำเนินงาน",
        "นายกเทศมนตรีตำบล เป็นประธานการประชุม",
        "นายกเทศมนตรีเมือง ทุกแห่ง",
        "เทศบาลได้จัดประชุมประชาคม",
        "เทศบาลจัดทำประกาศเจตจำนงสุจริต",
        "เทศบาลควรจัดให้มีช่องทางร้องเรียน",
        "เทศบาลตรวจสอบพัสดุประจำปี",
        "เผยแพร่บนเว็บไซต์ของเทศบาลกลางเดือนมีนาคม",
        "ผู้บริหารเทศบาลและพนักงานเทศบาลทุกคน",
        "ประกาศเทศบาล เรื่อง มาตรการป้องกันการรับสินบน",
        "เทศบาลตำบล ที่มีขนาดเล็ก",
        "เทศบาลเมืองต้องเผยแพร่ข้อมูล",
        "เทศบาลเมือง และเทศบาลนคร ทั่วประเทศ",
        "ปลัดเทศบาลสั่งการให้ทุกกองดำเนินการ",
        "อบต. ทุกแห่งในจังหวัด",
        "ให้ อบต. ในเขตอำเภอ",
        "นายก อบต. มอบนโยบาย",
        "นายก อบต.และปลัด อบต. ร่วมประชุม",
        "รองนายก อบต. กำกับดูแล",
        "นายก อบต. เห็นชอบ",
        "นายก อบต. อนุมัติโครงการ",
        "นายก อบต. ออกคำสั่ง",
        "นายก อบต. ชี้แจงต่อสภา",
        "คณะผู้บริหาร อบต. ชุดใหม่",
        "สมาชิกสภา อบต. ร่วมเป็นกรรมการ",
        "ข้อบัญญัติ อบต. ว่าด้วยงบประมาณรายจ่าย",
        "อบจ. สนับสนุนงบประมาณ",
        "ส่งรายงานให้ อบจ. ทราบ",
        "ทต. มีคำสั่งแต่งตั้ง",
        "องค์การบริหารส่วนตำบล ควรจัดอบรม",
    ];

    [Theory]
    [MemberData(nameof(Generic))]
    public void A_generic_phrase_names_no_agency(string step) => Assert.Empty(Foreign(step));

    [Fact]
    public void The_generic_corpus_has_at_least_thirty_phrases() => Assert.True(Generic.Count >= 30);

    /// <summary>Made-up copy-paste slips: another agency's real place, written the ways documents write it; and the fix.</summary>
    public static TheoryData<string, string, string> Copied => new()
    {
        { "คำสั่ง อบต.หนองบัว ที่ ๑๒/๒๕๖๖", "อบต.หนองบัว", "ทต.บ้านฉาง" },
        { "ประกาศเทศบาลตำบลบ้านถ้ำ เรื่อง นโยบายการบริหารงานบุคคล", "เทศบาลตำบลบ้านถ้ำ", "เทศบาลตำบลบ้านฉาง" },
        { "นายกเทศมนตรีตำบลท่าข้ามลงนามในประกาศ", "นายกเทศมนตรีตำบลท่าข้าม", "นายกเทศมนตรีตำบลบ้านฉาง" },
        { "เผยแพร่ทางเว็บไซต์ ทม.แสนสุข", "ทม.แสนสุข", "ทต.บ้านฉาง" },
        { "ทน.นครราชสีมา จัดอบรมพนักงาน", "ทน.นครราชสีมา", "ทต.บ้านฉาง" },
        { "ส่งให้ อบจ.เชียงราย พิจารณา", "อบจ.เชียงราย", "ทต.บ้านฉาง" },
        { "องค์การบริหารส่วนตำบลบางพระ ดำเนินการสำรวจ", "องค์การบริหารส่วนตำบลบางพระ", "เทศบาลตำบลบ้านฉาง" },
        { "นายก อบต.แม่ทา มอบหมายปลัด", "อบต.แม่ทา", "ทต.บ้านฉาง" },
        { "เทศบาลเมืองกระบี่ได้จัดทำคู่มือ", "เทศบาลเมืองกระบี่", "เทศบาลตำบลบ้านฉาง" },
        { "ทต.ปากพลีโดยกองคลังรายงานผล", "ทต.ปากพลี", "ทต.บ้านฉาง" },
    };

    [Theory]
    [MemberData(nameof(Copied))]
    public void A_copied_name_of_a_real_other_place_is_found_with_its_fix(string step, string text, string replace)
    {
        var finding = Assert.Single(Foreign(step));

        Assert.Equal((Severity.Error, "steps", 2, text), (finding.Severity, finding.Field!, finding.Item!.Value, finding.Text!));
        Assert.Equal(new FindingFix(text, replace), finding.Fix);
    }

    [Theory]
    [InlineData("ทต.บ้านฉางได้จัดประชุม")]
    [InlineData("ทต. บ้านฉาง")]
    [InlineData("เทศบาลตำบลบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง")]
    [InlineData("นายกเทศมนตรีตำบลบ้านฉาง")]
    [InlineData("นายก ทต.บ้านฉาง")]
    [InlineData("อบต.บ้านฉาง")]
    public void The_agencys_own_name_in_any_form_is_not_foreign(string step) => Assert.Empty(Foreign(step));

    [Theory]
    [InlineData("ส่งให้ อบจ.ระยอง พิจารณา")]
    [InlineData("องค์การบริหารส่วนจังหวัดระยอง สนับสนุนงบประมาณ")]
    [InlineData("นายก อบจ.ระยอง เป็นประธานในพิธี")]
    public void The_provincial_organisation_of_the_agencys_own_province_is_not_foreign(string step) =>
        Assert.Empty(Foreign(step));

    [Theory]
    [InlineData("เทศบาลเมืองระยองได้จัดทำคู่มือ", "เทศบาลเมืองระยอง")]
    [InlineData("คำสั่ง อบต.พลา ที่ ๑๒/๒๕๖๖", "อบต.พลา")]
    [InlineData("ส่งให้ อบจ.ชลบุรี พิจารณา", "อบจ.ชลบุรี")]
    public void Another_local_agency_in_the_same_province_or_another_provinces_organisation_is_still_foreign(string step, string text) =>
        Assert.Equal(text, Assert.Single(Foreign(step)).Text);

    [Fact]
    public void A_province_stated_in_the_agencys_name_decides_which_provincial_organisation_is_its_own()
    {
        var agency = new AgencyName("องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", "อบต.หนองบัว");

        Assert.Empty(Foreign("ส่งให้ อบจ.อุดรธานี พิจารณา", agency));
        Assert.Equal("อบจ.ขอนแก่น", Assert.Single(Foreign("ส่งให้ อบจ.ขอนแก่น พิจารณา", agency)).Text);
        Assert.Equal(["อุดรธานี"], AgencyNames.ProvincesOf(agency.Name, agency.ShortName));
    }

    [Fact]
    public void Without_a_stated_province_every_province_with_a_place_of_the_agencys_name_may_be_its_own()
    {
        Assert.Equal(["ปทุมธานี", "ระยอง"], AgencyNames.ProvincesOf("เทศบาลตำบลบ้านฉาง", "ทต.บ้านฉาง").Order());
        Assert.Contains("ขอนแก่น", AgencyNames.ProvincesOf("องค์การบริหารส่วนตำบลหนองบัว", null));
        Assert.Empty(AgencyNames.ProvincesOf("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", null));
    }

    [Fact]
    public void The_finding_names_the_agency_by_its_short_name_or_else_its_full_name()
    {
        Assert.Equal("พบชื่อหน่วยงานอื่น “ทต.บ้านถ้ำ” ในเอกสารของ ทต.บ้านฉาง อาจคัดลอกมาจากเอกสารของหน่วยงานอื่น",
            Assert.Single(Foreign("ทต.บ้านถ้ำได้จัดประชุม")).MessageTh);
        Assert.Equal("another agency's name “ทต.บ้านถ้ำ” in เทศบาลตำบลบ้านฉาง's document, probably copied from theirs",
            Assert.Single(Foreign("ทต.บ้านถ้ำได้จัดประชุม", new AgencyName("เทศบาลตำบลบ้านฉาง"))).MessageEn);
    }

    [Fact]
    public void An_agency_whose_name_holds_no_place_is_not_checked_for_other_agencies_names() =>
        Assert.Empty(Foreign("ทต.บ้านถ้ำได้จัดประชุม", new AgencyName("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "สำนักงาน ป.ป.ช.")));

    [Fact]
    public void The_seeds_three_findings_each_offer_the_agencys_own_short_name()
    {
        var findings = DocumentChecks.Run(DocumentImporter.Import(Fixtures.BanchangText));

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(new FindingFix("ทต.บ้านถ้ำ", "ทต.บ้านฉาง"), f.Fix));
    }

    [Fact]
    public void The_gazetteer_holds_every_province_and_thousands_of_places()
    {
        Assert.InRange(Gazetteer.Count, 5000, 10000);
        Assert.All(["กรุงเทพมหานคร", "ระยอง", "บ้านฉาง", "บ้านถ้ำ", "สุไหงโกลก", "แม่ฮ่องสอน"], p => Assert.True(Gazetteer.IsPlace(p), p));
        Assert.False(Gazetteer.IsPlace("พิจารณา"));
        Assert.True(Gazetteer.IsAlsoWord("ตลาด"));
        Assert.Equal(["ระยอง"], Gazetteer.ProvincesOf("ระยอง"));
        Assert.Contains("ระยอง", Gazetteer.ProvincesOf("บ้านฉาง"));
        Assert.Contains("พะเยา", Gazetteer.ProvincesOf("บ้านถ้ำ"));
        Assert.Empty(Gazetteer.ProvincesOf("พิจารณา"));
    }
}
