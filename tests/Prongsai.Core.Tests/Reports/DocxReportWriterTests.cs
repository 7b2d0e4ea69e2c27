using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Tests.Reports;

public class DocxReportWriterTests
{
    readonly byte[] _docx = DocxReportWriter.Write(Seed.Document());

    static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

    [Fact]
    public void Document_is_valid_office_open_xml()
    {
        using var word = Open(_docx);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Page_is_a4_landscape()
    {
        using var word = Open(_docx);
        var size = word.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.True(size.Width!.Value > size.Height!.Value);
    }

    [Fact]
    public void Each_tool_is_a_table_whose_header_row_repeats_on_every_page()
    {
        using var word = Open(_docx);
        var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            var header = table.Elements<TableRow>().First();
            Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.Equal("ตัวชี้วัด", header.Elements<TableCell>().First().InnerText);
            Assert.Equal(9, header.Elements<TableCell>().Count());
        }

        Assert.Equal(3, tables.Sum(t => t.Elements<TableRow>().Count() - 1));
    }

    [Fact]
    public void List_items_are_separate_paragraphs_in_their_cell_and_status_is_a_mark()
    {
        using var word = Open(_docx);
        var eitRow = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Last().Elements<TableRow>().ElementAt(1);
        var cells = eitRow.Elements<TableCell>().ToList();
        var steps = cells[2].Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(5, steps.Count);
        Assert.StartsWith("๔. ดำเนินการจัดให้มีบริการE-Service", steps[3]);
        Assert.Equal(["", "", "/"], cells.Skip(5).Take(3).Select(c => c.InnerText));
    }

    [Fact]
    public void Thai_runs_use_th_sarabun_new_16pt_on_the_complex_script_slot()
    {
        using var word = Open(_docx);
        var runs = word.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, run =>
        {
            var properties = run.RunProperties!;
            Assert.Equal("TH Sarabun New", properties.RunFonts!.ComplexScript!.Value);
            Assert.Equal("TH Sarabun New", properties.RunFonts!.Ascii!.Value);
            Assert.Equal("32", properties.FontSizeComplexScript!.Val!.Value);
            Assert.Equal("32", properties.FontSize!.Val!.Value);
            Assert.NotNull(properties.GetFirstChild<ComplexScript>());
        });
    }

    [Fact]
    public void Document_text_carries_every_step_of_the_seed()
    {
        using var word = Open(_docx);
        var text = ThaiText.Compact(word.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.All(Seed.Document().Measures.SelectMany(m => m.Steps), step => Assert.Contains(ThaiText.Compact(step), text));
    }

    [Fact]
    public void Footer_numbers_the_pages_in_the_sections_thai_number_format()
    {
        using var word = Open(_docx);
        var footer = word.MainDocumentPart!.FooterParts.Single().Footer!;
        var fields = footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        var section = word.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        Assert.Equal(NumberFormatValues.ThaiNumbers, section.GetFirstChild<PageNumberType>()!.Format!.Value);
        Assert.StartsWith("หน้า", footer.InnerText);
    }
}
