using Prongsai.Import.Readers.Pdf;
using UglyToad.PdfPig;

namespace Prongsai.Tests.Import;

/// <summary>
/// A PDF page's text layer and borders as the table finder sees them, from PDFs written by hand (<see cref="HandPdf"/>):
/// letters in content-stream order, /ActualText in place of the letters it covers, Thai marks joined to their letter,
/// and borders drawn as thin filled rectangles or stroked lines and rectangles.
/// </summary>
public class PdfTextLayerTests
{
    static PageLayout Layout(string content)
    {
        using var document = PdfDocument.Open(HandPdf.Write(content));
        return PdfTextLayer.Read(document.GetPage(1));
    }

    const double HelveticaA = 6.67; // the advance of "A" and "B" in 10-point Helvetica

    [Fact]
    public void Each_letter_is_a_piece_placed_on_its_baseline_measured_from_the_top_of_the_page()
    {
        var page = Layout(HandPdf.Text("AB", 20, 700));

        Assert.Equal((1, 600.0, 800.0), (page.Number, page.Width, page.Height));
        Assert.Equal(["A", "B"], page.Pieces.Select(p => p.Text));
        Assert.All(page.Pieces, p => Assert.Equal((100.0, 10.0), (p.Baseline, p.Size)));
        Assert.Equal([20, 20 + HelveticaA], page.Pieces.Select(p => Math.Round(p.X, 6)));
        Assert.All(page.Pieces, p => Assert.Equal(HelveticaA, p.Width, 6));
    }

    [Fact]
    public void Pieces_keep_the_content_stream_order_not_the_order_across_the_page()
    {
        var page = Layout(HandPdf.Text("B", 100, 700) + HandPdf.Text("A", 20, 700));

        Assert.Equal([("B", 0), ("A", 1)], page.Pieces.Select(p => (p.Text, p.Order)));
    }

    [Fact]
    public void Text_scaled_by_its_text_matrix_has_the_size_it_is_drawn_at()
    {
        var page = Layout("BT /F1 1 Tf 12 0 0 12 20 600 Tm (A) Tj ET\n");

        var piece = Assert.Single(page.Pieces);
        Assert.Equal((20.0, 200.0, 12.0), (piece.X, piece.Baseline, piece.Size));
    }

    [Fact]
    public void Actual_text_replaces_the_letters_it_covers_with_one_piece_as_wide_as_they_are()
    {
        // Chromium writes a shaped Thai cluster as glyphs without Unicode inside an /ActualText span.
        var page = Layout(HandPdf.Actual("กั้", HandPdf.Text("AB", 100, 700)) + HandPdf.Text("A", 200, 700));

        Assert.Equal(["กั้", "A"], page.Pieces.Select(p => p.Text));
        Assert.Equal(100, page.Pieces[0].X);
        Assert.Equal(2 * HelveticaA, page.Pieces[0].Width, 6);
        Assert.Equal([0, 1], page.Pieces.Select(p => p.Order));
    }

    [Fact]
    public void Actual_text_inside_other_marked_content_is_found()
    {
        var page = Layout("/P << /MCID 0 >> BDC\n" + HandPdf.Actual("ก", HandPdf.Text("A", 100, 700)) + "EMC\n");

        Assert.Equal("ก", Assert.Single(page.Pieces).Text);
    }

    [Fact]
    public void Actual_text_that_covers_no_letters_is_nothing()
    {
        var page = Layout("/Span << /ActualText (lost) >> BDC\nEMC\n" + HandPdf.Text("A", 100, 700));

        Assert.Equal(["A"], page.Pieces.Select(p => p.Text));
    }

    [Fact]
    public void Text_in_a_font_of_size_zero_is_given_the_height_of_its_glyphs_at_least_a_point()
    {
        var page = Layout("BT /F1 0 Tf 20 700 Td (A) Tj ET\n");

        Assert.Equal(1, Assert.Single(page.Pieces).Size);
    }

    [Fact]
    public void Marked_content_without_actual_text_leaves_its_letters_as_they_are()
    {
        var page = Layout("/P << /MCID 0 >> BDC\n" + HandPdf.Text("AB", 100, 700) + "EMC\n");

        Assert.Equal(["A", "B"], page.Pieces.Select(p => p.Text));
    }

