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
}
