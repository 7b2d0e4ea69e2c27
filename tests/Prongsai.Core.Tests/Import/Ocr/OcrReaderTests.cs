using Prongsai.Import;
using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

/// <summary>
/// OCR with the real pdftoppm and tesseract (the test command installs them): a page rendered and read cell by cell,
/// and each way OCR can be refused — too many pages, a program or a language missing, a render that fails, a timeout.
/// </summary>
public class OcrReaderTests
{
    /// <summary>A page of Helvetica text in a ruled table of two cells, to be read as an image (its text layer unused).</summary>
    static readonly byte[] Scan = Import.HandPdf.Write(
        "40 600 520 1.5 re f\n40 650 520 1.5 re f\n40 600 1.5 51.5 re f\n300 600 1.5 51.5 re f\n558.5 600 1.5 51.5 re f\n"
        + Import.HandPdf.Text("INTEGRITY", 60, 615, 20) + Import.HandPdf.Text("2567", 320, 615, 20));

    static ImportException Refusal(OcrOptions options, byte[]? pdf = null, int pages = 1) =>
        Assert.Throws<ImportException>(() => OcrReader.Read("scan.pdf", pdf ?? Scan, pages, options));

    [Fact]
    public void A_scanned_table_is_read_cell_by_cell_and_marked_as_ocr()
    {
        var document = OcrReader.Read("scan.pdf", Scan, 1, new OcrOptions());

        var row = Assert.Single(document.Blocks.OfType<SourceRow>());
        Assert.Equal(["INTEGRITY", "2567"], row.Cells.Select(c => c.Text));
        Assert.All(row.Cells, c => Assert.Equal(CellSource.Ocr, c.Source));
        Assert.All(row.Cells, c => Assert.InRange(c.Confidence!.Value, 0.5, 1));
        Assert.Equal("page 1, table 1, row 1, column 2", row.Cells[1].Name);
    }

    [Fact]
    public void A_scan_of_more_pages_than_ocr_reads_is_refused_before_anything_runs()
    {
        var refusal = Refusal(new OcrOptions { MaxPages = 2, Tesseract = "/nonexistent/tesseract" }, pages: 3);

        Assert.Equal("the PDF is a scan of 3 pages; OCR reads at most 2 pages: split the file", refusal.Reason);
        Assert.Equal(new ImportLocation("scan.pdf"), refusal.Location);
    }

    [Fact]
    public void A_scan_of_as_many_pages_as_ocr_reads_goes_on_to_ocr()
    {
        var refusal = Refusal(new OcrOptions { MaxPages = 3, Tesseract = "/nonexistent/tesseract" }, pages: 3);

        Assert.StartsWith("the PDF is a scan and needs OCR, but", refusal.Reason);
    }

    [Fact]
    public void Without_tesseract_the_refusal_names_the_packages_to_install()
    {
        var refusal = Refusal(new OcrOptions { Tesseract = "/nonexistent/tesseract" });

        Assert.Equal("the PDF is a scan and needs OCR, but /nonexistent/tesseract is not installed: install it with `apt-get install tesseract-ocr tesseract-ocr-tha`", refusal.Reason);
        Assert.Equal("tesseract-ocr tesseract-ocr-tha", Assert.IsType<MissingProgramException>(refusal.InnerException).Package);
    }

    [Fact]
    public void Without_a_language_s_data_the_refusal_names_its_package()
    {
        var refusal = Refusal(new OcrOptions { Languages = "tha+xyz" });

        Assert.Equal("the PDF is a scan and needs OCR, but tesseract has no 'xyz' language data: install it with `apt-get install tesseract-ocr-xyz`", refusal.Reason);
        Assert.Equal("tesseract-ocr-xyz", Assert.IsType<MissingProgramException>(refusal.InnerException).Package);
    }

    [Fact]
    public void Without_pdftoppm_the_refusal_names_poppler()
    {
        var refusal = Refusal(new OcrOptions { Pdftoppm = "/nonexistent/pdftoppm" });

        Assert.Equal("the PDF is a scan and needs OCR, but /nonexistent/pdftoppm is not installed: install it with `apt-get install poppler-utils`", refusal.Reason);
    }

    [Fact]
    public void A_pdf_that_pdftoppm_cannot_render_is_refused_with_what_pdftoppm_said()
    {
        var refusal = Refusal(new OcrOptions(), "%PDF-1.7\nnot really"u8.ToArray());

        Assert.StartsWith("pdftoppm could not render the scanned pages: ", refusal.Reason);
        Assert.True(refusal.Reason.Length > "pdftoppm could not render the scanned pages: ".Length, "pdftoppm's own message is missing");
        Assert.False(char.IsWhiteSpace(refusal.Reason[^1]));
    }

    [Fact]
    public void Ocr_that_runs_past_its_time_is_stopped()
    {
        var refusal = Refusal(new OcrOptions { PageTimeout = TimeSpan.FromMilliseconds(1) });

        Assert.Equal("OCR stopped: pdftoppm took longer than 0 s", refusal.Reason);
        Assert.IsType<TimeoutException>(refusal.InnerException);
    }

    [Fact]
    public void Ocr_leaves_no_files_behind()
    {
        var before = Directory.GetDirectories(Path.GetTempPath(), "prongsai-ocr-*").ToHashSet();

        OcrReader.Read("scan.pdf", Scan, 1, new OcrOptions());
        Refusal(new OcrOptions { Pdftoppm = "/nonexistent/pdftoppm" });

        Assert.Subset(before, Directory.GetDirectories(Path.GetTempPath(), "prongsai-ocr-*").ToHashSet());
    }
}
