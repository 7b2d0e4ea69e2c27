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

    static TextPiece Word(string text, double x, double baseline, double? confidence = null, double size = 10) => new(text, x, baseline, text.Length * 5, size, 0, confidence);

    static readonly double[] ThreeColumns = [10, 100, 200, 300];

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

    [Fact]
    public void A_joined_cell_read_from_the_text_layer_on_both_pages_stays_text_and_one_ocr_part_keeps_its_confidence()
    {
        var first = Page(1, 760, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100, 0.9), Word("ประชุม", 220, 100)]);
        var second = Page(2, 760, [.. Header, Word("ประมาณ", 20, 100), Word("กองกลาง", 120, 100), Word("รายงาน", 220, 100)]);

        var cells = Rows(first, second)[1].Cells;

        Assert.Equal([CellSource.Text, CellSource.Ocr, CellSource.Text], cells.Select(c => c.Source));
        Assert.Equal([null, 0.9, null], cells.Select(c => c.Confidence));
    }

    [Fact]
    public void A_row_at_the_top_of_a_later_page_joins_nothing_when_no_row_came_before_it()
    {
        // The first page holds the title and the header alone.
        var first = Page(1, 760, [Word("มาตรการส่งเสริมคุณธรรม", 20, 30), .. Header]);
        var second = Page(2, 760, [.. Header, Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);

        var rows = Rows(first, second);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["", "กองคลัง", "ประชุม"], rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_table_whose_first_row_is_the_document_s_first_block_goes_on_over_the_page()
    {
        var first = new PageLayout(1, 600, 800, Grid(ThreeColumns, [50, 760]), [Word("การใช้งบ", 20, 70), Word("กองคลัง", 120, 70), Word("ประชุม", 220, 70)]);
        var second = new PageLayout(2, 600, 800, Grid(ThreeColumns, [50, 760]), [Word("ประมาณ", 120, 70), Word("รายงาน", 220, 70)]);

        var row = Assert.Single(Rows(first, second));

        Assert.Equal(["การใช้งบ", "กองคลังประมาณ", "ประชุมรายงาน"], row.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Only_the_first_row_of_a_page_goes_on_from_the_page_before()
    {
        var first = Page(1, 760, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);
        var second = new PageLayout(2, 600, 800, Grid(ThreeColumns, [50, 80, 760]), [Word("ประมาณ", 120, 70), Word("รายงาน", 220, 100)]);

        var rows = Rows(first, second);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["การใช้งบ", "กองคลังประมาณ", "ประชุม"], rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["", "", "รายงาน"], rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_row_with_an_empty_first_cell_under_a_new_row_of_the_next_page_is_its_own_row()
    {
        var first = Page(1, 760, [.. Header, Word("๑", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);
        var second = new PageLayout(2, 600, 800, Grid(ThreeColumns, [50, 80, 760]), [Word("๒", 20, 70), Word("กองกลาง", 120, 70), Word("รายงาน", 220, 100)]);

        var rows = Rows(first, second);

        Assert.Equal(4, rows.Count);
        Assert.Equal(["๒", "กองกลาง", ""], rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["", "", "รายงาน"], rows[3].Cells.Select(c => c.Text));
    }

    static readonly double[] FiveColumns = [10, 100, 200, 300, 400, 500];

    static PageLayout FirstPageWithStatusColumns() => new(1, 600, 800, Grid(FiveColumns, [50, 80, 760]),
        [Word("ตัวชี้วัด", 20, 70), Word("ผู้รับผิดชอบ", 120, 70), Word("ขั้นตอน", 220, 70), Word("ผลการดำเนินงาน", 320, 70),
         Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);

    [Theory]
    [InlineData("อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว")]
    [InlineData("ยังไม่ดำเนินการ", "แล้วเสร็จ")]
    public void A_status_header_repeated_at_the_top_of_the_next_page_is_not_joined_to_the_row_before(string status, string done)
    {
        var second = new PageLayout(2, 600, 800, Grid(FiveColumns, [50, 80, 760]), [Word(status, 320, 70), Word(done, 420, 70), Word("๒", 20, 100)]);

        var rows = Rows(FirstPageWithStatusColumns(), second);

        Assert.Equal(4, rows.Count);
        Assert.Equal(["การใช้งบ", "กองคลัง", "ประชุม", "", ""], rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["", "", "", status, done], rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_status_word_beside_other_text_at_the_top_of_the_next_page_goes_on_with_the_row_before()
    {
        var second = new PageLayout(2, 600, 800, Grid(FiveColumns, [50, 760]), [Word("ดำเนินการแล้ว", 320, 70), Word("ส่งรายงาน", 420, 70)]);

        var rows = Rows(FirstPageWithStatusColumns(), second);

        Assert.Equal(2, rows.Count);
        Assert.Equal(["การใช้งบ", "กองคลัง", "ประชุม", "ดำเนินการแล้ว", "ส่งรายงาน"], rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_row_of_a_table_with_other_columns_at_the_top_of_the_next_page_is_its_own_row()
    {
        var first = Page(1, 760, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);
        var second = new PageLayout(2, 600, 800, Grid([10, 100, 200], [50, 760]), [Word("ประมาณ", 120, 70)]);

        var rows = Rows(first, second);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["", "ประมาณ"], rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_row_under_a_row_whose_own_first_cell_is_empty_is_not_joined_over_the_page()
    {
        var first = new PageLayout(1, 600, 800, Grid(ThreeColumns, [50, 80, 110, 760]),
            [.. Header, Word("๑", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 130)]);
        var second = Page(2, 760, [.. Header, Word("รายงาน", 220, 100)]);

        var rows = Rows(first, second);

        Assert.Equal(5, rows.Count);
        Assert.Equal(["", "", "ประชุม"], rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["", "", "รายงาน"], rows[4].Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_first_cell_of_nothing_but_an_opening_bracket_after_a_full_page_goes_on_like_text()
    {
        var first = Page(1, 760, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);
        var second = Page(2, 760, [.. Header, Word("(", 20, 100), Word("รายงาน", 220, 100)]);

        Assert.Equal(3, Rows(first, second).Count);
    }

    [Fact]
    public void A_page_is_full_when_its_table_reaches_within_two_lines_of_its_text_size_of_the_lowest_table()
    {
        // The first page's text is 20 points (the median of its sizes), so its table, ending 40 points above the
        // second's, filled its page: the second page's first row, not numbered, goes on.
        var first = Page(1, 720, [.. Header, Word("การใช้งบ", 20, 100, size: 20), Word("กองคลัง", 120, 100, size: 20), Word("ประชุม", 220, 100, size: 20)]);
        var second = Page(2, 760, [.. Header, Word("ประมาณ", 20, 100), Word("กองกลาง", 120, 100), Word("รายงาน", 220, 100)]);

        var rows = Rows(first, second);

        Assert.Equal(3, rows.Count);
        Assert.Equal("การใช้งบประมาณ", rows[1].Cells[0].Text);
    }

    [Fact]
    public void The_lowest_of_a_page_s_tables_tells_whether_the_page_was_full()
    {
        var first = new PageLayout(1, 600, 800, [.. Grid(ThreeColumns, [50, 80, 300]), .. Grid(ThreeColumns, [350, 760])],
            [.. Header, Word("๑", 20, 100), Word("การใช้งบ", 20, 400), Word("กองคลัง", 120, 400), Word("ประชุม", 220, 400)]);
        var second = Page(2, 700, [.. Header, Word("ประมาณ", 20, 100), Word("กองกลาง", 120, 100), Word("รายงาน", 220, 100)]);

        var rows = Rows(first, second);

        Assert.Equal(4, rows.Count);
        Assert.Equal("การใช้งบประมาณ", rows[2].Cells[0].Text);
    }

    [Fact]
    public void A_blank_page_between_two_pages_reads_as_nothing()
    {
        var first = Page(1, 760, [.. Header, Word("การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("ประชุม", 220, 100)]);
        var blank = new PageLayout(2, 600, 800, [], []);

        var document = PageTables.Read("x.pdf", [first, blank]);

        Assert.Equal(2, document.Blocks.Count);
    }
}
