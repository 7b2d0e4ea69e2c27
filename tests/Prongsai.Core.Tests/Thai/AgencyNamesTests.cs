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

    /// <summary>A short place (ลอ, พลา) is taken where its run ends or before a word that follows places.</summary>
    public static TheoryData<string> WordsAfterAPlace =>
        ["ได้", "ให้", "โดย", "ซึ่ง", "และ", "ผ่าน", "เพื่อ", "จึง", "ตาม", "จังหวัด", "อำเภอ", "ตำบล", "เป็น", "มี", "ทราบ", "ต่อ",
         "เรื่อง", "ประจำ", "ที่", "ใน", "เห็นว่า", "กับ", "หรือ", "แล้ว", "นั้น", "นี้", "ดังกล่าว", "ทุก", "ประกาศ", "คำสั่ง", "อ.", "จ.", "ต."];

    [Theory]
    [MemberData(nameof(WordsAfterAPlace))]
    public void A_short_place_running_into_a_word_that_follows_places_is_a_mention(string word) =>
        Assert.Equal(("อบต.พลา", "พลา"), Single("แจ้ง อบต.พลา" + word + "ทราบ"));

    [Fact]
    public void A_short_place_running_into_another_word_is_not_taken_but_a_place_of_four_letters_is()
    {
        Assert.Empty(AgencyNames.FindMentions("แจ้ง อบต.พลารายงาน"));
        Assert.Equal(("ทต.ชะอำ", "ชะอำ"), Single("ทต.ชะอำรายงานผล"));
    }

    [Fact]
    public void A_two_letter_place_at_the_end_of_its_run_is_a_mention() =>
        Assert.Equal(("อบต.ลอ", "ลอ"), Single("คำสั่ง อบต.ลอ ที่ ๑๒/๒๕๖๖"));

    [Theory]
    [InlineData("อบต.ตลาดอำเภอเมือง", "อบต.ตลาด")]
    [InlineData("อบต.ตลาดจังหวัดมหาสารคาม", "อบต.ตลาด")]
    public void A_place_that_is_also_a_word_is_taken_before_amphoe_or_changwat(string text, string mention) =>
        Assert.Equal(mention, Single(text).Text);

    [Fact]
    public void A_place_that_is_also_a_word_is_not_taken_before_other_words() => Assert.Empty(AgencyNames.FindMentions("อบต.ตลาดนัดชุมชน"));

    [Theory]
    [InlineData("เทศบาลบ้านถ้ำ", "เทศบาลตำบลบ้านฉาง", "ทต.บ้านฉาง", "เทศบาลบ้านฉาง")]
    [InlineData("อบต.หนองบัว", "เทศบาลตำบลบ้านฉาง", null, "ทต.บ้านฉาง")]
    [InlineData("อบต หนองบัว", "เทศบาลตำบลบ้านฉาง", "ทต.บ้านฉาง", "ทต.บ้านฉาง")]
    [InlineData("องค์การบริหารส่วนตำบลบางพระ", "เทศบาลตำบลบ้านฉาง", null, "เทศบาลตำบลบ้านฉาง")]
    [InlineData("ทต.บ้านถ้ำ", "องค์การบริหารส่วนตำบลพลา", "อบต.พลา", "อบต.พลา")]
    [InlineData("อบต.หนองบัว", "องค์การบริหารส่วนตำบลพลา", "อบต.พลา", "อบต.พลา")]
    [InlineData("นายกเทศมนตรีตำบลบ้านถ้ำ", "องค์การบริหารส่วนตำบลพลา", "อบต.พลา", null)]
    public void The_fix_is_the_agencys_own_name_in_the_mentions_form(string mentionText, string ownName, string? ownShort, string? fix)
    {
        var mention = Assert.Single(AgencyNames.FindMentions(mentionText + " ลงนาม"));
        var ownPlace = AgencyNames.PlaceOf(ownName)!;

        Assert.Equal(fix, AgencyNames.OwnNameFor(mention, ownName, ownShort, ownPlace));
    }

    static (string Text, string Place) Single(string text)
    {
        var mention = Assert.Single(AgencyNames.FindMentions(text));
        return (mention.Text, mention.Place);
    }
}
