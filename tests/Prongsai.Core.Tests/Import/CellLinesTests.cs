using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Tests.Import;

/// <summary>
/// The positioned text of a cell turned into lines and paragraphs: which pieces share a line, where a space goes
/// between them, and when a line goes on the paragraph before it (without a space between Thai letters) or starts one.
/// </summary>
public class CellLinesTests
{
    static TextPiece Piece(string text, double x, double baseline, double size = 10, int order = 0, double? width = null) =>
        new(text, x, baseline, width ?? text.Length * 5, size, order);

    [Theory]
    [InlineData(3.0, 1)]
    [InlineData(4.0, 1)] // exactly 0.4 of the font size below: still the same line
    [InlineData(4.5, 2)]
    public void A_piece_starts_a_new_line_more_than_four_tenths_of_the_font_size_below_the_line(double drop, int lines)
    {
        var pieces = new[] { Piece("ก", 20, 100), Piece("ข", 40, 100 + drop) };

        Assert.Equal(lines, CellLines.Lines(pieces).Count);
    }

    [Fact]
    public void The_larger_font_size_of_the_two_pieces_sets_how_far_a_line_reaches()
    {
        // 6 points below a 20-point piece is its line (0.4 × 20 = 8), though more than 0.4 of the 10-point piece.
        var big = new[] { Piece("ก", 20, 100, size: 20), Piece("ข", 60, 106) };
        var small = new[] { Piece("ก", 20, 100), Piece("ข", 60, 106, size: 20) };

        Assert.Single(CellLines.Lines(big));
        Assert.Single(CellLines.Lines(small));
    }

    [Fact]
    public void The_leftmost_of_the_pieces_on_one_baseline_is_the_one_the_next_piece_is_measured_against()
    {
        // The heading's large first letter and its small rest share a baseline; 6 points below is within the large one's reach.
        var pieces = new[] { Piece("ก", 20, 100, size: 20), Piece("ข", 60, 100), Piece("ค", 80, 106) };

        Assert.Single(CellLines.Lines(pieces));
    }

    [Theory]
    [InlineData(2.0, "กข")]
    [InlineData(2.5, "กข")] // exactly a quarter of the font size: no space yet
    [InlineData(3.0, "ก ข")]
    public void A_gap_wider_than_a_quarter_of_the_font_size_between_pieces_is_a_space(double gap, string text)
    {
        var pieces = new[] { Piece("ก", 20, 100, width: 10), Piece("ข", 30 + gap, 100) };

        Assert.Equal(text, Assert.Single(CellLines.Lines(pieces)).Text);
    }

    [Fact]
    public void Pieces_at_the_same_place_keep_their_content_stream_order()
    {
        var pieces = new[] { Piece("B", 20, 100, order: 2, width: 0), Piece("A", 20, 100, order: 1, width: 0) };

        Assert.Equal("AB", Assert.Single(CellLines.Lines(pieces)).Text);
    }

    [Fact]
    public void A_line_of_nothing_but_spaces_is_no_line()
    {
        var pieces = new[] { Piece("ก", 20, 100), Piece("   ", 20, 120) };

        Assert.Equal(["ก"], CellLines.Lines(pieces).Select(l => l.Text));
        Assert.Equal(["ก"], CellLines.Paragraphs(pieces));
    }

    [Fact]
    public void A_line_sits_at_the_average_baseline_of_its_pieces_and_has_their_largest_font_size()
    {
        var line = Assert.Single(CellLines.Lines([Piece("ก", 20, 100, size: 12), Piece("ข", 40, 102)]));

        Assert.Equal(101, line.Baseline);
        Assert.Equal(12, line.Size);
    }

    [Fact]
    public void No_text_is_no_paragraph()
    {
        Assert.Empty(CellLines.Paragraphs([]));
    }

    [Theory]
    [InlineData(15.0, 1)]
    [InlineData(20.0, 1)] // exactly twice the font size: the paragraph goes on
    [InlineData(25.0, 2)]
    public void A_gap_of_more_than_twice_the_font_size_between_lines_starts_a_paragraph(double gap, int paragraphs)
    {
        var pieces = new[] { Piece("การประชุม", 20, 100), Piece("คณะกรรมการ", 20, 100 + gap) };

        Assert.Equal(paragraphs, CellLines.Paragraphs(pieces).Count);
    }

    [Fact]
    public void The_larger_font_size_of_two_lines_sets_the_gap_that_starts_a_paragraph()
    {
        // A 20-point heading line 30 points above: within 2 × 20, so one paragraph.
        var mixed = new[] { Piece("ก", 20, 100, size: 20), Piece("ข", 25, 100), Piece("ค", 20, 130) };
        var after = new[] { Piece("ก", 20, 100), Piece("ข", 20, 130, size: 20) };

        Assert.Equal(["กขค"], CellLines.Paragraphs(mixed));
        Assert.Equal(["กข"], CellLines.Paragraphs(after));
    }

    [Fact]
    public void A_line_is_measured_from_the_average_baseline_of_the_line_before()
    {
        // The first line's pieces at 100 and 102 sit at 101: the next line, at 121, is 20 below it, not 21.
        var pieces = new[] { Piece("ก", 20, 100), Piece("ข", 25, 102), Piece("ค", 20, 121) };

        Assert.Equal(["กขค"], CellLines.Paragraphs(pieces));
    }

    [Theory]
    [InlineData("การประชุม", "คณะกรรมการ", "การประชุมคณะกรรมการ")] // Thai breaks lines between words without a space
    [InlineData("Integrity", "and Transparency", "Integrity and Transparency")]
    [InlineData("ITA", "ประจำปี", "ITA ประจำปี")]
    [InlineData("ประจำปี", "2567", "ประจำปี 2567")]
    [InlineData("ปีงบประมาณ ๒๕๖๗", "ไตรมาส", "ปีงบประมาณ ๒๕๖๗ ไตรมาส")] // a Thai digit is no Thai letter
    [InlineData("ข้อ ๑๐", "ประชุม", "ข้อ ๑๐ ประชุม")]
    [InlineData("ข้อ ๙", "ประชุม", "ข้อ ๙ ประชุม")]
    [InlineData("ประชุม", "๙ ครั้ง", "ประชุม ๙ ครั้ง")]
    [InlineData("จัดทำแผนก", "กำหนดการ", "จัดทำแผนกกำหนดการ")] // ก, the first Thai letter
    [InlineData("ฯลฯ", "เป็นต้น", "ฯลฯเป็นต้น")]
    [InlineData("จบบท๛", "ต่อไป", "จบบท๛ต่อไป")] // ๛, the last sign of the Thai block
    public void A_line_goes_on_the_paragraph_before_with_a_space_unless_both_sides_are_Thai_letters(string first, string second, string paragraph)
    {
        var pieces = new[] { Piece(first, 20, 100), Piece(second, 20, 113) };

        Assert.Equal([paragraph], CellLines.Paragraphs(pieces));
    }

    [Fact]
    public void A_numbered_item_starts_its_own_paragraph()
    {
        var pieces = new[] { Piece("ขั้นตอน", 20, 100), Piece("๑. ประชุม", 20, 113), Piece("(2) รายงาน", 20, 126), Piece("- เผยแพร่", 20, 139) };

        Assert.Equal(["ขั้นตอน", "๑. ประชุม", "(2) รายงาน", "- เผยแพร่"], CellLines.Paragraphs(pieces));
    }
}
