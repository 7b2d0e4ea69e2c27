using System.Text;

namespace Prongsai.Import;

/// <summary>
/// Decodes text input: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy Thai code page
/// (TIS-620 / windows-874) that older systems still export. Binary content is refused.
/// </summary>
static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Checked(unicode.GetString(bytes[2..]), fileName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var binaryAt = bytes.IndexOfAny((byte)0, (byte)1, (byte)2);
        if (binaryAt >= 0)
        {
            throw new ImportException(new ImportLocation(fileName), $"binary content at byte {binaryAt}: not a text, Markdown, DOCX or XLSX document");
        }

        try
        {
            return Checked(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), fileName);
        }
        catch (DecoderFallbackException)
        {
            return Checked(Encoding.GetEncoding(874).GetString(bytes), fileName);
        }
    }

    /// <summary>Control characters other than tab and line breaks mean the input is not text.</summary>
    static string Checked(string text, string fileName)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 100 > text.Length)
        {
            throw new ImportException(new ImportLocation(fileName), "binary content: not a text, Markdown, DOCX or XLSX document");
        }

        return text;
    }
}
