using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class ResponsibleParserEdgesTests
{
    [Theory]
    [InlineData("กองคลัง และ กองช่าง")]
    [InlineData("กองคลัง กับ กองช่าง")]
    [InlineData("และ กองคลัง และ กองช่าง และ")]
    [InlineData("กองคลัง, และ, กองช่าง")]
    public void And_and_with_separate_names_and_never_make_one_of_their_own(string text)
    {
        var (units, persons) = ResponsibleParser.Parse([text]);
        Assert.Equal(["กองคลัง", "กองช่าง"], units);
        Assert.Empty(persons);
    }

    [Fact]
    public void And_separates_names_even_before_a_word_that_starts_no_name()
    {
        var (units, persons) = ResponsibleParser.Parse(["นิติกร และ บุคคลทั่วไป"]);
        Assert.Empty(units);
        Assert.Equal(["นิติกร", "บุคคลทั่วไป"], persons);
    }

    [Theory]
    [InlineData("กอง")]
    [InlineData("ฝ่าย")]
    [InlineData("สำนัก")]
    [InlineData("ส่วน")]
    [InlineData("งาน")]
    [InlineData("ศูนย์")]
    [InlineData("หน่วยงาน")]
    [InlineData("หน่วย")]
    [InlineData("กลุ่มงาน")]
    [InlineData("กลุ่ม")]
    [InlineData("แผนก")]
    [InlineData("ส่วนราชการ")]
    public void A_bare_unit_type_after_a_slash_widens_the_phrase_before_it(string bare)
    {
        var (units, _) = ResponsibleParser.Parse([$"ทุกกอง/{bare}"]);
        Assert.Equal([$"ทุกกอง/{bare}"], units);
    }

    [Fact]
    public void A_bare_unit_type_before_any_slash_is_a_name_of_its_own()
    {
        Assert.Equal(["ฝ่าย", "กองคลัง"], ResponsibleParser.Parse(["ฝ่าย/กองคลัง"]).Units);
    }

    [Fact]
    public void Latin_words_keep_their_spaces_and_thai_words_join()
    {
        var (units, persons) = ResponsibleParser.Parse(["งาน IT Support", "เจ้าหน้าที่ IT", "กอง คลัง"]);
        Assert.Equal(["งาน IT Support", "กองคลัง"], units);
        Assert.Equal(["เจ้าหน้าที่ IT"], persons);
    }

    [Fact]
    public void A_lone_bullet_between_words_is_dropped()
    {
        Assert.Equal(["กองคลัง"], ResponsibleParser.Parse(["กอง • คลัง"]).Units);
    }
}
