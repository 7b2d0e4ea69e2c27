using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Tests.Import;

/// <summary>
/// The grid a PDF or scan's ruling lines make, at its edges: what counts as a border, where a point falls, rows cut by
/// a page break, lines drawn twice or in pieces, and shapes that are not tables. (PdfLayoutTests reads whole pages.)
/// </summary>
public class TableGridTests
{
    static List<Segment> Grid(double[] columns, double[] rows) =>
        [.. columns.Select(x => new Segment(false, x, rows[0], rows[^1])), .. rows.Select(y => new Segment(true, y, columns[0], columns[^1]))];

    static TableGrid Single(IEnumerable<Segment> segments) => Assert.Single(TableGrids.Find([.. segments]));

    [Fact]
    public void A_point_on_any_edge_of_the_table_is_in_it_and_one_past_an_edge_is_not()
    {
        var table = Single(Grid([10, 100, 200], [50, 80, 120]));

        Assert.All(new[] { (10.0, 60.0), (200.0, 60.0), (50.0, 50.0), (50.0, 120.0) }, p => Assert.True(table.Contains(p.Item1, p.Item2), $"{p} is on an edge"));
        Assert.All(new[] { (9.9, 60.0), (200.1, 60.0), (50.0, 49.9), (50.0, 120.1) }, p => Assert.False(table.Contains(p.Item1, p.Item2), $"{p} is outside"));
    }

    [Fact]
    public void A_point_belongs_to_the_cell_whose_left_and_top_borders_it_lies_on()
    {
        var table = Single(Grid([10, 100, 200], [50, 80, 120]));

        Assert.Equal(new GridCell(0, 0, 1, 1), table.CellAt(10, 50));
        Assert.Equal(new GridCell(0, 1, 1, 1), table.CellAt(100, 60));
        Assert.Equal(new GridCell(1, 0, 1, 1), table.CellAt(50, 80));
        Assert.Equal(new GridCell(1, 1, 1, 1), table.CellAt(199.9, 119.9));
        Assert.Null(table.CellAt(200, 119));
        Assert.Null(table.CellAt(150, 120));
        Assert.Null(table.CellAt(5, 60));
        Assert.Null(table.CellAt(50, 45));
    }

    [Fact]
    public void A_merged_cells_box_covers_the_columns_and_rows_it_spans()
    {
        var segments = Grid([10, 100, 200, 300], [50, 80, 120, 160]);
        segments.RemoveAll(s => !s.Horizontal && s.Position == 200);
        segments.Add(new Segment(false, 200, 50, 80));
        segments.RemoveAll(s => s.Horizontal && s.Position == 120);
        segments.Add(new Segment(true, 120, 10, 100));

        var table = Single(segments);

        var merged = table.CellAt(250, 140)!;
        Assert.Equal(new GridCell(1, 1, 2, 2), merged);
        Assert.Equal((100.0, 80.0, 300.0, 160.0), table.Box(merged));
        Assert.Equal(new GridCell(1, 1, 2, 2), table.CellAt(150, 100));
    }

    [Fact]
    public void A_line_of_eight_points_is_a_border_and_a_shorter_one_is_a_glyph()
    {
        Assert.Single(Single(Grid([10, 18], [50, 58])).Cells);
        Assert.Empty(TableGrids.Find(Grid([10, 17.9], [50, 57.9])));
    }

    [Fact]
    public void A_line_drawn_in_two_pieces_slightly_apart_lies_at_their_average()
    {
        var segments = Grid([10, 100, 200], [10, 80]);
        segments.Add(new Segment(true, 40, 10, 100));
        segments.Add(new Segment(true, 41, 100, 200));

        Assert.Equal([10, 40.5, 80], Single(segments).Rows);
    }

    [Fact]
    public void A_border_drawn_again_over_part_of_its_length_still_divides_the_whole_row()
    {
        var segments = Grid([10, 100, 200, 300], [10, 40, 80]);
        segments.Add(new Segment(true, 40, 20, 90)); // the same border, drawn again over the first cell only

        var table = Single(segments);

        Assert.Equal(6, table.Cells.Count);
        Assert.All(table.Cells, c => Assert.Equal(1, c.RowSpan));
    }

    [Fact]
    public void A_table_cut_at_the_bottom_or_top_of_the_page_gets_the_border_its_columns_reach()
    {
        // The column lines run on below the last drawn border (80) to 120 at most, and from 0 above the first (10).
        var segments = Grid([10, 100, 200], [10, 40, 80]).Where(s => s.Horizontal).ToList();
        segments.AddRange([new Segment(false, 10, 0, 120), new Segment(false, 100, 5, 120), new Segment(false, 200, 0, 115)]);

        var table = Single(segments);

        Assert.Equal([0, 10, 40, 80, 120], table.Rows);
        Assert.Equal(8, table.Cells.Count);
    }

    [Fact]
    public void A_column_line_ending_on_the_last_border_adds_no_row()
    {
        var segments = Grid([10, 100, 200], [10, 40, 80]);
        segments.Add(new Segment(false, 100, 10, 81.5)); // overshoots the bottom border by less than the tolerance

        Assert.Equal([10, 40, 80], Single(segments).Rows);
    }

    [Fact]
    public void A_bottom_border_missing_under_one_column_ends_that_cell_at_the_tables_bottom()
    {
        var segments = Grid([10, 100, 200], [10, 40, 80]);
        segments.RemoveAll(s => s.Horizontal && s.Position == 80);
        segments.Add(new Segment(true, 80, 10, 100));

        var table = Single(segments);

        Assert.Equal([10, 40, 80], table.Rows);
        Assert.Equal(new GridCell(1, 1, 1, 1), table.CellAt(150, 60));
    }

    [Fact]
    public void Lines_that_cross_nothing_and_a_bracket_of_one_column_are_no_table()
    {
        Segment[] lone = [new(false, 500, 10, 300), new(true, 700, 10, 300)];
        Segment[] bracket = [new(false, 10, 10, 100), new(true, 10, 10, 200), new(true, 50, 10, 200), new(true, 100, 10, 200)];

        Assert.Empty(TableGrids.Find(lone));
        Assert.Empty(TableGrids.Find(bracket));
    }
}
