using Prongsai.Thai;

namespace Prongsai.Tests.Thai;

public class ThaiTextTests
{
    [Fact]
    public void Matching_ignores_stray_spaces_inside_words()
    {
        Assert.True(ThaiText.EqualsIgnoringSpaces("ต่ อ ผู้บังคับบัญชา", "ต่อผู้บังคับบัญชา"));
        Assert.True(ThaiText.ContainsIgnoringSpaces("การ ประเมิน ITA", "การประเมิน"));
        Assert.False(ThaiText.EqualsIgnoringSpaces("กองคลัง", "กองช่าง"));
    }

    [Fact]
    public void Zero_width_spaces_count_as_spaces() =>
        Assert.Equal("กองคลัง", ThaiText.Compact("กอง\u200Bคลัง\uFEFF"));

    [Fact]
    public void Tidy_folds_runs_of_whitespace_for_display() =>
        Assert.Equal("มี.ค. ๒๕๖๖", ThaiText.Tidy("  มี.ค. \n\t ๒๕๖๖ "));

    [Fact]
    public void Counts_occurrences_ignoring_spaces() =>
        Assert.Equal(2, ThaiText.CountIgnoringSpaces("ของ ทต.บ้าน ถ้ำ และ ทต. บ้านถ้ำ", "ทต.บ้านถ้ำ"));

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    [InlineData('\u00A0')]
    [InlineData('\t')]
    public void Invisible_and_no_break_spaces_are_spaces(char space)
    {
        Assert.True(ThaiText.IsSpace(space));
        Assert.Equal("กองคลัง", ThaiText.Compact($"กอง{space}คลัง"));
        Assert.Equal("กอง คลัง", ThaiText.Tidy($"{space}กอง{space}{space}คลัง{space}"));
    }

    [Fact]
    public void Letters_and_marks_are_not_spaces() =>
        Assert.All("กa.\u0E31\u200E-", c => Assert.False(ThaiText.IsSpace(c), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Empty_text_compacts_and_tidies_to_empty()
    {
        Assert.Equal("", ThaiText.Compact(null));
        Assert.Equal("", ThaiText.Compact(""));
        Assert.Equal("", ThaiText.Tidy(null));
        Assert.Equal("", ThaiText.Tidy(""));
        Assert.Equal("", ThaiText.Tidy(" \n "));
        Assert.Equal("กองคลัง", ThaiText.Tidy("กองคลัง"));
    }

    [Fact]
    public void Name_keys_ignore_spaces_and_a_trailing_abbreviation_mark()
    {
        Assert.Equal("กองการศึกษา", ThaiText.NameKey("กอง การศึกษาฯ"));
        Assert.Equal("ทต.บ้านฉาง", ThaiText.NameKey("ทต. บ้านฉาง."));
        Assert.Equal("", ThaiText.NameKey(null));
    }

    [Fact]
    public void Containment_and_counting_ignore_spaces_and_do_not_overlap()
    {
        Assert.False(ThaiText.ContainsIgnoringSpaces("การประเมิน", "ITA"));
        Assert.True(ThaiText.EqualsIgnoringSpaces(null, " "));
        Assert.Equal(0, ThaiText.CountIgnoringSpaces("กองคลัง", " "));
        Assert.Equal(0, ThaiText.CountIgnoringSpaces("กองคลัง", "กองช่าง"));
        Assert.Equal(1, ThaiText.CountIgnoringSpaces("กองคลัง", "กองคลัง"));
        Assert.Equal(1, ThaiText.CountIgnoringSpaces("aaa", "aa"));
        Assert.Equal(2, ThaiText.CountIgnoringSpaces("aaaa", "aa"));
        Assert.Equal(3, ThaiText.CountIgnoringSpaces("ab ab ab", "ab"));
    }
}
