using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Prongsai.Reports;

namespace Prongsai.Tests.Reports;

/// <summary>The page read back by an HTML5 parser (AngleSharp), not by searching the writer's own strings.</summary>
public partial class HtmlReportStructureTests
{
    readonly ReportLayout _layout = ReportLayoutBuilder.Build(Seed.Document(), ReportSamples.Signed);
    readonly string _html;
    readonly IHtmlDocument _page;

    public HtmlReportStructureTests()
    {
        _html = HtmlReportWriter.Write(_layout);
        _page = new HtmlParser().ParseDocument(_html);
    }

    [Fact]
    public void Every_element_the_page_opens_is_closed_in_order()
    {
        var body = StyleBlock().Replace(_html, "<style></style>");
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(body))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (name is "meta" or "col" or "br" or "link" or "img" or "!doctype")
            {
                continue;
            }

            if (tag.Groups["close"].Success)
            {
                Assert.True(open.Count > 0, $"</{name}> closes nothing");
                Assert.Equal(open.Pop(), name);
            }
            else
            {
                open.Push(name);
            }
        }

        Assert.Empty(open);
    }

    [Fact]
    public void Head_names_the_report_in_thai_and_fits_a_phone()
    {
        Assert.Equal("th", _page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", _page.CharacterSet.ToLowerInvariant());
        Assert.Equal("width=device-width, initial-scale=1", _page.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.Equal($"{_layout.Title} {_layout.Subtitle}", _page.Title);
        Assert.Contains("@font-face", _page.Head!.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void Body_opens_with_title_subtitle_opening_and_analysis_in_that_order()
    {
        var children = _page.Body!.Children.ToList();
        Assert.Equal("H1", children[0].TagName);
        Assert.Equal(_layout.Title, children[0].TextContent);
        Assert.Equal(("P", "subtitle", _layout.Subtitle), (children[1].TagName, children[1].ClassName, children[1].TextContent));
        Assert.Equal(("P", "opening", _layout.Opening), (children[2].TagName, children[2].ClassName, children[2].TextContent));

        var analysis = children[3];
        Assert.Equal(("SECTION", "analysis"), (analysis.TagName, analysis.ClassName));
        Assert.Equal("ผลการวิเคราะห์ผลการประเมิน", analysis.QuerySelector("h2")!.TextContent);
        Assert.Equal(ReportSamples.Signed.AnalysisParagraphs, analysis.QuerySelectorAll("p.opening").Select(p => p.TextContent));
    }

    [Fact]
    public void Without_analysis_there_is_no_analysis_section()
    {
        var page = new HtmlParser().ParseDocument(HtmlReportWriter.Write(Seed.Document()));
        Assert.Null(page.QuerySelector("section.analysis"));
        Assert.Null(page.QuerySelector(".signatures"));
        Assert.Null(page.QuerySelector(".report-date"));
    }

    [Fact]
    public void Each_tool_is_one_section_with_its_heading_and_one_table()
    {
        var sections = _page.Body!.Children.Where(e => e.TagName == "SECTION" && !e.ClassList.Contains("analysis")).ToList();
        Assert.Equal(_layout.Sections.Select(s => s.Heading), sections.Select(s => s.QuerySelector("h2")!.TextContent));
        Assert.All(sections, s => Assert.Single(s.Children, c => c.TagName == "TABLE"));
    }

    [Fact]
    public void Column_widths_titles_and_status_headers_follow_the_layout()
    {
        var table = _page.QuerySelector("section:not(.analysis) table")!;
        var widths = table.QuerySelectorAll("colgroup > col").Select(c => c.GetAttribute("style")).ToList();
        Assert.Equal(_layout.Columns.Select(c => $"width:{c.WidthPercent}%"), widths);

        var headers = table.QuerySelectorAll("thead > tr > th").ToList();
        Assert.Equal(_layout.Columns.Select(c => c.Title), headers.Select(h => h.TextContent));
        Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
        Assert.Equal(_layout.Columns.Select(c => c.IsStatus), headers.Select(h => h.ClassList.Contains("status")));
    }

    [Fact]
    public void Each_measure_is_one_row_whose_cells_are_labelled_and_hold_one_paragraph_per_item()
    {
        var sections = _page.QuerySelectorAll("section:not(.analysis)").ToList();
        for (var s = 0; s < _layout.Sections.Count; s++)
        {
            var rows = sections[s].QuerySelectorAll("tbody > tr").ToList();
            Assert.Equal(_layout.Sections[s].Rows.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var expected = _layout.CellsOf(_layout.Sections[s].Rows[r]);
                var cells = rows[r].Children.ToList();
                Assert.Equal(expected.Count, cells.Count);
                for (var i = 0; i < cells.Count; i++)
                {
                    Assert.Equal(expected[i].Paragraphs, cells[i].Children.Where(c => c.TagName == "P").Select(p => p.TextContent));
                    var title = _layout.Columns[i].Title;
                    Assert.Equal(expected[i].IsMark ? $"สถานะ: {title}" : title, cells[i].GetAttribute("data-label"));
                    Assert.Equal(expected[i].IsMark ? "mark" : i == 0 ? "indicator" : null, cells[i].GetAttribute("class"));
                }
            }
        }
    }

    [Fact]
    public void Closing_gives_the_report_date_then_one_block_per_signature()
    {
        Assert.Equal("ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๖", _page.QuerySelector("p.report-date")?.TextContent);
        var blocks = _page.QuerySelectorAll(".signatures > .signature").ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal(
            ["ลงชื่อ ........................................ ผู้รายงาน", "(นางสาวสมใจ รักงาน)", "นักวิเคราะห์นโยบายและแผน"],
            blocks[0].Children.Select(p => p.TextContent));
        Assert.Equal(
            ["ลงชื่อ ........................................ ผู้บริหาร", "(นายสมชาย ใจดี)", "นายกเทศมนตรีตำบลบ้านฉาง"],
            blocks[1].Children.Select(p => p.TextContent));
        Assert.Equal(_page.Body!.Children[^1], _page.QuerySelector(".signatures"));
    }

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex("<(?<close>/)?(?<name>!?[A-Za-z0-9]+)[^>]*>")]
    private static partial Regex Tag();
}
