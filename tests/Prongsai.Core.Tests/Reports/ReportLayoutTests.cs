using Prongsai.Documents;
using Prongsai.Reports;

namespace Prongsai.Tests.Reports;

public class ReportLayoutTests
{
    readonly ReportLayout _layout = ReportLayoutBuilder.Build(Seed.Document());

    [Fact]
    public void Progress_report_has_the_progress_title_and_names_agency_and_year()
    {
        Assert.StartsWith("ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", _layout.Title);
        Assert.Equal("เทศบาลตำบลบ้านฉาง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", _layout.Subtitle);
        Assert.Contains("เทศบาลตำบลบ้านฉาง", _layout.Opening);
        Assert.Contains("พ.ศ. ๒๕๖๖", _layout.Opening);
    }

    [Fact]
    public void Sections_follow_tool_order_with_thai_headings()
    {
        Assert.Equal([Tool.IIT, Tool.EIT], _layout.Sections.Select(s => s.Tool));
        Assert.Equal("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", _layout.Sections[0].Heading);
        Assert.Equal("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", _layout.Sections[1].Heading);
    }

    [Fact]
    public void Indicators_are_named_and_numbered_locally_across_a_tools_rows()
    {
        var iit = _layout.Sections[0].Rows;
        Assert.Equal(["๑. การใช้งบประมาณ"], iit[0].Indicators);
        Assert.Equal(["๒. การแก้ไขปัญหาการทุจริต"], iit[1].Indicators);
        Assert.Equal(["๑. คุณภาพการดำเนินงาน", "๒. ประสิทธิภาพการสื่อสาร", "๓. การปรับปรุงระบบการทำงาน"], _layout.Sections[1].Rows[0].Indicators);
    }

    [Fact]
    public void Responsible_cell_joins_units_with_slashes_then_numbers_persons()
    {
        var responsible = _layout.Sections[0].Rows[1].Responsible;
        Assert.Equal(["สำนักปลัด/กองคลัง/กองช่าง/กองการศึกษา", "๑. ผอ.ทุกกอง", "๒. นิติกร"], responsible);
    }

    [Fact]
    public void Periods_and_lists_use_thai_digits_and_buddhist_years()
    {
        Assert.Equal("มี.ค. ๒๕๖๖", _layout.Sections[0].Rows[0].Period);
        Assert.Equal("ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖", _layout.Sections[1].Rows[0].Period);
        Assert.StartsWith("๑. งานวิเคราะห์นโยบายและแผน", _layout.Sections[0].Rows[0].Steps[0]);
        Assert.StartsWith("๒. ประชาสัมพันธ์", _layout.Sections[0].Rows[0].Steps[1]);
    }

    [Fact]
    public void Reporting_cell_gives_the_cadence_then_the_numbered_results()
    {
        Assert.Equal(
            ["- รายไตรมาส", "๑. ได้อนุมัติแผนประชุมการจัดทำการใช้จ่ายงบประมาณ", "๒. ได้กำกับติดตามการใช้จ่ายงบประมาณ", "๓. รายงานผู้บริหารและที่ประชุมประจำเดือน"],
            _layout.Sections[0].Rows[0].Reporting);
        Assert.Equal("- ราย ๖ เดือน และ ราย ๑๒ เดือน", _layout.Sections[0].Rows[1].Reporting[0]);
    }

    [Fact]
    public void Status_mark_sits_in_the_column_of_the_measures_status()
    {
        var inProgress = Seed.Document() with { Measures = [Seed.Document().Measures[0] with { Status = MeasureStatus.InProgress }] };
        var layout = ReportLayoutBuilder.Build(inProgress, new ReportOptions { StatusMark = "✓" });
        var cells = layout.CellsOf(layout.Sections[0].Rows[0]);
        var statusCells = cells.Where(c => c.IsMark).Select(c => string.Concat(c.Paragraphs)).ToList();
        Assert.Equal(["", "✓", ""], statusCells);
        Assert.Equal(["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"], layout.Columns.Where(c => c.IsStatus).Select(c => c.Title));
    }

