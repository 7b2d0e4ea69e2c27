using Prongsai.Import.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Prongsai.Import.Readers.Pdf;

/// <summary>
/// PDFs: a text layer is read with PdfPig (letters with positions and the page's line graphics), tables found from
/// their drawn borders (<see cref="TableGrids"/>); a PDF whose pages are only images goes to <see cref="OcrReader"/>.
/// </summary>
public static class PdfTableReader
{
    /// <summary>More pages than any measures document has; bounds the work on a hostile file.</summary>
    public const int MaxPages = 300;

    /// <summary>Fewer letters than this on every page: the PDF is a scan, not text.</summary>
    const int MinLettersForText = 20;

    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes.Length >= 5 && bytes[..5].SequenceEqual("%PDF-"u8);

    public static SourceDocument Read(string file, ReadOnlyMemory<byte> bytes, OcrOptions? ocr = null)
    {
        var pages = new List<PageLayout>();
        int pageCount;
        try
        {
            using var document = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true });
            pageCount = document.NumberOfPages;
            if (pageCount > MaxPages)
            {
                throw new ImportException(new ImportLocation(file), $"the PDF has {pageCount} pages; the limit is {MaxPages}");
            }

            for (var number = 1; number <= pageCount; number++)
            {
                pages.Add(PdfTextLayer.Read(document.GetPage(number)));
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ImportException(new ImportLocation(file), "the PDF is password-protected: save it again without a password", e);
        }
        catch (Exception e) when (e is not ImportException and not OutOfMemoryException)
        {
            // PdfPig signals damage with many exception types; all mean the same to the person importing.
            throw new ImportException(new ImportLocation(file), $"not a readable PDF: the file is damaged or truncated ({e.GetType().Name}: {e.Message})", e);
        }

        if (pageCount == 0)
        {
            throw new ImportException(new ImportLocation(file), "the PDF has no pages");
        }

        var letters = pages.Sum(p => p.Pieces.Count(piece => !string.IsNullOrWhiteSpace(piece.Text)));
        return letters < MinLettersForText
            ? OcrReader.Read(file, bytes, pageCount, ocr ?? new OcrOptions())
            : PageTables.Read(file, pages);
    }
}
