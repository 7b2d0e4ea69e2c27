using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Documents;
using Prongsai.Reports;

namespace Prongsai.Tests.Reports;

/// <summary>How the DOCX looks in Word: page, table geometry, paragraph formatting, the signed closing.</summary>
public sealed class DocxReportFormattingTests : IDisposable
{
    const int PageWidth = 16838; // A4 landscape in twentieths of a point
    const int Margin = 1000;

    readonly ReportLayout _layout = ReportLayoutBuilder.Build(Seed.Document(), ReportSamples.Signed);
    readonly List<DocumentFormat.OpenXml.OpenXmlElement> _blocks;
    readonly WordprocessingDocument _word;

    public DocxReportFormattingTests()
    {
        _word = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(_layout)), isEditable: false);
        _blocks = [.. _word.MainDocumentPart!.Document!.Body!.ChildElements];
    }

    public void Dispose() => _word.Dispose();

    static JustificationValues? Justification(Paragraph p) => p.ParagraphProperties?.Justification?.Val?.Value;

    static bool Bold(Paragraph p) => p.Elements<Run>().Any() && p.Elements<Run>().All(r => r.RunProperties?.Bold is not null && r.RunProperties.BoldComplexScript is not null);

    static bool KeepsWithNext(Paragraph p) => p.ParagraphProperties?.KeepNext is not null;

    [Fact]
    public void Page_has_a4_landscape_size_equal_margins_and_half_inch_header_and_footer()
    {
        var section = _word.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((16838u, 11906u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((Margin, Margin, (uint)Margin, (uint)Margin), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal((500u, 500u), (margin.Header!.Value, margin.Footer!.Value));
    }

    [Fact]
    public void Tables_fill_the_text_width_with_fixed_columns_in_the_layouts_proportions()
    {
        const int textWidth = PageWidth - 2 * Margin;
        var expected = _layout.Columns.Select(c => (textWidth * c.WidthPercent / 100).ToString()).ToList();
        foreach (var table in _blocks.OfType<Table>())
        {
            var properties = table.GetFirstChild<TableProperties>()!;
            Assert.Equal(textWidth.ToString(), properties.TableWidth!.Width!.Value);
            Assert.Equal(TableWidthUnitValues.Dxa, properties.TableWidth.Type!.Value);
            Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
            Assert.Equal("40", properties.TableCellMarginDefault!.TopMargin!.Width!.Value);
            Assert.Equal(expected, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => g.Width!.Value));
            Assert.All(table.Elements<TableRow>(), row =>
                Assert.Equal(expected, row.Elements<TableCell>().Select(c => c.TableCellProperties!.TableCellWidth!.Width!.Value)));
        }
    }

    [Fact]
    public void Title_and_subtitle_are_bold_and_centred_and_the_opening_is_justified_with_an_indented_first_line()
    {
        var paragraphs = _blocks.Take(3).Cast<Paragraph>().ToList();
        Assert.Equal([_layout.Title, _layout.Subtitle, _layout.Opening], paragraphs.Select(p => p.InnerText));
        Assert.Equal([true, true, false], paragraphs.Select(Bold));
        Assert.Equal([JustificationValues.Center, JustificationValues.Center, JustificationValues.Both], paragraphs.Select(Justification));
        Assert.Equal([null, null, "720"], paragraphs.Select(p => p.ParagraphProperties?.Indentation?.FirstLine?.Value));
        Assert.All(paragraphs, p => Assert.False(KeepsWithNext(p)));
        Assert.All(paragraphs, p => Assert.Equal(("0", "0", "240"), (
            p.ParagraphProperties!.SpacingBetweenLines!.Before!.Value, p.ParagraphProperties.SpacingBetweenLines.After!.Value,
            p.ParagraphProperties.SpacingBetweenLines.Line!.Value)));
    }

    [Fact]
    public void Analysis_follows_the_opening_under_a_bold_heading_kept_with_it()
    {
        var heading = (Paragraph)_blocks[3];
        Assert.Equal("ผลการวิเคราะห์ผลการประเมิน", heading.InnerText);
        Assert.True(Bold(heading));
        Assert.True(KeepsWithNext(heading));
        Assert.Equal(JustificationValues.Left, Justification(heading));
        var analysis = _blocks.Skip(4).Take(2).Cast<Paragraph>().ToList();
        Assert.Equal(ReportSamples.Signed.AnalysisParagraphs, analysis.Select(p => p.InnerText));
        Assert.All(analysis, p => Assert.Equal(("720", false), (p.ParagraphProperties!.Indentation!.FirstLine!.Value, Bold(p))));
    }

    [Fact]
    public void Without_analysis_the_first_tool_heading_follows_the_opening()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(Seed.Document())), isEditable: false);
        var fourth = (Paragraph)word.MainDocumentPart!.Document!.Body!.ChildElements[3];
        Assert.Equal(ReportText.ToolHeading(Tool.IIT), fourth.InnerText);
    }

    [Fact]
    public void Each_tool_heading_is_bold_and_kept_on_the_page_of_its_table()
    {
        var tables = _blocks.OfType<Table>().ToList();
        Assert.Equal(_layout.Sections.Count, tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var heading = (Paragraph)_blocks[_blocks.IndexOf(tables[i]) - 1];
            Assert.Equal(_layout.Sections[i].Heading, heading.InnerText);
            Assert.True(Bold(heading));
            Assert.True(KeepsWithNext(heading));
        }
    }

    [Fact]
    public void Header_cells_are_bold_and_centred_body_cells_are_plain_with_marks_centred()
    {
        var table = _blocks.OfType<Table>().First();
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<CantSplit>());
        Assert.All(rows[0].Descendants<Paragraph>(), p => Assert.Equal((true, JustificationValues.Center), (Bold(p), Justification(p))));

        var expected = _layout.CellsOf(_layout.Sections[0].Rows[0]);
        var cells = rows[1].Elements<TableCell>().ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            var paragraphs = cells[i].Elements<Paragraph>().ToList();
            Assert.All(paragraphs, p => Assert.False(Bold(p)));
            Assert.All(paragraphs, p => Assert.Equal(expected[i].IsMark ? JustificationValues.Center : JustificationValues.Left, Justification(p)));
        }
    }

    [Fact]
    public void An_empty_cell_holds_one_paragraph_with_no_run()
    {
        var row = _blocks.OfType<Table>().First().Elements<TableRow>().ElementAt(1);
        var emptyMark = row.Elements<TableCell>().First(c => c.InnerText.Length == 0);
        var paragraph = Assert.Single(emptyMark.Elements<Paragraph>());
        Assert.Empty(paragraph.Elements<Run>());
    }

    [Fact]
    public void Runs_are_marked_thai_and_the_styles_default_to_th_sarabun_new_16pt_thai()
    {
        Assert.All(_word.MainDocumentPart!.Document!.Body!.Descendants<Run>(), run =>
            Assert.Equal(("th-TH", "th-TH"), (run.RunProperties!.Languages!.Val!.Value, run.RunProperties.Languages.Bidi!.Value)));
        var defaults = _word.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!;
        var run = defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(("TH Sarabun New", "TH Sarabun New", "TH Sarabun New", "TH Sarabun New"),
            (run.RunFonts!.Ascii!.Value, run.RunFonts.HighAnsi!.Value, run.RunFonts.ComplexScript!.Value, run.RunFonts.EastAsia!.Value));
        Assert.Equal(("32", "32"), (run.FontSize!.Val!.Value, run.FontSizeComplexScript!.Val!.Value));
        Assert.Equal(("th-TH", "th-TH"), (run.Languages!.Val!.Value, run.Languages.Bidi!.Value));
        var spacing = defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        Assert.Equal(("0", "240"), (spacing.After!.Value, spacing.Line!.Value));
    }

    [Fact]
    public void Closing_gives_the_report_date_then_a_centred_block_per_signature_kept_together()
    {
        var closing = _blocks.Skip(_blocks.FindLastIndex(b => b is Table) + 1).OfType<Paragraph>().ToList();
        Assert.Equal(
            [
                "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๖",
                "", "ลงชื่อ ........................................ ผู้รายงาน", "(นางสาวสมใจ รักงาน)", "นักวิเคราะห์นโยบายและแผน",
                "", "ลงชื่อ ........................................ ผู้บริหาร", "(นายสมชาย ใจดี)", "นายกเทศมนตรีตำบลบ้านฉาง",
            ],
            closing.Select(p => p.InnerText));
        Assert.Equal(JustificationValues.Left, Justification(closing[0]));
        Assert.All(closing.Skip(1), p => Assert.Equal(JustificationValues.Center, Justification(p)));
        Assert.Equal([false, true, true, false, false, true, true, false], closing.Skip(1).Select(KeepsWithNext));
        Assert.All(closing, p => Assert.False(Bold(p)));
    }

    [Fact]
    public void Footer_reads_page_of_pages()
    {
        var footer = _word.MainDocumentPart!.FooterParts.Single().Footer!;
        var paragraph = footer.GetFirstChild<Paragraph>()!;
        Assert.Equal(JustificationValues.Center, Justification(paragraph));
        Assert.Equal("หน้า ๑/๑", paragraph.InnerText);
        Assert.Equal([" PAGE ", " NUMPAGES "], paragraph.Elements<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.All(paragraph.Descendants<Run>(), r => Assert.Null(r.RunProperties!.Bold));
    }

    [Fact]
    public void Spaces_at_the_ends_of_a_text_are_kept_by_word()
    {
        var footerText = _word.MainDocumentPart!.FooterParts.Single().Footer!.Descendants<Text>().First();
        Assert.Equal("หน้า ", footerText.Text);
        Assert.All(_word.MainDocumentPart.Document!.Body!.Descendants<Text>(), t =>
            Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, t.Space?.Value));
    }
}
