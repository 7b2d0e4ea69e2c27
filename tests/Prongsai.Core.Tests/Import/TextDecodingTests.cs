using System.Text;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class TextDecodingTests
{
    static readonly Encoding Thai874 = CodePagesEncodingProvider.Instance.GetEncoding(874)!;

    static string Decode(byte[] bytes) => TextDecoding.Decode(bytes, "input.txt");

    [Fact]
    public void A_file_holding_only_a_utf16_byte_order_mark_is_empty_text()
    {
        Assert.Equal("", Decode([0xFF, 0xFE]));
        Assert.Equal("", Decode([0xFE, 0xFF]));
    }

    [Fact]
    public void Utf16_in_either_byte_order_is_read_without_its_mark()
    {
        Assert.Equal("มาตรการ", Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("มาตรการ")]), StringComparer.Ordinal);
        Assert.Equal("มาตรการ", Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("มาตรการ")]), StringComparer.Ordinal);
    }

    [Fact]
    public void The_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        Assert.Equal("ก ข", Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ก ข")]), StringComparer.Ordinal);
    }

    [Fact]
    public void Thai_code_page_text_is_read_as_thai_not_as_broken_utf8()
    {
        Assert.Equal("ภาษาไทย ๒๕๖๖", Decode(Thai874.GetBytes("ภาษาไทย ๒๕๖๖")), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 1)]
    [InlineData(3, 2)]
    public void A_low_control_byte_is_binary_content_named_by_its_offset(int at, byte control)
    {
        var bytes = Encoding.UTF8.GetBytes("abcdefgh");
        bytes[at] = control;
        var error = Assert.Throws<ImportException>(() => Decode(bytes));
        Assert.Equal($"binary content at byte {at}: not a text, Markdown, DOCX or XLSX document", error.Reason);
        Assert.Equal("input.txt", error.Location.File);
    }

    [Fact]
    public void Up_to_one_control_character_in_a_hundred_is_tolerated_and_more_is_binary()
    {
        var exactlyOnePercent = new string('ก', 99) + "\u0007";
        Assert.Equal(exactlyOnePercent, Decode(Utf16(exactlyOnePercent)), StringComparer.Ordinal);

        var overOnePercent = new string('ก', 98) + "\u0007";
        var error = Assert.Throws<ImportException>(() => Decode(Utf16(overOnePercent)));
        Assert.Equal("binary content: not a text, Markdown, DOCX or XLSX document", error.Reason);
    }

    [Fact]
    public void Tabs_line_breaks_and_form_feeds_are_text_however_many()
    {
        const string text = "\t\n\r\f\t\n\r\f";
        Assert.Equal(text, Decode(Utf16(text)), StringComparer.Ordinal);
    }

    static byte[] Utf16(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
}
