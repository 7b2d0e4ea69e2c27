using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class ResponsibleParserTests
{
    [Fact]
    public void Units_joined_by_slashes_and_stray_spaces_are_separated_from_numbered_persons()
    {
        var (units, persons) = ResponsibleParser.Parse(["สำนักปลัด/กอง คลัง/ กองช่าง / กองการศึกษาฯ ๑. ผอ.ทุกกอง ๒. นิติกร"]);

        Assert.Equal(["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษาฯ"], units);
        Assert.Equal(["ผอ.ทุกกอง", "นิติกร"], persons);
    }

    [Fact]
    public void Units_joined_by_nothing_are_split_at_each_unit_word() =>
        Assert.Equal(["กองช่าง", "กองการศึกษาฯ"], ResponsibleParser.Parse(["กองช่าง กอง การศึกษาฯ"]).Units);

    [Fact]
    public void Unnumbered_positions_after_units_are_persons()
    {
        var (units, persons) = ResponsibleParser.Parse(["สำนักปลัด งานนิติการ", "ปลัดเทศบาล และ นักวิเคราะห์นโยบายและแผน"]);

        Assert.Equal(["สำนักปลัด", "งานนิติการ"], units);
        Assert.Equal(["ปลัดเทศบาล", "นักวิเคราะห์นโยบายและแผน"], persons);
    }

    [Fact]
    public void A_name_listed_twice_is_kept_once() =>
        Assert.Equal(["กองคลัง"], ResponsibleParser.Parse(["กองคลัง / กอง คลัง"]).Units);
}