    [Fact]
    public void Measures_document_has_no_status_columns_and_no_results()
    {
        var layout = ReportLayoutBuilder.Build(Seed.Document() with { Kind = DocumentKind.Measures });
        Assert.Equal("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", layout.Title);
        Assert.DoesNotContain(layout.Columns, c => c.IsStatus);
        Assert.Equal(6, layout.CellsOf(layout.Sections[0].Rows[0]).Count);
        Assert.Equal(["- รายไตรมาส"], layout.Sections[0].Rows[0].Reporting);
        Assert.Equal(100, layout.Columns.Sum(c => c.WidthPercent));
    }

    [Fact]
    public void Arabic_digits_in_text_become_thai_but_web_addresses_keep_theirs()
    {
        var layout = ReportLayoutBuilder.Build(Seed.WithFirstStep("รายงานรอบ 6 เดือน ที่ https://example.go.th/ita/2566"));
        Assert.Equal("๑. รายงานรอบ ๖ เดือน ที่ https://example.go.th/ita/2566", layout.Sections[0].Rows[0].Steps[0]);
    }

    [Fact]
    public void Column_widths_add_up_to_the_whole_table()
    {
        Assert.Equal(100, _layout.Columns.Sum(c => c.WidthPercent));
        Assert.Equal(9, _layout.Columns.Count);
    }

    [Fact]
    public void Signatures_and_report_date_come_from_the_options()
    {
        var options = new ReportOptions
        {
            Reporter = new("นางสาวสมใจ รักงาน", "นักวิเคราะห์นโยบายและแผน"),
            Executive = new("นายสมชาย ใจดี", "นายกเทศมนตรีตำบลบ้านฉาง"),
            ReportDate = new DateOnly(2023, 3, 31),
        };
        var layout = ReportLayoutBuilder.Build(Seed.Document(), options);
        Assert.Equal(["ผู้รายงาน", "ผู้บริหาร"], layout.Signatures.Select(s => s.Role));
        Assert.Equal("ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๖", layout.ReportDate);
    }

    static Measure Plain(Tool tool, params int[] indicators) => new() { Tool = tool, Indicators = indicators, Steps = ["ขั้นตอน"] };

    static MeasuresDocument WithMeasures(params Measure[] measures) => Seed.Document() with { Measures = measures };

    [Fact]
    public void Rows_of_a_tool_are_ordered_by_their_lowest_indicator_and_rows_without_one_come_last()
    {
        var layout = ReportLayoutBuilder.Build(WithMeasures(
            Plain(Tool.IIT) with { Steps = ["ไม่มีตัวชี้วัด"] },
            Plain(Tool.IIT, 3) with { Steps = ["ข้อ ๓"] },
            Plain(Tool.IIT, 5, 1) with { Steps = ["ข้อ ๑ และ ๕"] }));
        Assert.Equal(
            ["๑. ข้อ ๑ และ ๕", "๑. ข้อ ๓", "๑. ไม่มีตัวชี้วัด"],
            layout.Sections.Single().Rows.Select(r => r.Steps[0]));
    }

    [Fact]
    public void Without_indicators_the_framework_knows_the_documents_own_indicator_words_stand_numbered_in_the_cell()
    {
        var layout = ReportLayoutBuilder.Build(WithMeasures(
            Plain(Tool.IIT, 1) with { IndicatorText = "ข้อความที่ไม่ใช้" },
            Plain(Tool.IIT) with { IndicatorText = "ตัวชี้วัดตามเอกสาร 2 ข้อ" },
            Plain(Tool.IIT) with { IndicatorText = "   " }));
        var rows = layout.Sections.Single().Rows;
        Assert.Equal(["๑. การปฏิบัติหน้าที่"], rows[0].Indicators);
        Assert.Equal(["๒. ตัวชี้วัดตามเอกสาร ๒ ข้อ"], rows[1].Indicators);
        Assert.Empty(rows[1].IndicatorNames);
        Assert.Empty(rows[2].Indicators);
    }

    [Fact]
    public void A_measures_own_name_opens_its_steps_and_a_blank_name_does_not()
    {
        var layout = ReportLayoutBuilder.Build(WithMeasures(
            Plain(Tool.IIT, 1) with { Name = "มาตรการเปิดเผยข้อมูล 1", Steps = ["ประกาศ", "รายงาน"] },
            Plain(Tool.IIT, 2) with { Name = " ", Steps = ["ประกาศ"] }));
        var rows = layout.Sections.Single().Rows;
        Assert.Equal([$"{ReportText.NamePrefix}มาตรการเปิดเผยข้อมูล ๑", "๑. ประกาศ", "๒. รายงาน"], rows[0].Steps);
        Assert.Equal(["๑. ประกาศ"], rows[1].Steps);
    }

