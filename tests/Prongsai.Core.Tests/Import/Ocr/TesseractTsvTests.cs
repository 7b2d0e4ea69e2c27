using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

/// <summary>
/// Tesseract's TSV into lines: which rows are words, how a line's words meet (Thai syllables, digits and the dots of
/// abbreviations without a space unless the gap is a real one), each line's box and confidence.
/// </summary>
public class TesseractTsvTests
{
    const string Header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    /// <summary>A word row (level 5) of image 1, block 1, paragraph 1, line <paramref name="line"/>, 30 pixels high.</summary>
    static string Word(string text, int left, int width, double confidence = 90, int line = 1, int image = 1, int top = 0, int height = 30) =>
        FormattableString.Invariant($"5\t{image}\t1\t1\t{line}\t1\t{left}\t{top}\t{width}\t{height}\t{confidence}\t{text}\n");

    static string Text(params string[] words) => Assert.Single(TesseractTsv.Lines(Header + string.Concat(words))).Text;

    [Theory]
    [InlineData(10, "ตัวชี้วัด")] // a gap of a third of the line's height (30 / 3) is no space between Thai syllables
    [InlineData(11, "ตัว ชี้วัด")]
    public void Thai_syllables_join_unless_the_gap_is_wider_than_a_third_of_the_line_height(int gap, string text)
    {
        Assert.Equal(text, Text(Word("ตัว", 0, 20), Word("ชี้วัด", 20 + gap, 30)));
    }

    [Theory]
    [InlineData("มี", ".", "มี.")]
    [InlineData("๒", "๕", "๒๕")]
    [InlineData("๐", "๙", "๐๙")]
    [InlineData("ก", "๎", "ก๎")]
    [InlineData("ข้อ", "(๑)", "ข้อ(๑)")]
    [InlineData("๑", "/", "๑/")]
    [InlineData("ผอ", ".", "ผอ.")]
    [InlineData("ITA", "2567", "ITA 2567")] // Latin letters and Arabic digits are words of their own
    [InlineData("กอง", "ITA", "กอง ITA")]
    [InlineData("๑", "ITA", "๑ ITA")]
    [InlineData("ก", "๏", "ก ๏")] // ๏, a Thai sign that opens a verse, no letter or digit
    [InlineData("ก", ",", "ก ,")]
    public void Thai_letters_digits_and_the_dots_of_abbreviations_join_other_words_are_spaced(string first, string second, string text)
    {
        Assert.Equal(text, Text(Word(first, 0, 20), Word(second, 22, 10)));
    }

    [Fact]
    public void A_line_s_words_are_read_left_to_right_and_its_box_holds_them_all()
    {
        var line = Assert.Single(TesseractTsv.Lines(Header + Word("ชี้วัด", 40, 30, 60, top: 4, height: 28) + Word("ตัว", 12, 26, 90, top: 2, height: 30)));

        Assert.Equal("ตัวชี้วัด", line.Text);
        Assert.Equal((12, 2, 58, 30), (line.Left, line.Top, line.Width, line.Height));
        Assert.Equal(0.75, line.Confidence);
    }

    [Fact]
    public void Lines_of_an_image_and_lines_of_other_images_are_apart()
    {
        var lines = TesseractTsv.Lines(Header + Word("กอง", 0, 20, line: 1) + Word("คลัง", 0, 20, line: 2) + Word("ITA", 0, 20, image: 3));

        Assert.Equal([(1, "กอง"), (1, "คลัง"), (3, "ITA")], lines.Select(l => (l.Image, l.Text)));
    }

    [Fact]
    public void Rows_that_are_no_words_are_skipped()
    {
        var tsv = Header
            + "4\t1\t1\t1\t1\t0\t0\t0\t100\t30\t-1\t\n" // a line row
            + "5\t1\t1\t1\t1\t1\t0\t0\t20\t30\t95\t \n" // a word of nothing
            + "5\t1\t1\t1\t1\t1\t0\t0\t20\t30\n" // cut short
            + Word("กอง", 0, 20) + "\n";

        var line = Assert.Single(TesseractTsv.Lines(tsv));

        Assert.Equal(("กอง", 0.9), (line.Text, line.Confidence));
    }

    [Fact]
    public void The_first_row_is_the_header_even_when_it_looks_like_a_word()
    {
        Assert.Equal(["คลัง"], TesseractTsv.Lines(Word("กอง", 0, 20) + Word("คลัง", 0, 20, line: 2)).Select(l => l.Text));
    }

    [Fact]
    public void Windows_line_ends_and_spaces_around_a_word_are_not_its_text()
    {
        Assert.Equal("กองคลัง", Text(Word(" กอง ", 0, 20).Replace("\n", "\r\n"), Word("คลัง", 20, 20).Replace("\n", "\r\n")));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(96.5, 0.965)]
    [InlineData(150, 1)]
    public void Confidence_is_a_share_between_nothing_and_all(double reported, double confidence)
    {
        Assert.Equal(confidence, Assert.Single(TesseractTsv.Lines(Header + Word("กอง", 0, 20, reported))).Confidence);
    }
}
