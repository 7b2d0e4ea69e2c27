using Prongsai.Catalog;

namespace Prongsai.Tests.Catalog;

public class ScoreLevelsTests
{
    static readonly Framework Levels2566 = FrameworkCatalog.Default.For(2566);
    static readonly Framework Grades2565 = FrameworkCatalog.Default.For(2565);

    [Theory]
    [InlineData(100, "AA")]
    [InlineData(95, "AA")]
    [InlineData(94.99, "A")]
    [InlineData(85, "A")]
    [InlineData(84.99, "B")]
    [InlineData(75, "B")]
    [InlineData(74.99, "C")]
    [InlineData(65, "C")]
    [InlineData(64.99, "D")]
    [InlineData(55, "D")]
    [InlineData(54.99, "E")]
    [InlineData(50, "E")]
    [InlineData(49.99, "F")]
    [InlineData(0, "F")]
    public void Grades_up_to_2565_follow_the_total_alone(double total, string grade)
    {
        // Tool scores far below the total do not pull a grade down: only levels from 2566 look at each tool.
        Assert.Equal(grade, ScoreLevels.LevelOf(Grades2565, (decimal)total, 10, 10, 10).Name);
    }

    [Theory]
    [InlineData(95, 95, 95, 95, "ผ่านดีเยี่ยม")]
    [InlineData(99, 94.99, 100, 100, "ผ่านดี")]
    [InlineData(94.99, 95, 95, 95, "ผ่านดี")]
    [InlineData(85, 85, 85, 85, "ผ่านดี")]
    [InlineData(90, 84.99, 95, 95, "ผ่าน")]
    [InlineData(85, 60, 100, 95, "ผ่าน")]
    [InlineData(84.99, 100, 100, 100, "ต้องปรับปรุง")]
    [InlineData(70, 70, 70, 70, "ต้องปรับปรุง")]
    [InlineData(69.99, 90, 90, 40, "ต้องปรับปรุงโดยด่วน")]
    [InlineData(0, 0, 0, 0, "ต้องปรับปรุงโดยด่วน")]
    public void Levels_from_2566_need_the_total_and_each_tool(double total, double iit, double eit, double oit, string level)
    {
        Assert.Equal(level, ScoreLevels.LevelOf(Levels2566, (decimal)total, (decimal)iit, (decimal)eit, (decimal)oit).Name);
    }

    [Fact]
    public void A_missing_tool_score_cannot_reach_a_band_that_needs_every_tool()
    {
        Assert.Equal("ผ่าน", ScoreLevels.LevelOf(Levels2566, 96, 96, null, 96).Name);
    }

    [Fact]
    public void The_total_uses_the_years_weights()
    {
        Assert.Equal(88.50m, ScoreLevels.TotalOf(Levels2566, 90, 80, 93.75m));
    }

    [Fact]
    public void Passing_follows_the_band()
    {
        Assert.True(ScoreLevels.Passed(Levels2566, ScoreLevels.LevelOf(Levels2566, 86, 50, 50, 50)));
        Assert.False(ScoreLevels.Passed(Levels2566, ScoreLevels.LevelOf(Levels2566, 84, 90, 90, 90)));
        Assert.True(ScoreLevels.Passed(Grades2565, ScoreLevels.LevelOf(Grades2565, 85, 0, 0, 0)));
        Assert.False(ScoreLevels.Passed(Grades2565, ScoreLevels.LevelOf(Grades2565, 84.99m, 100, 100, 100)));
    }

    [Fact]
    public void A_bands_own_passed_flag_wins_over_its_minimum()
    {
        var framework = Levels2566 with
        {
            Levels = new LevelScheme { Bands = [new LevelBand { Name = "ทดลอง", Min = 90, Passed = false }, new LevelBand { Name = "ต่ำ", Min = 0, Passed = true }] },
        };

        Assert.False(ScoreLevels.Passed(framework, framework.Levels.Bands[0]));
        Assert.True(ScoreLevels.Passed(framework, framework.Levels.Bands[1]));
    }

    [Fact]
    public void A_tool_the_framework_does_not_weigh_adds_nothing_to_the_total()
    {
        var withoutOit = Levels2566 with { Tools = [.. Levels2566.Tools.Where(t => t.Code != Documents.Tool.OIT)] };

        Assert.Equal(51.00m, ScoreLevels.TotalOf(withoutOit, 90, 80, 93.75m));
    }

    [Fact]
    public void No_framework_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ScoreLevels.LevelOf(null!, 90, 90, 90, 90));
        Assert.Throws<ArgumentNullException>(() => ScoreLevels.TotalOf(null!, 90, 90, 90));
    }
}
