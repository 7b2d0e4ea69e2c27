using Prongsai.Import;
using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Tests.Import;

/// <summary>
/// A table printed without borders (a Word table with its borders removed, an HTML table with border 0), found from
/// where its words sit: a header naming the measures elements, rows apart by more than the line spacing, and the end
/// of the table at text that runs across its columns. (The Integration tests read such a PDF printed by Chromium.)
/// </summary>
public class BorderlessTablesTests
{
    static int _order;

    static TextPiece Word(string text, double x, double baseline) => new(text, x, baseline, text.Length * 5, 10, _order++);

    static readonly TextPiece[] Header =
        [Word("ที่", 20, 100), Word("มาตรการ", 60, 100), Word("ผู้รับผิดชอบ", 160, 100), Word("ขั้นตอนการดำเนินการ", 260, 100)];

    static SourceDocument Read(params TextPiece[] pieces) => PageTables.Read("borderless.pdf", [new PageLayout(1, 600, 800, [], pieces)]);

    [Fact]
    public void A_header_naming_the_elements_makes_a_table_whose_rows_are_the_blocks_under_it()
    {
        var document = Read(
        [
            Word("ความก้าวหน้าการดำเนินงาน", 20, 60),
            .. Header,
            Word("๑", 20, 125), Word("มาตรการใช้งบ", 60, 125), Word("กองคลัง", 160, 125), Word("๑. ประชุม", 260, 125),
            Word("ประมาณ", 60, 137), Word("๒. รายงานผล", 260, 137),
            Word("๒", 20, 165), Word("มาตรการเปิดเผย", 60, 165), Word("กองกลาง", 160, 165), Word("๑. เผยแพร่", 260, 165),
        ]);

        Assert.Equal("ความก้าวหน้าการดำเนินงาน", Assert.IsType<SourceText>(document.Blocks[0]).Text);
        var rows = document.Blocks.OfType<SourceRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ขั้นตอนการดำเนินการ"], rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["๑", "มาตรการใช้งบประมาณ", "กองคลัง", "๑. ประชุม\n๒. รายงานผล"], rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["๒", "มาตรการเปิดเผย", "กองกลาง", "๑. เผยแพร่"], rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void The_table_ends_at_text_that_runs_across_its_columns()
    {
        var note = Enumerable.Range(0, 14).Select(i => Word("หมายเหตุ", 20 + i * 20, 200)).ToArray();

        var document = Read([.. Header, Word("๑", 20, 125), Word("มาตรการใช้งบประมาณ", 60, 125), Word("กองคลัง", 160, 125), Word("๑. ประชุม", 260, 125), .. note]);

        Assert.Equal(2, document.Blocks.OfType<SourceRow>().Count());
        Assert.IsType<SourceText>(document.Blocks[^1]);
        Assert.StartsWith("หมายเหตุ", ((SourceText)document.Blocks[^1]).Text);
    }

    [Fact]
    public void Words_in_columns_under_no_header_of_the_elements_stay_lines_of_text()
    {
        var document = Read(Word("วันที่", 20, 100), Word("สถานที่", 160, 100), Word("หมายเหตุ", 300, 100), Word("๑ ต.ค.", 20, 125), Word("ห้องประชุม", 160, 125), Word("-", 300, 125));

        Assert.Empty(document.Blocks.OfType<SourceRow>());
        Assert.Equal(2, document.Blocks.Count);
    }

    static TextPiece Piece(string text, double x, double baseline, double width, double size = 10) => new(text, x, baseline, width, size, _order++);

    /// <summary>The header's texts start at 20, 60, 160 and 260; the last ends at 355.</summary>
    static TextPiece[] RowAt(double baseline) =>
        [Word("๑", 20, baseline), Word("ใช้งบ", 60, baseline), Word("กองคลัง", 160, baseline), Word("ประชุม", 260, baseline)];

    [Fact]
    public void The_columns_start_a_point_left_of_each_header_text_and_the_rows_lie_between_the_blocks()
    {
        // The row's words sit a little off one baseline (124, 126: 125 on average), its first in a larger font (12 points).
        TextPiece[] row = [Piece("๑", 20, 124, 5, size: 12), Word("ใช้งบ", 60, 126), Word("กองคลัง", 160, 124), Word("ประชุม", 260, 126)];

        var table = Assert.Single(BorderlessTables.Find([.. Header, .. row]));

        Assert.Equal([19, 59, 159, 259, 356], table.Columns);
        // Tops 1.2 font sizes above each block's baseline (100 − 12, 125 − 14.4), a boundary halfway from the baseline
        // above, the bottom half a font size below the last baseline (125 + 6).
        Assert.Equal([88, 105.3, 131], table.Rows.Select(y => Math.Round(y, 9)));
        Assert.Equal(8, table.Cells.Count);
        Assert.Equal([.. from r in Enumerable.Range(0, 2) from c in Enumerable.Range(0, 4) select new GridCell(r, c, 1, 1)], table.Cells);
    }

    [Fact]
    public void A_row_reaching_past_the_last_header_widens_the_table_to_its_text()
    {
        var table = Assert.Single(BorderlessTables.Find([.. Header, .. RowAt(125)[..3], Piece("๑. ประชุมคณะกรรมการ", 260, 125, 120)]));

        Assert.Equal(381, table.Columns[^1]);
    }

    [Fact]
    public void Words_at_most_nine_tenths_of_the_font_size_apart_are_one_column()
    {
        // "ขั้นตอนการ" ends at 310 and "ดำเนินการ" starts 9 points (0.9 × 10) after it: one heading, to 364.
        TextPiece[] header = [.. Header[..3], Piece("ขั้นตอนการ", 260, 100, 50), Piece("ดำเนินการ", 319, 100, 45)];

        var table = Assert.Single(BorderlessTables.Find([.. header, .. RowAt(125)]));

        Assert.Equal([19, 59, 159, 259, 365], table.Columns);
    }

    [Fact]
    public void A_header_text_over_several_lines_is_one_column()
    {
        // "ผู้รับผิด" ends at 205, where the next line's "ชอบ" starts; under "ขั้นตอนการดำเนินการ" (260–355) two
        // shorter lines, the first ending at 285 and the second starting after that, inside the heading's width.
        TextPiece[] header =
        [
            Header[0], Header[1], Piece("ผู้รับผิด", 160, 100, 45), Header[3],
            Piece("ชอบ", 205, 112, 15), Piece("(หลัก)", 265, 112, 20), Piece("งาน", 300, 124, 15),
        ];
        TextPiece[] rows = [.. RowAt(165), Word("ประชุม", 260, 177), .. RowAt(205)];

        var table = Assert.Single(BorderlessTables.Find([.. header, .. rows]));

        Assert.Equal([19, 59, 159, 259, 356], table.Columns);
        Assert.Equal(3, table.RowCount);
    }

    [Fact]
    public void A_header_of_three_element_columns_is_a_table()
    {
        TextPiece[] header = [Word("มาตรการ", 60, 100), Word("ผู้รับผิดชอบ", 160, 100), Word("ขั้นตอนการดำเนินการ", 260, 100)];

        var table = Assert.Single(BorderlessTables.Find([.. header, Word("ใช้งบ", 60, 125), Word("กองคลัง", 160, 125), Word("ประชุม", 260, 125)]));

        Assert.Equal(3, table.ColumnCount);
    }

    [Fact]
    public void One_element_named_among_other_headings_is_no_table()
    {
        TextPiece[] header = [Word("ที่", 20, 100), Word("ผู้รับผิดชอบ", 60, 100), Word("หมายเหตุ", 160, 100), Word("วันที่", 260, 100)];

        Assert.Empty(BorderlessTables.Find([.. header, .. RowAt(125)]));
    }

    // Columns at 19, 59, 159, 259 and 356 for 10-point text: a row may start a font size left of the table, end four
    // font sizes right of it, and cross an inner boundary by half a font size (from a point left of it).
    [Theory]
    [InlineData(9, 20, true)]
    [InlineData(8, 20, false)]
    [InlineData(300, 96, true)]
    [InlineData(300, 90, true)]
    [InlineData(300, 97, false)]
    [InlineData(158, 7, true)] // starts exactly a point left of the boundary at 159: not across it
    [InlineData(158.5, 11.5, true)] // starts half a point left of it
    [InlineData(100, 64, true)] // ends exactly half a font size past the boundary at 159
    [InlineData(100, 62, true)]
    [InlineData(100, 70, false)]
    [InlineData(100, 200, false)]
    public void A_row_belongs_to_the_table_unless_its_text_leaves_the_columns(double x, double width, bool belongs)
    {
        var table = Assert.Single(BorderlessTables.Find([.. Header, .. RowAt(125), Piece("ข้อความ", x, 150, width)]));

        Assert.Equal(belongs ? 2 : 1, table.RowCount - 1);
    }

    [Fact]
    public void One_piece_of_a_row_across_a_boundary_ends_the_table()
    {
        var table = Assert.Single(BorderlessTables.Find([.. Header, .. RowAt(125), Word("๒", 20, 150), Piece("ข้อความยาว", 100, 150, 100)]));

        Assert.Equal(2, table.RowCount);
    }

    [Fact]
    public void The_largest_font_of_a_block_sets_its_margins()
    {
        // A 20-point line over a 10-point one starting 15 points left of the table: within the 20-point margin.
        var table = Assert.Single(BorderlessTables.Find([.. Header, .. RowAt(125), Piece("๒", 60, 150, 10, size: 20), Piece("หมายเหตุ", 4, 162, 20)]));

        Assert.Equal(3, table.RowCount);
    }

    [Fact]
    public void Lines_apart_by_exactly_the_row_gap_are_one_row()
    {
        // Rows 10 points apart; 13.5 (1.35 × 10) is still inside a row, more is a new one.
        TextPiece[] rows = [.. RowAt(120), Word("ก", 60, 130), Word("ข", 60, 140), Word("ค", 60, 153.5), .. RowAt(180)];

        var table = Assert.Single(BorderlessTables.Find([.. Header, .. rows]));

        Assert.Equal(3, table.RowCount);
    }

    [Fact]
    public void A_header_of_two_columns_is_no_table()
    {
        var document = Read(Word("มาตรการ", 60, 100), Word("ผู้รับผิดชอบ", 160, 100), Word("มาตรการใช้งบประมาณ", 60, 125), Word("กองคลัง", 160, 125));

        Assert.Empty(document.Blocks.OfType<SourceRow>());
    }
}
