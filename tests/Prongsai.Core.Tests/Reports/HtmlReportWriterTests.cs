using System.Text.RegularExpressions;
using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Tests.Reports;

public class HtmlReportWriterTests
{
    readonly string _html = HtmlReportWriter.Write(Seed.Document());

    [Fact]
    public void Page_shows_every_step_monitoring_item_and_result_of_the_seed()
    {
        var text = ThaiText.Compact(_html);
        foreach (var measure in Seed.Document().Measures)
        {
            foreach (var item in measure.Steps.Concat(measure.Monitoring).Concat(measure.Results))
            {
                Assert.Contains(ThaiText.Compact(item), text);
            }
        }
    }

    [Fact]
    public void Page_has_the_column_titles_and_the_tool_headings()
    {
        Assert.Contains("<th scope=\"col\">(๓) แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล</th>", _html);
        Assert.Contains("<th scope=\"col\" class=\"status\">อยู่ระหว่างดำเนินการ</th>", _html);
        Assert.Contains("<h2>แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</h2>", _html);
        Assert.Matches("<td class=\"mark\" data-label=\"สถานะ: [^\"]+\"><p>/</p></td>", _html);
    }

    [Fact]
    public void On_a_phone_each_row_is_a_labelled_card_but_print_keeps_the_table()
    {
        Assert.Contains("@media screen and (max-width: 640px)", _html);
        Assert.DoesNotContain("@media print and (max-width", _html);
        Assert.Contains("<td class=\"indicator\" data-label=\"ตัวชี้วัด\">", _html);
        var cells = Regex.Count(_html, "<td[ >]");
        Assert.True(cells > 0);
        Assert.Equal(cells, Regex.Count(_html, "<td[^>]* data-label=\"[^\"]+\">"));
    }

    [Fact]
    public void Markup_in_a_document_is_shown_as_text_not_run()
    {
        var html = HtmlReportWriter.Write(Seed.WithFirstStep("<script>alert(1)</script> & \"quoted\""));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;", html);
    }

    [Fact]
    public void Page_is_self_contained_with_sarabun_inline()
    {
        Assert.Equal(4, Regex.Count(_html, @"@font-face\{font-family:'Sarabun'.*?src:url\(data:font/woff2;base64,[A-Za-z0-9+/=]{1000,}\)"));
        Assert.DoesNotMatch(@"(src|href)\s*=\s*""?https?:", _html);
        Assert.DoesNotContain("@import", _html);
    }

    [Fact]
    public void Page_prints_a4_landscape_repeating_the_header_row_with_thai_page_numbers()
    {
        Assert.Contains("size: A4 landscape", _html);
        Assert.Contains("thead { display: table-header-group; }", _html);
        Assert.Equal(2, Regex.Count(_html, "<thead>"));
        Assert.Contains("counter(page, thai)", _html);
        Assert.Contains("<html lang=\"th\">", _html);
    }

    [Fact]
    public void Signature_block_shows_names_and_positions_when_given()
    {
        var html = HtmlReportWriter.Write(Seed.Document(), new ReportOptions
        {
            Executive = new("นายสมชาย ใจดี", "นายกเทศมนตรีตำบลบ้านฉาง"),
            ReportDate = new DateOnly(2023, 3, 31),
        });
        Assert.Contains("(นายสมชาย ใจดี)", html);
        Assert.Contains("นายกเทศมนตรีตำบลบ้านฉาง", html);
        Assert.Contains("ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๖", html);
        Assert.DoesNotContain("class=\"signatures\"", _html);
    }
}
