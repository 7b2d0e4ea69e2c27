using Prongsai.Import;
using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

/// <summary>
/// The readings of a misread year one glyph at a time (every confusion tesseract makes of a Thai digit), how the best
/// reading is chosen, the fiscal year a document's mentions agree on, and which parts of a scanned document are
/// repaired. (OcrYearsTests has the misreadings seen in real scans.)
/// </summary>
public class OcrYearsReadingsTests
{
    const int Latest = 2570;

    [Theory]
    [InlineData("๐", 2560)] [InlineData("o", 2560)] [InlineData("O", 2560)] [InlineData("0", 2560)]
    [InlineData("๑", 2561)] [InlineData("1", 2561)]
    [InlineData("๒", 2562)] [InlineData("๒", 2566)] [InlineData("2", 2562)]
    [InlineData("๓", 2563)] [InlineData("๓", 2567)] [InlineData("๓", 2569)] [InlineData("3", 2563)]
    [InlineData("๔", 2564)] [InlineData("๔", 2565)] [InlineData("4", 2564)]
    [InlineData("๕", 2565)] [InlineData("๕", 2564)] [InlineData("๕", 2568)] [InlineData("5", 2565)]
    [InlineData("๖", 2566)] [InlineData("๖", 2562)] [InlineData("6", 2566)] [InlineData("อ", 2566)] [InlineData("๒๐", 2566)]
    [InlineData("๗", 2567)] [InlineData("๗", 2563)] [InlineData("7", 2567)] [InlineData("ฒ", 2567)]
    [InlineData("๘", 2568)] [InlineData("๘", 2565)] [InlineData("8", 2568)]
    [InlineData("๙", 2569)] [InlineData("๙", 2563)] [InlineData("9", 2569)]
    public void Each_glyph_tesseract_gives_for_a_digit_can_be_read_as_that_digit(string glyph, int year)
    {
        Assert.Equal(year, OcrYears.Best("๒๕๖" + glyph, year, Latest));
    }

    [Fact]
    public void A_glyph_that_is_no_digit_s_misreading_gives_no_year()
    {
        Assert.Null(OcrYears.Best("๒๕๖x", 2566, Latest));
    }

    [Theory]
    [InlineData("๒๕๔o", 2540)] // the earliest year is a year
    [InlineData("๒๕๗o", 2570)] // and so is the latest
    public void The_earliest_and_the_latest_year_are_plausible(string run, int year)
    {
        Assert.Equal(year, OcrYears.Best(run, null, Latest));
    }

    [Fact]
    public void Readings_as_likely_go_to_the_one_nearest_the_expected_year_or_else_the_latest()
    {
        // "๒๕๓๓" reads with one change as 2573 or 2593 (๓ for ๗ or ๙).
        Assert.Equal(2593, OcrYears.Best("๒๕๓๓", null, 2600));
        Assert.Equal(2573, OcrYears.Best("๒๕๓๓", 2570, 2600));
    }

    [Theory]
    [InlineData("ต.ค. ๒๕๒๒", "ต.ค. ๒๕๖๖")] // October is in the fiscal year 2567 but the calendar year 2566
    [InlineData("ธ.ค. ๒๕๒๒", "ธ.ค. ๒๕๖๖")]
    [InlineData("ก.ย. ๒๕๒๒", "ก.ย. ๒๕๖๒")] // September is in 2567 itself, which ๒๕๒๒ cannot be: its plainest reading
    [InlineData("ปีงบประมาณ ๒๕๒๒", "ปีงบประมาณ ๒๕๖๒")]
    public void A_month_from_october_on_belongs_to_the_calendar_year_before_the_fiscal_year(string ocr, string repaired)
    {
        Assert.Equal(repaired, OcrYears.Repair(ocr, 2567, Latest));
    }

    [Fact]
    public void Mentions_of_the_fiscal_year_vote_and_months_do_not()
    {
        Assert.Equal(2540, OcrYears.AgreedYear(["ปีงบประมาณ ๒๕๔o"], Latest)); // 2540 with one change, 2550 with two
        Assert.Equal(2570, OcrYears.AgreedYear(["ปีงบประมาณ ๒๕๗o"], Latest));
        Assert.Equal(2562, OcrYears.AgreedYear(["พ.ศ. ๒๕๖๒"], Latest)); // as read, rather than 2566 with a change
        Assert.Equal(2565, OcrYears.AgreedYear(["พ.ศ. ๒๕๖๒", "พ.ศ. ๒๕๖๕"], Latest)); // one mention each: the later
        Assert.Equal(2566, OcrYears.AgreedYear(["พ.ศ. ๒๕๖๒", "ปีงบประมาณ ๒๕อ๖"], Latest)); // both read as 2562 and as 2566 with two changes in all: the later
        Assert.Equal(2570, OcrYears.AgreedYear(["พ.ศ. ๒๕๓o"], Latest)); // 2530 reads with fewer changes but is too early
        Assert.Null(OcrYears.AgreedYear(["ต.ค. ๒๕๖๒", "ไม่มีปี"], Latest));
    }

    static readonly SourceDocument Scan = new("scan.pdf",
    [
        new SourceText(1, "แผนปฏิบัติการประจำปีงบประมาณ ๒๕๒๐๖"),
        new SourceRow(2, [new SourceCell("a", ["ปีงบประมาณ ๒๕๒๐๒"]) { Source = CellSource.Ocr, Confidence = 0.8 }, new SourceCell("b", ["ปีงบประมาณ ๒๕๒๐๒"])]),
    ]);

    [Fact]
    public void A_scanned_document_s_years_are_repaired_by_the_year_its_own_mentions_agree_on_in_ocr_cells_only()
    {
        var repaired = OcrYears.Repair(Scan, null, Latest);

        Assert.Equal("แผนปฏิบัติการประจำปีงบประมาณ ๒๕๖๖", Assert.IsType<SourceText>(repaired.Blocks[0]).Text);
        var row = Assert.IsType<SourceRow>(repaired.Blocks[1]);
        Assert.Equal(["ปีงบประมาณ ๒๕๖๖", "ปีงบประมาณ ๒๕๒๐๒"], row.Cells.Select(c => c.Text));
        Assert.Equal((CellSource.Ocr, 0.8), (row.Cells[0].Source, row.Cells[0].Confidence!.Value));
    }

    [Fact]
    public void A_fiscal_year_given_wins_over_the_document_s_own_mentions()
    {
        var row = Assert.IsType<SourceRow>(OcrYears.Repair(Scan, 2562, Latest).Blocks[1]);

        Assert.Equal("ปีงบประมาณ ๒๕๖๒", row.Cells[0].Text);
    }

    [Fact]
    public void A_document_without_ocr_cells_is_left_as_it_is()
    {
        var typed = Scan with { Blocks = [Scan.Blocks[0], new SourceRow(2, [new SourceCell("b", ["ปีงบประมาณ ๒๕๒๐๒"])])] };

        Assert.Same(typed, OcrYears.Repair(typed, null, Latest));
    }
}
