using Prongsai.Import;
using Prongsai.Import.Ocr;
using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Tests.Import;

/// <summary>
/// What the PDF reader does with a whole file before the table finder sees its pages: which PDFs are refused and
/// how, and which go to OCR (too few letters to be text), from PDFs written by hand (<see cref="HandPdf"/>).
/// </summary>
public class PdfTableReaderTests
{
    /// <summary>OCR refuses every scan at once, before it looks for tesseract: a refusal that says the PDF went to OCR.</summary>
    static readonly OcrOptions NoOcr = new() { MaxPages = 0 };

    static string Letters(int count, double y = 700) => HandPdf.Text(new string('A', count), 20, y);

    static ImportException Refusal(byte[] pdf, string file = "measures.pdf") =>
        Assert.Throws<ImportException>(() => PdfTableReader.Read(file, pdf, NoOcr));

    [Fact]
    public void A_pdf_with_a_text_layer_is_read_as_the_lines_of_its_pages()
    {
        var pdf = HandPdf.Write(HandPdf.Text("Integrity and Transparency", 20, 700), HandPdf.Text("Assessment 2024", 20, 700));

        var document = PdfTableReader.Read("measures.pdf", pdf, NoOcr);

        Assert.Equal("measures.pdf", document.File);
        Assert.Equal(["Integrity and Transparency", "Assessment 2024"], document.Blocks.OfType<SourceText>().Select(b => b.Text));
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(20, false)]
    public void A_pdf_with_fewer_than_twenty_letters_on_all_its_pages_together_is_a_scan(int letters, bool scan)
    {
        var pdf = HandPdf.Write(Letters(10), Letters(letters - 10));

        if (scan)
        {
            Assert.StartsWith("the PDF is a scan of 2 pages", Refusal(pdf).Reason);
        }
        else
        {
            Assert.Equal(2, PdfTableReader.Read("measures.pdf", pdf, NoOcr).Blocks.Count);
        }
    }

    [Fact]
    public void Spaces_are_not_counted_as_letters_of_a_text_layer()
    {
        var pdf = HandPdf.Write(HandPdf.Text("AAAAAAAAAA          AAAAAAAAA", 20, 700));

        Assert.StartsWith("the PDF is a scan of 1 pages", Refusal(pdf).Reason);
    }

    [Fact]
    public void A_pdf_of_more_than_three_hundred_pages_is_refused()
    {
        var pdf = HandPdf.Write([.. Enumerable.Repeat(Letters(1), 301)], trailer: "");

        var refusal = Refusal(pdf, "big.pdf");

        Assert.Equal(new ImportLocation("big.pdf"), refusal.Location);
        Assert.Equal("the PDF has 301 pages; the limit is 300", refusal.Reason);
    }

    [Fact]
    public void A_pdf_of_three_hundred_pages_is_read()
    {
        var pdf = HandPdf.Write([.. Enumerable.Repeat(Letters(1), 300)], trailer: "");

        Assert.Equal(300, PdfTableReader.Read("measures.pdf", pdf, NoOcr).Blocks.Count);
    }

    [Fact]
    public void A_pdf_without_pages_is_refused()
    {
        var pdf = HandPdf.Write([], trailer: "");

        Assert.Equal("the PDF has no pages", Refusal(pdf).Reason);
    }

    [Fact]
    public void A_pdf_that_opens_only_with_a_password_is_refused_with_what_to_do()
    {
        var key = new string('A', 64);
        var pdf = HandPdf.Write([Letters(30)], trailer: "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ",
            extra: [$"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{key}> /U <{key}> >>"]);

        var refusal = Refusal(pdf);

        Assert.Equal("the PDF is password-protected: save it again without a password", refusal.Reason);
        Assert.Equal(new ImportLocation("measures.pdf"), refusal.Location);
    }

    [Fact]
    public void A_pdf_whose_cross_reference_table_points_at_the_wrong_places_is_still_read()
    {
        // Producers and e-mail gateways that rewrite a PDF often leave its offsets stale: every object moved 40 bytes.
        var pdf = HandPdf.Write(HandPdf.Text("Integrity and Transparency", 20, 700));
        var moved = System.Text.Encoding.Latin1.GetString(pdf).Replace("%PDF-1.7\n", "%PDF-1.7\n%" + new string('x', 38) + "\n");

        var document = PdfTableReader.Read("measures.pdf", System.Text.Encoding.Latin1.GetBytes(moved), NoOcr);

        Assert.Equal("Integrity and Transparency", Assert.IsType<SourceText>(Assert.Single(document.Blocks)).Text);
    }

    [Fact]
    public void A_damaged_pdf_is_refused_as_not_readable_with_what_the_reader_found()
    {
        var refusal = Refusal("%PDF-1.7\nthis is not a PDF at all"u8.ToArray());

        Assert.StartsWith("not a readable PDF: the file is damaged or truncated (", refusal.Reason);
        Assert.EndsWith(")", refusal.Reason);
        Assert.NotNull(refusal.InnerException);
        Assert.Contains(refusal.InnerException.GetType().Name, refusal.Reason);
    }

    [Theory]
    [InlineData("%PDF-1.7", true)]
    [InlineData("%PDF-", true)]
    [InlineData("%PDF", false)]
    [InlineData(" %PDF-1.7", false)]
    [InlineData("PK\u0003\u0004", false)]
    [InlineData("", false)]
    public void A_pdf_is_known_by_its_first_five_bytes(string start, bool pdf)
    {
        Assert.Equal(pdf, PdfTableReader.LooksLikePdf(System.Text.Encoding.Latin1.GetBytes(start)));
    }
}
