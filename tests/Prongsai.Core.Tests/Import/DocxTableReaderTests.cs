using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Prongsai.Import;
using Prongsai.Import.Readers;

namespace Prongsai.Tests.Import;

/// <summary>
/// The DOCX reader on WordprocessingML written out by hand, one structure at a time: what Word, LibreOffice and
/// others put in document.xml and styles.xml, and what reaches the interpreter from it.
/// </summary>
public class DocxTableReaderTests
{
    const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    static SourceDocument Read(string body, string? styles = null) => DocxTableReader.Read("test.docx", Package(body, styles));

    static MemoryStream Package(string? body, string? styles = null)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            if (body is not null)
            {
                var main = document.AddMainDocumentPart();
                Write(main, $"""<w:document xmlns:w="{W}" xmlns:mc="{Mc}" xmlns:x="urn:other"><w:body>{body}</w:body></w:document>""");
                if (styles is not null)
                {
                    Write(main.AddNewPart<StyleDefinitionsPart>(), $"""<w:styles xmlns:w="{W}" xmlns:x="urn:other">{styles}</w:styles>""");
                }
            }
        }

        stream.Position = 0;
        return stream;
    }

    static void Write(OpenXmlPart part, string xml)
    {
        using var writer = new StreamWriter(part.GetStream(FileMode.Create), new UTF8Encoding(false));
        writer.Write(xml);
    }

    static string P(string text, string properties = "") =>
        $"""<w:p>{(properties.Length > 0 ? $"<w:pPr>{properties}</w:pPr>" : "")}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>""";

    const string Numbered = """<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>""";

    static string Tc(string content, string properties = "") =>
        $"<w:tc>{(properties.Length > 0 ? $"<w:tcPr>{properties}</w:tcPr>" : "")}{content}</w:tc>";

    static string Table(int columns, params string[][] rows) =>
        "<w:tbl><w:tblGrid>" + string.Concat(Enumerable.Repeat("""<w:gridCol w:w="2000"/>""", columns)) + "</w:tblGrid>"
        + string.Concat(rows.Select(cells => "<w:tr>" + string.Concat(cells) + "</w:tr>")) + "</w:tbl>";

    static List<(int Row, string Text)> Lines(SourceDocument document) => [.. document.Blocks.OfType<SourceText>().Select(t => (t.Row, t.Text))];

    static List<SourceRow> Rows(SourceDocument document) => [.. document.Blocks.OfType<SourceRow>()];

    static string[] Column(SourceDocument document, int column) => [.. Rows(document).Select(r => r.Cells[column].Text)];

    [Fact]
    public void Body_paragraphs_are_lines_numbered_in_document_order_and_empty_ones_are_no_line()
    {
        var document = Read(P("มาตรการที่ ๑") + "<w:p/>" + P("   ") + P("มาตรการที่ ๒"));

        Assert.Equal([(1, "มาตรการที่ ๑"), (4, "มาตรการที่ ๒")], Lines(document));
        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public void Runs_laid_out_over_indented_lines_join_without_the_indentation()
    {
        var document = Read("""
            <w:p>
              <w:r>
                <w:t>มาตร</w:t>
              </w:r>
              <w:r><w:t>การ</w:t></w:r>
            </w:p>
            """);

        Assert.Equal([(1, "มาตรการ")], Lines(document));
    }

    [Fact]
    public void Deleted_revisions_and_field_codes_are_not_text()
    {
        var document = Read("""<w:p><w:r><w:t>คง</w:t></w:r><w:del><w:r><w:delText>ลบ</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>ไว้</w:t></w:r></w:p>""");

        Assert.Equal([(1, "คงไว้")], Lines(document));
    }

    [Fact]
    public void A_tab_is_a_space_and_a_break_starts_a_new_paragraph_of_the_cell_while_tab_stops_add_nothing()
    {
        var cell = """<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>ก</w:t><w:tab/><w:t>ข</w:t><w:br/><w:t>ค</w:t><w:cr/><w:t>ง</w:t></w:r></w:p>""";

        var document = Read(Table(2, [Tc(cell), Tc(P("ท้าย"))]));

        Assert.Equal(["ก ข", "ค", "ง"], Rows(document).Single().Cells[0].Paragraphs);
    }

    [Fact]
    public void Table_rows_are_numbered_in_their_table_and_cells_named_by_table_row_and_column()
    {
        var document = Read(
            Table(2, [Tc(P("ก")), Tc(P("ข"))], [Tc(P("ค")), Tc(P("ง"))])
            + P("ระหว่างตาราง")
            + Table(2, [Tc(P("จ")), Tc(P("ฉ"))]));

        var rows = Rows(document);
        Assert.Equal([1, 2, 1], rows.Select(r => r.Row));
        Assert.Equal(
            ["table 1, row 1, column 1", "table 1, row 1, column 2", "table 1, row 2, column 1", "table 1, row 2, column 2", "table 2, row 1, column 1", "table 2, row 1, column 2"],
            rows.SelectMany(r => r.Cells).Select(c => c.Name));
        Assert.Equal(["ก", "ข", "ค", "ง", "จ", "ฉ"], rows.SelectMany(r => r.Cells).Select(c => c.Text));
        Assert.Equal([(5, "ระหว่างตาราง")], Lines(document));
    }

    [Fact]
    public void A_horizontally_merged_cell_is_widened_to_its_grid_columns_so_later_cells_keep_their_column()
    {
        var document = Read(Table(3, [Tc(P("มาตรการ"), """<w:gridSpan w:val="2"/>"""), Tc(P("ผู้รับผิดชอบ"))]));

        var cells = Rows(document).Single().Cells;
        Assert.Equal(["table 1, row 1, column 1", "table 1, row 1, column 2", "table 1, row 1, column 3"], cells.Select(c => c.Name));
        Assert.Equal(["มาตรการ", "", "ผู้รับผิดชอบ"], cells.Select(c => c.Text));
    }

    [Fact]
    public void A_span_is_held_to_64_columns_and_a_row_of_more_than_256_cells_is_refused_naming_the_cell()
    {
        var one = Read(Table(2, [Tc(P("กว้าง"), """<w:gridSpan w:val="1000"/>""")]));
        Assert.Equal(64, Rows(one).Single().Cells.Count);

        var wide = string.Concat(Enumerable.Repeat(Tc(P("ก"), """<w:gridSpan w:val="64"/>"""), 5));
        var error = Assert.Throws<ImportException>(() => Read(Table(2, [wide])));

        Assert.Equal("table 1, row 1, column 257", error.Location.Cell);
        Assert.Contains($"{ReadBudget.MaxCellsPerRow:N0} cells in one row", error.Reason);
    }

    [Fact]
    public void A_vertically_merged_cell_repeats_the_cell_it_continues_until_a_merge_restarts()
    {
        const string restart = """<w:vMerge w:val="restart"/>""";
        var document = Read(Table(2,
            [Tc(P("ประชุม"), restart), Tc(P("๑"))],
            [Tc("<w:p/>", "<w:vMerge/>"), Tc(P("๒"))],
            [Tc(P("รายงาน"), restart), Tc(P("๓"))],
            [Tc("<w:p/>", """<w:vMerge w:val="continue"/>"""), Tc(P("๔"))]));

        Assert.Equal(["ประชุม", "ประชุม", "รายงาน", "รายงาน"], Column(document, 0));
        Assert.Equal(["๑", "๒", "๓", "๔"], Column(document, 1));
    }

    [Fact]
    public void Paragraphs_word_numbers_in_a_cell_get_their_number_written_out_and_the_count_starts_again_in_each_cell()
    {
        var cell = P("ประชุมชี้แจง", Numbered) + P("", Numbered) + P("๒ ติดตามผล", Numbered) + P("รายงานผล", Numbered) + P("หมายเหตุ");

        var document = Read(Table(2, [Tc(cell), Tc(P("จัดทำคู่มือ", Numbered))]));

        var cells = Rows(document).Single().Cells;
        Assert.Equal(["1. ประชุมชี้แจง", "๒ ติดตามผล", "2. รายงานผล", "หมายเหตุ"], cells[0].Paragraphs);
        Assert.Equal(["1. จัดทำคู่มือ"], cells[1].Paragraphs);
    }

    [Fact]
    public void A_paragraph_style_that_carries_numbering_numbers_its_paragraphs_and_other_styles_do_not()
    {
        const string styles = """
            <w:docDefaults><w:pPrDefault><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/><w:pPr><x:numPr/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
            """;
        var cell = P("ประชุม", """<w:pStyle w:val="ListNumber"/>""") + P("ธรรมดา", """<w:pStyle w:val="Plain"/>""")
            + P("หัวข้อ", """<w:pStyle w:val="Heading1"/>""") + P("ติดตาม", """<w:pStyle w:val="ListNumber"/>""");

        var document = Read(Table(2, [Tc(cell), Tc(P("ท้าย"))]), styles);

        Assert.Equal(["1. ประชุม", "ธรรมดา", "หัวข้อ", "2. ติดตาม"], Rows(document).Single().Cells[0].Paragraphs);
    }

    [Theory]
    [InlineData(0, "1. ประชุม")]
    [InlineData(1, "ประชุม")]
    public void Styles_are_read_up_to_the_character_budget_and_no_further(int over, string expected)
    {
        const string id = "Numbered";
        var styles = new StringBuilder();
        var filler = ReadBudget.MaxCharacters - id.Length + over;
        for (var i = 0; filler > 0; i++)
        {
            var length = Math.Min(filler, 10_000);
            styles.Append($"""<w:style w:styleId="{new string('s', length)}"/>""");
            filler -= length;
        }

        styles.Append($"""<w:style w:styleId="{id}"><w:pPr>{Numbered}</w:pPr></w:style>""");

        var document = Read(Table(2, [Tc(P("ประชุม", $"""<w:pStyle w:val="{id}"/>""")), Tc(P("ท้าย"))]), styles.ToString());

        Assert.Equal([expected], Rows(document).Single().Cells[0].Paragraphs);
    }

    [Fact]
    public void A_text_box_is_read_once_and_not_again_from_its_fallback_copy()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>ในกล่อง</w:t></w:r></w:p></w:txbxContent>";
        var document = Read($"""
            <w:p><w:r><w:t>ก่อน</w:t></w:r><w:r><mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><x:txbx>{box}</x:txbx></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><x:textbox>{box}</x:textbox></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r><w:r><w:t>หลัง</w:t></w:r></w:p>
            """ + P("ต่อไป"));

        Assert.Equal([(1, "ในกล่อง"), (2, "ก่อนหลัง"), (3, "ต่อไป")], Lines(document));
    }

    [Fact]
    public void A_one_column_table_is_a_frame_whose_paragraphs_are_lines_and_whose_tables_are_tables()
    {
        var inner = Table(2, [Tc(P("มาตรการ")), Tc(P("ผู้รับผิดชอบ"))]);
        var document = Read(Table(1, [Tc(P("แผนปฏิบัติการ") + inner)]));

        Assert.Equal([(1, "แผนปฏิบัติการ")], Lines(document));
        var row = Rows(document).Single();
        Assert.Equal(["table 2, row 1, column 1", "table 2, row 1, column 2"], row.Cells.Select(c => c.Name));
        Assert.Equal(["มาตรการ", "ผู้รับผิดชอบ"], row.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_table_inside_a_cell_adds_its_paragraphs_to_that_cell_and_no_rows_of_its_own()
    {
        var inner = Table(2, [Tc(P("ขั้นที่ ๑")), Tc(P("ขั้นที่ ๒"))], [Tc(P("ขั้นที่ ๓")), Tc("<w:p/>")]);
        var document = Read(Table(2, [Tc(P("ขั้นตอน") + inner + P("จบ")), Tc(P("กองคลัง"))]));

        var row = Rows(document).Single();
        Assert.Equal(["ขั้นตอน", "ขั้นที่ ๑", "ขั้นที่ ๒", "ขั้นที่ ๓", "จบ"], row.Cells[0].Paragraphs);
        Assert.Equal(["table 1, row 1, column 1", "table 1, row 1, column 2"], row.Cells.Select(c => c.Name));
        Assert.Empty(Lines(document));
    }

    [Fact]
    public void Table_markup_outside_any_table_is_ignored()
    {
        var document = Read("""<w:p><w:pPr><w:gridSpan w:val="2"/><w:vMerge/></w:pPr><w:r><w:t>ก</w:t></w:r></w:p><w:tr/><w:tc/><w:gridCol/>""" + P("ข"));

        Assert.Equal([(1, "ก"), (2, "ข")], Lines(document));
    }

    [Fact]
    public void Text_past_the_character_budget_is_refused_naming_the_paragraph_it_reached()
    {
        var error = Assert.Throws<ImportException>(() => Read(P("ก") + P(new string('ข', ReadBudget.MaxCharacters))));

        Assert.Equal("paragraph 2", error.Location.Cell);
        Assert.Contains($"more than {ReadBudget.MaxCharacters:N0} characters", error.Reason);
    }

    [Fact]
    public void Tabs_and_breaks_count_against_the_character_budget()
    {
        var error = Assert.Throws<ImportException>(() => Read($"<w:p><w:r><w:t>{new string('ข', ReadBudget.MaxCharacters - 1)}</w:t><w:tab/><w:br/></w:r></w:p>"));

        Assert.Equal("paragraph 1", error.Location.Cell);
    }

    [Fact]
    public void Text_past_the_character_budget_in_a_table_is_refused_naming_the_cell_it_reached()
    {
        var error = Assert.Throws<ImportException>(() => Read(Table(2, [Tc(P("ก")), Tc(P(new string('ข', ReadBudget.MaxCharacters)))])));

        Assert.Equal("table 1, row 1, column 2", error.Location.Cell);
    }

    [Fact]
    public void A_package_without_a_document_body_is_refused_as_such()
    {
        var error = Assert.Throws<ImportException>(() => DocxTableReader.Read("empty.docx", Package(body: null)));

        Assert.Equal("empty.docx: the DOCX has no document body", error.Message);
    }
}
