using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

/// <summary>
/// A block of scanned text cut into lines: which pixel rows are a line's core (dense with consonants), the light or
/// short lines found between them, and each line's box in a rectangle anywhere on the page. (PdfLayoutTests has the
/// marks shared out between two touching Thai lines.)
/// </summary>
public class TextLinesTests
{
    static (int Count, int Extent)[] Rows(params (int Count, int Extent, int Times)[] runs) =>
        [.. runs.SelectMany(r => Enumerable.Repeat((r.Count, r.Extent), r.Times))];

    [Fact]
    public void A_block_without_ink_has_no_lines()
    {
        Assert.Empty(TextLines.Cores([], 400));
        Assert.Empty(TextLines.Cores(Rows((0, 0, 5)), 400));
        Assert.Empty(TextLines.Lines(WhiteImage.With(20, 20, []), 0, 0, 20, 20));
    }

    [Fact]
    public void A_row_with_three_tenths_of_the_densest_row_s_ink_is_dense()
    {
        Assert.Equal([(0, 3)], TextLines.Cores(Rows((100, 200, 2), (30, 200, 1), (29, 200, 2)), 400));
    }

    [Theory]
    [InlineData(18, 60, true)]  // ink over three tenths of its own extent, which spans 0.15 of the block's width
    [InlineData(17, 60, false)]
    [InlineData(18, 59, false)]
    public void A_short_line_beside_long_ones_is_dense_by_its_own_extent(int count, int extent, bool dense)
    {
        var cores = TextLines.Cores(Rows((100, 200, 5), (0, 0, 1), (count, extent, 5)), 400);

        Assert.Equal(dense ? [(0, 5), (6, 11)] : [(0, 5)], cores);
    }

    [Fact]
    public void A_dense_run_six_tenths_as_tall_as_the_tallest_is_a_core_and_a_shorter_one_is_not()
    {
        Assert.Equal([(0, 5), (6, 9)], TextLines.Cores(Rows((100, 200, 5), (0, 0, 1), (100, 200, 3)), 400));
        Assert.Equal([(0, 5)], TextLines.Cores(Rows((100, 200, 5), (0, 0, 1), (100, 200, 2)), 400));
    }

    [Theory]
    [InlineData(10, 2)] // two and a half cores' height between them: marks only, not searched
    [InlineData(11, 3)] // wider: the light line inside it is found
    public void A_gap_wider_than_two_and_a_half_lines_is_searched_for_a_light_line(int gap, int lines)
    {
        var rows = Rows((100, 200, 4), (0, 0, 3), (20, 200, 4), (0, 0, gap - 7), (100, 200, 4));

        Assert.Equal(lines, TextLines.Cores(rows, 400).Count);
    }

    [Fact]
    public void The_gap_is_measured_against_the_median_core_height()
    {
        // Cores of 5 and 8 rows: the median of two is the taller (8), so a 15-row gap (≤ 2.5 × 8) is not searched.
        var rows = Rows((100, 200, 5), (0, 0, 5), (20, 200, 4), (0, 0, 6), (100, 200, 8));

        Assert.Equal([(0, 5), (20, 28)], TextLines.Cores(rows, 400));
    }

    [Fact]
    public void Lines_of_a_rectangle_inside_the_page_are_found_in_page_pixels_and_ink_outside_it_is_ignored()
    {
        // The two touching lines of PdfLayoutTests ("ผู้" over "ที่"), 7 pixels right and 9 down on an 80 × 80 page,
        // with ink beside the rectangle: left of it, touching line 1's consonants, and in the page's corners.
        var image = WhiteImage.WithBoxes(80, 80,
            (12, 14, 57, 25), // line 1's consonants
            (15, 27, 18, 32), // its lower vowel
            (41, 29, 43, 38), // line 2's tone mark
            (37, 41, 48, 47), // line 2's upper vowel
            (12, 50, 57, 61), // line 2's consonants
            (3, 14, 7, 40),   // outside, left of the rectangle, touching its first column
            (0, 0, 2, 2),
            (76, 76, 80, 80),
            (67, 50, 70, 61)); // outside, right of the rectangle, touching its last column

        var lines = TextLines.Lines(image, 7, 9, 67, 69);

        Assert.Equal([(12, 14, 57, 32), (12, 29, 57, 61)], lines.Select(l => (l.Left, l.Top, l.Right, l.Bottom)));
        Assert.Equal([45 * 11 + 3 * 5, 45 * 11 + 11 * 6 + 2 * 9], lines.Select(l => l.Count));
        Assert.Contains((42, 30), lines[0].Foreign);
        Assert.Contains((16, 30), lines[1].Foreign);
        Assert.DoesNotContain(lines.SelectMany(l => l.Foreign), p => p.X < 7 || p.X >= 67);
    }
}
