using Prongsai.Thai;

namespace Prongsai.Tests.Thai;

public class ThaiDigitsTests
{
    [Theory]
    [InlineData("2566", "๒๕๖๖")]
    [InlineData("O42 ข้อ 1)", "O๔๒ ข้อ ๑)")]
    [InlineData("ไม่มีตัวเลข", "ไม่มีตัวเลข")]
    public void Converts_arabic_digits_to_thai_and_back(string arabic, string thai)
    {
        Assert.Equal(thai, ThaiDigits.ToThai(arabic));
        Assert.Equal(arabic, ThaiDigits.ToArabic(thai));
    }

    [Theory]
    [InlineData("๒๕๖๖", 2566)]
    [InlineData("25๖6", 2566)]
    [InlineData(" ๑๒ ", 12)]
    public void Parses_thai_arabic_and_mixed_digits(string text, int expected)
    {
        Assert.True(ThaiDigits.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("๑ก")]
    [InlineData("-1")]
    public void Refuses_what_is_not_a_number(string text) => Assert.False(ThaiDigits.TryParse(text, out _));

    [Fact]
    public void Digits_are_recognised_up_to_both_ends_of_each_range()
    {
        Assert.All("0123456789๐๑๒๓๔๕๖๗๘๙", c => Assert.True(ThaiDigits.IsAnyDigit(c), c.ToString()));
        Assert.All("๐๑๒๓๔๕๖๗๘๙", c => Assert.True(ThaiDigits.IsThaiDigit(c), c.ToString()));
        // The neighbours of each range: '/' and ':' around 0–9, ๏ (U+0E4F) and ๚ (U+0E5A) around ๐–๙.
        Assert.All("/:\u0E4F\u0E5Aa", c => Assert.False(ThaiDigits.IsAnyDigit(c), c.ToString()));
        Assert.All("09/:\u0E4F\u0E5A", c => Assert.False(ThaiDigits.IsThaiDigit(c), c.ToString()));
        Assert.Equal(0, ThaiDigits.ValueOf('0'));
        Assert.Equal(9, ThaiDigits.ValueOf('9'));
        Assert.Equal(0, ThaiDigits.ValueOf('๐'));
        Assert.Equal(9, ThaiDigits.ValueOf('๙'));
        Assert.Equal(-1, ThaiDigits.ValueOf('/'));
        Assert.Equal(-1, ThaiDigits.ValueOf(':'));
        Assert.Equal(-1, ThaiDigits.ValueOf('\u0E4F'));
        Assert.Equal(-1, ThaiDigits.ValueOf('\u0E5A'));
    }

    [Fact]
    public void Every_digit_maps_both_ways_and_the_neighbours_stay()
    {
        Assert.Equal("๐๑๒๓๔๕๖๗๘๙/:", ThaiDigits.ToThai("0123456789/:"));
        Assert.Equal("0123456789\u0E4F\u0E5A", ThaiDigits.ToArabic("๐๑๒๓๔๕๖๗๘๙\u0E4F\u0E5A"));
        Assert.Equal("9", ThaiDigits.ToArabic("๙"));
        Assert.Equal("๙", ThaiDigits.ToThai("9"));
        Assert.Equal("๒๕๖๖", ThaiDigits.ToThai(2566));
        Assert.Equal("-๕", ThaiDigits.ToThai(-5));
    }

    [Fact]
    public void Parses_up_to_nine_digits_and_no_more()
    {
        Assert.True(ThaiDigits.TryParse("๙๘๗๖๕๔๓๒๑", out var value));
        Assert.Equal(987654321, value);
        Assert.False(ThaiDigits.TryParse("1234567890", out _));
        Assert.True(ThaiDigits.TryParse("0", out var zero));
        Assert.Equal(0, zero);
        Assert.False(ThaiDigits.TryParse("   ", out _));
    }

    [Fact]
    public void Numbers_list_items_the_way_documents_do() =>
        Assert.Equal(new[] { "๓. ก", "๔. ข" }, ThaiNumbering.Items(["ก", "ข"], first: 3));
}
