using Prongsai.Import;
using Prongsai.Import.Ocr;
using Prongsai.Import.Readers.Pdf;
using Prongsai.Tests.Import.Ocr;

namespace Prongsai.Tests.Import;

/// <summary>The table finder on synthetic pages: borders as segments, text as positioned pieces.</summary>
public class PdfLayoutTests
{
    /// <summary>A ruled grid: every column boundary and row boundary drawn over the whole table.</summary>
    static List<Segment> Grid(double[] columns, double[] rows) =>
        [.. columns.Select(x => new Segment(false, x, rows[0], rows[^1])), .. rows.Select(y => new Segment(true, y, columns[0], columns[^1]))];

    static TextPiece Word(string text, double x, double baseline, int order = 0) => new(text, x, baseline, text.Length * 5, 10, order);

    [Fact]
    public void A_ruled_grid_gives_its_rows_and_columns()
    {
        var tables = TableGrids.Find(Grid([10, 100, 200, 300], [10, 40, 80]));

        var table = Assert.Single(tables);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(6, table.Cells.Count);
        Assert.All(table.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
    }

    [Fact]
    public void A_missing_border_merges_cells_like_a_spanning_status_header()
    {
        // Header row 10–40 spans columns 2–4 ("สถานะการดำเนินการ"); a second header row 40–70 names the three statuses.
        double[] columns = [10, 100, 150, 200, 250];
        double[] rows = [10, 40, 70, 120];
        var segments = rows.Select(y => new Segment(true, y, 10, 250)).ToList();
        segments[1] = new Segment(true, 40, 100, 250); // no border under column 1 in the header: it spans both header rows
        segments.Add(new Segment(false, 10, 10, 120));
        segments.Add(new Segment(false, 100, 10, 120));
        segments.Add(new Segment(false, 150, 40, 120)); // status columns divided only below the spanning cell
        segments.Add(new Segment(false, 200, 40, 120));
        segments.Add(new Segment(false, 250, 10, 120));

        var table = Assert.Single(TableGrids.Find(segments));

        Assert.Contains(new GridCell(0, 0, 2, 1), table.Cells);
        Assert.Contains(new GridCell(0, 1, 1, 3), table.Cells);
        Assert.Contains(new GridCell(1, 2, 1, 1), table.Cells);
        Assert.Equal(4 + 2 + 3, table.Cells.Count);
    }

    [Fact]
    public void Collinear_pieces_of_a_border_are_joined_and_two_tables_stay_apart()
    {
        var first = Grid([10, 100, 200], [10, 40, 80]);
        first.Add(new Segment(true, 60, 10, 50));
        first.Add(new Segment(true, 60.5, 50, 200)); // one line drawn in two pieces, 0.5 pt apart
        var second = Grid([10, 100, 200], [300, 330]);

        var tables = TableGrids.Find([.. first, .. second]);

        Assert.Equal(2, tables.Count);
        Assert.Equal(3, tables[0].RowCount);
        Assert.Equal(1, tables[1].RowCount);
    }

    [Fact]
    public void Cell_lines_join_without_a_space_between_thai_letters_and_split_at_numbered_items()
    {
        var pieces = new[]
        {
            Word("๑. งานวิเคราะห์นโยบาย", 20, 100), Word("และแผน", 20, 113), Word("๒. ประชา", 20, 126), Word("สัมพันธ์", 20, 139),
        };

        Assert.Equal(["๑. งานวิเคราะห์นโยบายและแผน", "๒. ประชาสัมพันธ์"], CellLines.Paragraphs(pieces));
    }

    [Fact]
    public void Pieces_on_one_baseline_read_left_to_right_with_a_space_at_a_gap()
    {
        var pieces = new[] { Word("ข", 25, 100, 0), Word("ก", 20, 100, 1), Word("ค", 100, 100, 2) };

        Assert.Equal("กข ค", Assert.Single(CellLines.Lines(pieces)).Text);
    }

    [Fact]
    public void Page_tables_put_text_outside_tables_in_reading_order_and_a_merged_cell_in_its_first_column()
    {
        var segments = Grid([10, 100, 200, 300], [50, 80, 120]);
        segments.RemoveAll(s => !s.Horizontal && s.Position == 200);
        segments.Add(new Segment(false, 200, 50, 80)); // columns 2–3 merged in the second row
        var page = new PageLayout(1, 600, 800, segments,
            [Word("หัวเรื่อง (IIT)", 10, 30), Word("ก", 20, 70), Word("ข", 120, 70), Word("ค", 220, 70), Word("ง", 20, 110), Word("จ", 150, 110)]);

        var document = PageTables.Read("x.pdf", [page]);

        Assert.Equal("หัวเรื่อง (IIT)", Assert.IsType<SourceText>(document.Blocks[0]).Text);
        var second = Assert.IsType<SourceRow>(document.Blocks[2]);
        Assert.Equal(["ง", "จ", ""], second.Cells.Select(c => c.Text));
        Assert.Equal([1, 2, 3], document.Blocks.Select(b => b.Row));
    }

    [Fact]
    public void A_row_cut_by_a_page_break_is_joined_under_the_repeated_header()
    {
        PageLayout Page(int number, params TextPiece[] pieces) => new(number, 600, 800, Grid([10, 100, 200, 300], [50, 80, 760]), pieces);
        var header = new[] { Word("ตัวชี้วัด", 20, 70), Word("ผู้รับผิดชอบ", 120, 70), Word("ขั้นตอน", 220, 70) };
        var first = Page(1, [.. header, Word("๑. การใช้งบ", 20, 100), Word("กองคลัง", 120, 100), Word("๑. งานวิเคราะห์", 220, 100)]);
        var second = Page(2, [.. header, Word("ประมาณ", 20, 100), Word("นโยบาย", 220, 100)]);

        var document = PageTables.Read("x.pdf", [first, second]);

        var rows = document.Blocks.OfType<SourceRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["๑. การใช้งบประมาณ", "กองคลัง", "๑. งานวิเคราะห์นโยบาย"], rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Ocr_pieces_mark_their_cell_with_the_mean_confidence()
    {
        var page = new PageLayout(1, 600, 800, Grid([10, 100], [50, 80]),
            [new TextPiece("ก", 20, 60, 5, 10, 0, 0.9), new TextPiece("ข", 20, 75, 5, 10, 1, 0.7)]);

        var cell = Assert.Single(Assert.IsType<SourceRow>(Assert.Single(PageTables.Read("x.pdf", [page]).Blocks)).Cells);

        Assert.Equal(CellSource.Ocr, cell.Source);
        Assert.Equal(0.8, cell.Confidence!.Value, 3);
    }

    [Fact]
    public void Touching_thai_lines_are_found_by_their_cores()
    {
        // Rows of ink counts: marks over line 1, line 1's core, vowels below it touching the next line's marks, line 2's core.
        var rows = new[] { 8, 8, 8, 0, 100, 100, 100, 100, 100, 100, 20, 20, 20, 20, 100, 100, 100, 100, 100, 100 }.Select(c => (c, 200)).ToArray();

        var cores = TextLines.Cores(rows, 400);

        Assert.Equal([(4, 10), (14, 20)], cores);
    }

    [Fact]
    public void A_row_of_vowels_over_a_single_line_is_not_a_core()
    {
        var rows = new[] { 7, 9, 7, 0, 0, 21, 27, 31, 23, 0, 37, 57, 66, 56, 50, 45, 46, 46, 42, 43, 39 }.Select(c => (c, 84)).ToArray();

        Assert.Equal([(10, 21)], TextLines.Cores(rows, 232));
    }

    [Fact]
    public void A_light_line_between_dense_ones_keeps_a_core_of_its_own()
    {
        // Three lines of 10 core rows; the middle one (a short line, "บริการ") has a fifth of the others' ink.
        int[] line = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
        int[] gap = [3, 3, 3, 0, 0, 4, 4, 4];
        var rows = line.Concat(gap).Concat(line.Select(c => c / 5)).Concat(gap).Concat(line).Select(c => (c, 200)).ToArray();

        Assert.Equal([(0, 10), (18, 28), (36, 46)], TextLines.Cores(rows, 400));
    }

    [Fact]
    public void A_tone_mark_over_an_upper_vowel_stays_with_its_line_though_the_line_above_is_nearer()
    {
        // As in a 200 dpi scan of "ผู้" over "ที่": ู hangs 2 rows under line 1, ่ sits 4 rows under line 1 and 3 over
        // its vowel ี, which sits 3 rows over line 2. A cut at any row parts ่ from ี (tesseract then reads "ที").
        var image = WhiteImage.WithBoxes(60, 60,
            (5, 5, 50, 16),   // line 1's consonants
            (8, 18, 11, 23),  // its lower vowel
            (34, 20, 36, 29), // line 2's tone mark
            (30, 32, 41, 38), // line 2's upper vowel
            (5, 41, 50, 52)); // line 2's consonants

        var lines = TextLines.Lines(image, 0, 0, 60, 60);

        Assert.Equal(2, lines.Count);
        Assert.Equal((5, 23), (lines[0].Top, lines[0].Bottom));
        Assert.Equal((20, 52), (lines[1].Top, lines[1].Bottom));
        // Each box holds the other line's mark, to be whited out before OCR; a line's own ink is never listed.
        Assert.Contains((35, 21), lines[0].Foreign);
        Assert.Contains((9, 21), lines[1].Foreign);
        Assert.DoesNotContain((9, 21), lines[0].Foreign);
        Assert.Equal(45 * 11 + 3 * 5, lines[0].Count);
    }

    [Fact]
    public void Tesseract_tsv_folds_thai_syllables_into_one_line_per_image()
    {
        var tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "5\t1\t1\t1\t1\t1\t6\t6\t13\t30\t90\tตัว\n"
            + "5\t1\t1\t1\t1\t2\t20\t6\t20\t30\t80\tชี้วัด\n"
            + "5\t2\t1\t1\t1\t1\t0\t0\t10\t30\t70\tกอง\n"
            + "5\t2\t1\t1\t1\t2\t40\t0\t10\t30\t70\tคลัง\n";

        var lines = TesseractTsv.Lines(tsv);

        Assert.Equal(["ตัวชี้วัด", "กอง คลัง"], lines.Select(l => l.Text));
        Assert.Equal([1, 2], lines.Select(l => l.Image));
        Assert.Equal(0.85, lines[0].Confidence, 3);
    }
}
