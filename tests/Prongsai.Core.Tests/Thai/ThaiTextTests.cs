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
}
