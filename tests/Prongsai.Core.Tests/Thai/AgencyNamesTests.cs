using Prongsai.Thai;

namespace Prongsai.Tests.Thai;

/// <summary>Short and full forms of local agencies' names, and the place a name gives, at their edges.</summary>
public class AgencyNamesTests
{
    [Theory]
    [InlineData("เทศบาลตำบลบ้านฉาง", "ทต.บ้านฉาง")]
    [InlineData("เทศบาล ตำบล บ้านฉาง", "ทต.บ้านฉาง")]
    [InlineData("เทศบาลเมืองระยอง", "ทม.ระยอง")]
    [InlineData("เทศบาลนครขอนแก่น", "ทน.ขอนแก่น")]
    [InlineData("องค์การบริหารส่วนตำบลหนองแฟบ", "อบต.หนองแฟบ")]
    [InlineData("องค์การบริหารส่วนจังหวัดระยอง", "อบจ.ระยอง")]
    public void The_short_form_replaces_the_type_word(string full, string shortForm)
    {
        Assert.Equal(shortForm, AgencyNames.ShortFormOf(full));
        Assert.Equal(ThaiText.Compact(full), AgencyNames.FullFormOf(shortForm));
    }

    [Theory]
    [InlineData("เทศบาลตำบล")]
    [InlineData("กรมบัญชีกลาง")]
    [InlineData("")]
    public void Names_without_a_place_or_a_customary_type_have_no_short_form(string name) =>
        Assert.Null(AgencyNames.ShortFormOf(name));

    [Theory]
    [InlineData("ทต.")]
    [InlineData("กรมบัญชีกลาง")]
    [InlineData("")]
    public void Short_names_without_a_place_have_no_full_form(string name) => Assert.Null(AgencyNames.FullFormOf(name));

    [Theory]
    [InlineData("เทศบาลตำบลบ้านฉาง", "บ้านฉาง")]
    [InlineData("ทต.บ้านฉาง", "บ้านฉาง")]
    [InlineData("เทศบาลตำบลเมืองแกลง", "เมืองแกลง")]
    public void The_place_is_what_the_name_says_after_its_type_word(string name, string place) =>
        Assert.Equal(place, AgencyNames.PlaceOf(name));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("กรมบัญชีกลาง")]
    [InlineData("อบต. ทุกแห่ง")]
    public void A_name_without_a_type_word_and_a_place_gives_no_place(string? name) => Assert.Null(AgencyNames.PlaceOf(name));
}
