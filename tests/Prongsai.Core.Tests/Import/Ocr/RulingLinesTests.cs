using Prongsai.Import.Ocr;
using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Tests.Import.Ocr;

/// <summary>Table borders in a scan: runs of ink a quarter inch long or more, across small gaps, in points.</summary>
public class RulingLinesTests
{
    const int Dpi = 72; // one pixel a point; a border is at least 18 pixels long

    static GrayImage Image(int width, int height, IEnumerable<(int X, int Y)> ink) => WhiteImage.With(width, height, ink);

    static IEnumerable<(int X, int Y)> Row(int y, int from, int to) => Enumerable.Range(from, to - from).Select(x => (x, y));

    static IEnumerable<(int X, int Y)> Column(int x, int from, int to) => Enumerable.Range(from, to - from).Select(y => (x, y));

    [Fact]
    public void A_run_of_a_quarter_inch_is_a_border_through_the_middle_of_its_pixels()
    {
        var segments = RulingLines.Find(Image(40, 40, [.. Row(5, 2, 20), .. Row(9, 2, 19)]), Dpi);

        Assert.Equal([new Segment(true, 5.5, 2, 20)], segments);
    }

    [Fact]
    public void Positions_are_in_points_at_the_scan_s_resolution()
    {
        var segments = RulingLines.Find(Image(100, 10, Row(3, 0, 50)), 144);

        Assert.Equal([new Segment(true, 1.75, 0, 25)], segments);
    }

    [Theory]
    [InlineData(2, 1)] // scanning noise: the line goes on
    [InlineData(3, 2)]
    public void A_gap_of_up_to_two_light_pixels_is_inside_the_line(int gap, int segments)
    {
        var ink = Row(5, 0, 20).Concat(Row(5, 20 + gap, 40 + gap));

        Assert.Equal(segments, RulingLines.Find(Image(60, 10, ink), Dpi).Count);
    }

    [Fact]
    public void A_line_that_reaches_the_image_s_edge_ends_there()
    {
        Assert.Equal([new Segment(true, 0.5, 10, 30)], RulingLines.Find(Image(30, 5, Row(0, 10, 30)), Dpi));
    }

    [Fact]
    public void A_short_run_before_a_long_one_on_the_same_row_is_no_border()
    {
        var segments = RulingLines.Find(Image(60, 5, [.. Row(2, 0, 10), .. Row(2, 15, 35)]), Dpi);

        Assert.Equal([new Segment(true, 2.5, 15, 35)], segments);
    }

    [Fact]
    public void Two_borders_on_one_row_are_both_found()
    {
        var segments = RulingLines.Find(Image(60, 5, [.. Row(2, 0, 20), .. Row(2, 30, 50)]), Dpi);

        Assert.Equal([new Segment(true, 2.5, 0, 20), new Segment(true, 2.5, 30, 50)], segments);
    }

    [Fact]
    public void Vertical_borders_are_found_the_same_way()
    {
        var segments = RulingLines.Find(Image(10, 40, [.. Column(4, 1, 19), .. Column(7, 0, 17)]), Dpi);

        Assert.Equal([new Segment(false, 4.5, 1, 19)], segments);
    }
}
