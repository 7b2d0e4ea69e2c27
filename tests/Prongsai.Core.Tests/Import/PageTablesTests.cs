using Prongsai.Import;
using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Tests.Import;

/// <summary>
/// Pages into rows: how a cell is named in an error, and how a row cut by a page break is joined — which rows go on,
/// how their paragraphs meet, and what a joined cell says of OCR. (PdfLayoutTests covers the repeated header.)
/// </summary>
public class PageTablesTests
{
    static List<Segment> Grid(double[] columns, double[] rows) =>
        [.. columns.Select(x => new Segment(false, x, rows[0], rows[^1])), .. rows.Select(y => new Segment(true, y, columns[0], columns[^1]))];

    static TextPiece Word(string text, double x, double baseline, double? confidence = null) => new(text, x, baseline, text.Length * 5, 10, 0, confidence);

    static PageLayout Page(int number, double bottom, params TextPiece[] pieces) => new(number, 600, 800, Grid([10, 100, 200, 300], [50, 80, bottom]), pieces);

    static readonly TextPiece[] Header = [Word("ตัวชี้วัด", 20, 70), Word("ผู้รับผิดชอบ", 120, 70), Word("ขั้นตอน", 220, 70)];

    static List<SourceRow> Rows(params PageLayout[] pages) => [.. PageTables.Read("x.pdf", pages).Blocks.OfType<SourceRow>()];

    [Fact]
    public void A_cell_is_named_by_its_page_table_row_and_column()
    {
        var second = new PageLayout(2, 600, 800, [.. Grid([10, 100], [50, 80]), .. Grid([10, 100, 200], [300, 330, 360])],
            [Word("ก", 20, 70), Word("ข", 20, 320), Word("ค", 120, 350)]);

        var names = Rows(second).SelectMany(r => r.Cells).Select(c => c.Name).ToList();

        Assert.Equal(["page 2, table 1, row 1, column 1", "page 2, table 2, row 1, column 1", "page 2, table 2, row 1, column 2", "page 2, table 2, row 2, column 1", "page 2, table 2, row 2, column 2"], names);
    }

    [Fact]
    public void A_row_whose_first_cell_is_empty_goes_on_from_the_page_before_even_when_that_page_was_not_full()
    {
        var first = Page(1, 300, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("รายงาน", 220, 100)]);
        var second = Page(2, 760, [.. Header, Word("ประมาณ", 120, 100), Word("ITA 2567", 220, 100)]);

        var rows = Rows(first, second);

        Assert.Equal(3, rows.Count); // the header, the joined row, the second page's repeated header
        // Thai meets Thai without a space (no spaces between Thai words); Thai meets Latin with one.
        Assert.Equal(["การใช้งบ", "กองคลังประมาณ", "รายงาน ITA 2567"], rows[1].Cells.Select(c => c.Text));
    }

    [Theory]
    [InlineData("๒. ติดตามผล")]
    [InlineData("(2) ติดตามผล")]
    [InlineData("- ติดตามผล")]
    public void A_part_that_starts_a_new_item_stays_its_own_paragraph_of_the_joined_cell(string start)
    {
        var first = Page(1, 760, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("๑. ประชุม", 220, 100)]);
        var second = Page(2, 760, [.. Header, Word(start, 220, 100)]);

        var joined = Rows(first, second)[1];

        Assert.Equal(["๑. ประชุม", start], joined.Cells[2].Paragraphs);
    }

    [Fact]
    public void On_a_page_after_a_full_one_a_numbered_first_cell_starts_a_new_row()
    {
        var first = Page(1, 760, [.. Header, Word("๑", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);
        var second = Page(2, 760, [.. Header, Word("(๒)", 20, 100), Word("กองกลาง", 120, 100), Word("รายงาน", 220, 100)]);

        Assert.Equal(4, Rows(first, second).Count);
    }

    [Fact]
    public void On_a_page_after_one_that_was_not_full_a_first_cell_with_text_starts_a_new_row()
    {
        var first = Page(1, 300, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);
        var second = Page(2, 760, [.. Header, Word("การเปิดเผย", 20, 100), Word("กองกลาง", 120, 100), Word("รายงาน", 220, 100)]);

        Assert.Equal(4, Rows(first, second).Count);
    }

    [Fact]
    public void A_joined_cell_is_ocr_when_either_part_is_and_keeps_the_lower_confidence()
    {
        var first = Page(1, 760, [.. Header, Word("การใช้งบ", 20, 100, 0.9), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100, 0.8)]);
        var second = Page(2, 760, [.. Header, Word("ประมาณ", 20, 100, 0.6), Word("กองกลาง", 120, 100, 0.7), Word("รายงาน", 220, 100, 0.95)]);

        var cells = Rows(first, second)[1].Cells;

        Assert.All(cells, c => Assert.Equal(CellSource.Ocr, c.Source));
        Assert.Equal([0.6, 0.7, 0.8], cells.Select(c => c.Confidence!.Value));
    }
}
