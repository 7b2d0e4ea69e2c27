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
}
