using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Prongsai.Documents;
using Prongsai.Import.Readers;

namespace Prongsai.Import;

/// <summary>
/// Reads a measures or progress document — exported text, a Markdown table, a DOCX table, an XLSX sheet or a PDF
/// (its text layer, or OCR when it is a scan) —
/// into the interchange model. The format is told by content, not by the file name. Anything unreadable
/// is an <see cref="ImportException"/> naming the file and, where known, the row and cell.
/// </summary>
public static class DocumentImporter
{
    /// <summary>Large enough for any real measures document, small enough that a hostile upload cannot exhaust memory.</summary>
    public const long MaxBytes = 50 * 1024 * 1024;

    public static MeasuresDocument Import(string path, ImportOptions? options = null) => Read(path, options).Document;

    public static ImportResult Read(string path, ImportOptions? options = null)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw new ImportException(new ImportLocation(path), $"the file is {info.Length:N0} bytes; the limit is {MaxBytes:N0}");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ImportException(new ImportLocation(path), $"cannot read the file: {e.Message}", e);
        }

        return Read(bytes, path, options);
    }

    public static ImportResult Read(ReadOnlyMemory<byte> bytes, string fileName, ImportOptions? options = null)
    {
        if (InterchangeReader.LooksLikeJson(bytes.Span))
        {
            return InterchangeReader.Read(bytes, fileName);
        }

        var source = ReadSource(bytes, fileName);
        return MeasuresInterpreter.Interpret(source, options ?? new ImportOptions());
    }

    /// <summary>The table model of the input, whatever its format.</summary>
    public static SourceDocument ReadSource(ReadOnlyMemory<byte> bytes, string fileName)
    {
        if (bytes.Length == 0)
        {
            throw new ImportException(new ImportLocation(fileName), "the file is empty");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new ImportException(new ImportLocation(fileName), $"the file is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0}");
        }

        var span = bytes.Span;
        if (Readers.Pdf.PdfTableReader.LooksLikePdf(span))
        {
            return Readers.Pdf.PdfTableReader.Read(fileName, bytes);
        }

        if (span.Length >= 4 && span[0] == 'P' && span[1] == 'K' && span[2] == 3 && span[3] == 4)
        {
            return ReadPackage(bytes, fileName);
        }

        var text = TextDecoding.Decode(span, fileName);
        return MarkdownTableReader.LooksLikeMarkdownTable(text)
            ? MarkdownTableReader.Read(fileName, text)
            : TextTableReader.Read(fileName, text);
    }

    static SourceDocument ReadPackage(ReadOnlyMemory<byte> bytes, string fileName)
    {
        var kind = PackageKind(bytes, fileName);
        try
        {
            using var stream = StreamOver(bytes);
            return kind == "docx" ? DocxTableReader.Read(fileName, stream) : XlsxTableReader.Read(fileName, stream);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException or NotSupportedException
            or OverflowException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new ImportException(new ImportLocation(fileName), $"not a readable {kind.ToUpperInvariant()}: the file is damaged or truncated ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <summary>A zip is a DOCX when it has word/document.xml, an XLSX when it has xl/workbook.xml; anything else is refused.</summary>
    static string PackageKind(ReadOnlyMemory<byte> bytes, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(StreamOver(bytes), ZipArchiveMode.Read);
            if (PackageLimits.Violation(zip) is { } violation)
            {
                throw new ImportException(new ImportLocation(fileName), violation);
            }

            if (zip.GetEntry("word/document.xml") is not null)
            {
                return "docx";
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return "xlsx";
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImportException(new ImportLocation(fileName), $"not a readable DOCX or XLSX: the zip archive is damaged or truncated ({e.Message})", e);
        }

        throw new ImportException(new ImportLocation(fileName), "a zip archive that is neither a DOCX nor an XLSX");
    }

    /// <summary>A read-only stream over the input's own array, without copying it (inputs run to 50 MB).</summary>
    static MemoryStream StreamOver(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