    [Fact]
    public void A_thai_mark_joins_the_letter_before_it_and_widens_it_to_its_own_end()
    {
        // The mark's glyph ends 5 points right of the consonant's: the joined piece reaches it.
        var page = Layout(HandPdf.Actual("ก", HandPdf.Text("A", 100, 700)) + HandPdf.Actual("่", HandPdf.Text("A", 105, 700)));

        var piece = Assert.Single(page.Pieces);
        Assert.Equal("ก่", piece.Text);
        Assert.Equal(5 + HelveticaA, piece.Width, 6);
    }

    [Fact]
    public void A_mark_drawn_inside_its_letter_leaves_the_letter_s_width()
    {
        var page = Layout(HandPdf.Actual("ก", HandPdf.Text("AB", 100, 700)) + HandPdf.Actual("่", HandPdf.Text("A", 100, 700)));

        Assert.Equal(2 * HelveticaA, Assert.Single(page.Pieces).Width, 6);
    }

    [Theory]
    [InlineData(691, 1)] // 9 points off the letter's baseline: within a font size (10), the letter's mark
    [InlineData(690, 2)] // a font size or more away: a piece of its own
    [InlineData(710, 2)]
    public void A_mark_a_line_away_is_a_piece_of_its_own(double y, int pieces)
    {
        var page = Layout(HandPdf.Actual("ก", HandPdf.Text("A", 100, 700)) + HandPdf.Actual("่", HandPdf.Text("A", 100, y)));

        Assert.Equal(pieces, page.Pieces.Count);
    }

    [Fact]
    public void A_mark_first_on_the_page_is_a_piece()
    {
        var page = Layout(HandPdf.Actual("่", HandPdf.Text("A", 100, 700)));

        Assert.Equal("่", Assert.Single(page.Pieces).Text);
    }

    [Fact]
    public void A_letter_that_stands_for_nothing_but_nul_is_dropped_and_nul_is_taken_out_of_text()
    {
        var page = Layout(HandPdf.Actual("\0", HandPdf.Text("A", 100, 700)) + HandPdf.Actual("ก\0ข", HandPdf.Text("A", 200, 700)));

        Assert.Equal(["กข"], page.Pieces.Select(p => p.Text));
        Assert.Equal(0, page.Pieces[0].Order);
    }

    [Fact]
    public void Thin_filled_rectangles_are_borders_along_their_middle()
    {
        var page = Layout("20 500 200 0.5 re f\n20 300 0.5 200 re f\n20 250 200 3 re f\n");

        Assert.Equal(
            [new Segment(true, 299.75, 20, 220), new Segment(false, 20.25, 300, 500), new Segment(true, 548.5, 20, 220)],
            page.Segments);
    }

    [Theory]
    [InlineData("20 100 100 50 re f\n")] // a cell's background
    [InlineData("20 100 200 3.5 re f\n")] // thicker than a rule, and filled only
    [InlineData("20 400 200 0.5 re W n\n")] // a clipping path
    [InlineData("20 400 200 0.5 re n\n")] // a path neither filled nor stroked
    [InlineData("20 50 m 100 130 l S\n")] // a diagonal
    [InlineData("300 300 m 400 300.5 l 400.5 400 l S\n")] // sloping half a point, each way
    public void Other_paths_are_no_borders(string path)
    {
        Assert.Empty(Layout(path).Segments);
    }

    [Fact]
    public void A_stroked_rectangle_gives_its_four_sides()
    {
        var page = Layout("300 100 100 50 re S\n");

        Assert.Equal(
            [new Segment(true, 700, 300, 400), new Segment(false, 400, 650, 700), new Segment(true, 650, 300, 400), new Segment(false, 300, 650, 700)],
            page.Segments);
    }

    [Fact]
    public void Stroked_lines_are_borders_whichever_way_they_are_drawn()
    {
        var page = Layout("220 50 m 20 50 l S\n300 300 m 400 300.4 l 400.3 400 l 300 400 l h S\n");

        Assert.Equal(
            [new Segment(true, 750, 20, 220), new Segment(true, 500, 300, 400), new Segment(false, 400, 400, 499.6), new Segment(true, 400, 300, 400.3),
             new Segment(false, 300, 400, 500)],
            page.Segments.Select(s => s with { Position = Math.Round(s.Position, 6), From = Math.Round(s.From, 6), To = Math.Round(s.To, 6) }));
    }
}