    [Fact]
    public void Oit_measures_come_last_under_the_oit_heading()
    {
        var layout = ReportLayoutBuilder.Build(WithMeasures(Plain(Tool.OIT, 1), Plain(Tool.IIT, 1), Plain(Tool.EIT, 1)));
        Assert.Equal([Tool.IIT, Tool.EIT, Tool.OIT], layout.Sections.Select(s => s.Tool));
        Assert.Equal("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", layout.Sections[2].Heading);
    }

    [Fact]
    public void Responsible_cell_without_units_lists_only_the_numbered_persons()
    {
        var layout = ReportLayoutBuilder.Build(WithMeasures(Plain(Tool.IIT, 1) with { ResponsiblePersons = ["นิติกร"] }));
        Assert.Equal(["๑. นิติกร"], layout.Sections.Single().Rows[0].Responsible);
    }

    [Fact]
    public void Reporting_cell_takes_the_documents_own_cadence_words_and_is_empty_without_any_cadence()
    {
        var layout = ReportLayoutBuilder.Build(WithMeasures(
            Plain(Tool.IIT, 1) with { Reporting = new Reporting { Text = "รายงานทุก 3 เดือน", Cadences = [ReportingCadence.Annual] } },
            Plain(Tool.IIT, 2) with { Reporting = new Reporting { Text = " ", Cadences = [ReportingCadence.Monthly] } },
            Plain(Tool.IIT, 3)));
        var rows = layout.Sections.Single().Rows;
        Assert.Equal(["- รายงานทุก ๓ เดือน"], rows[0].Reporting);
        Assert.Equal(["- รายเดือน"], rows[1].Reporting);
        Assert.Empty(rows[2].Reporting);
    }

    [Fact]
    public void A_period_without_dates_shows_the_documents_words_in_thai_digits()
    {
        Assert.Equal("ตลอดปีงบประมาณ ๒๕๖๖", ReportText.Period(new Period(null, null, "ตลอดปีงบประมาณ  2566")));
        Assert.Equal("", ReportText.Period(null));
    }

    [Fact]
    public void A_measures_document_carries_no_status_even_when_its_measures_have_one()
    {
        var document = Seed.Document() with { Kind = DocumentKind.Measures };
        Assert.All(ReportLayoutBuilder.Build(document).Sections.SelectMany(s => s.Rows), row => Assert.Null(row.Status));
        Assert.Contains(ReportLayoutBuilder.Build(Seed.Document()).Sections.SelectMany(s => s.Rows), row => row.Status is not null);
    }

    [Fact]
    public void The_status_mark_is_a_slash_unless_the_options_say_otherwise()
    {
        var cells = _layout.CellsOf(_layout.Sections[1].Rows[0]);
        Assert.Equal("/", string.Concat(cells.Where(c => c.IsMark).SelectMany(c => c.Paragraphs)));
    }

    [Fact]
    public void Opening_paragraphs_are_the_official_wording_for_progress_and_for_measures()
    {
        var progress = Seed.Document();
        Assert.Equal(
            "ตามที่ เทศบาลตำบลบ้านฉาง มีแนวทางหรือมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            + "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ เพื่อให้การแก้ไขข้อบกพร่องและการพัฒนาการดำเนินงานของหน่วยงานให้ดีขึ้น"
            + "เกิดเป็นรูปธรรมและยั่งยืน โดยมีความก้าวหน้าหรือผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใส"
            + "ภายในหน่วยงานที่ได้มีแนวทางไว้แล้ว ซึ่งมีข้อมูลรายละเอียด ดังต่อไปนี้",
            ReportText.Opening(progress));
        Assert.Equal(
            "เทศบาลตำบลบ้านฉาง ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            + "และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
            + "เพื่อแก้ไขข้อบกพร่องและพัฒนาการดำเนินงานของหน่วยงานให้ดีขึ้น ซึ่งมีรายละเอียด ดังต่อไปนี้",
            ReportText.Opening(progress with { Kind = DocumentKind.Measures }));
    }
}
