using Prongsai.Thai;

namespace Prongsai.Tests.Thai;

public class PdfThaiRepairTests
{
    [Theory]
    [InlineData("ตัวชีว้ ัด", "ตัวชี้วัด")]
    [InlineData("ขัน ้ ตอน", "ขั้นตอน")]
    [InlineData("ดํ าเนินการ", "ดำเนินการ")]
    [InlineData("ดําเนินการ", "ดำเนินการ")]
    [InlineData("นํ้า", "น้ำ")]
    [InlineData("ทํ่า", "ท่ำ")]
    [InlineData("ที ่", "ที่")]
    [InlineData("ผู ้รับผิดชอบ", "ผู้รับผิดชอบ")]
    [InlineData("เ ทศบาล", "เทศบาล")]
    [InlineData("ก า ร", "กา ร")]
    [InlineData("กิ่จกรรม", "กิ่จกรรม")]
    public void Known_pdf_damage_is_repaired(string damaged, string repaired) =>
        Assert.Equal(repaired, PdfThaiRepair.Repair(damaged));

    [Fact]
    public void A_tone_typed_before_its_vowel_goes_after_it() =>
        Assert.Equal("ที่", PdfThaiRepair.Repair("ท\u0E48\u0E35"));

    [Theory]
    [InlineData("มีน้ำ")]
    [InlineData("ตัวชี้วัด การใช้งบประมาณ")]
    [InlineData("ขั้นตอนหรือวิธีปฏิบัติ")]
    [InlineData("พี่น้อง กับข้าว จันทร์")]
    [InlineData("ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใส")]
    [InlineData("E-Service ๑๕ มี.ค. ๒๕๖๖")]
    public void Correct_text_comes_out_unchanged(string text) =>
        Assert.Equal(text, PdfThaiRepair.Repair(text));

    [Theory]
    [InlineData("ก ะ", "กะ")]
    [InlineData("ก ำ", "กำ")]
    [InlineData("ก\u00A0า", "กา")]
    [InlineData("ก \u0E45", "ก\u0E45")]
    [InlineData("เ\tก", "เก")]
    [InlineData("ไ  ม้", "ไม้")]
    [InlineData("ก ิ", "กิ")]
    [InlineData("ก \u0E4E", "ก\u0E4E")]
    public void Spaces_thai_never_has_are_removed(string damaged, string repaired) =>
        Assert.Equal(repaired, PdfThaiRepair.Repair(damaged));

    [Theory]
    [InlineData("E-Service  ITA 2566")]
    [InlineData("เ 1")]
    [InlineData("ก ข")]
    public void Text_without_damage_it_knows_keeps_its_spaces(string text) =>
        Assert.Equal(text, PdfThaiRepair.Repair(text));

    [Fact]
    public void A_mark_with_nothing_before_it_stays_first() =>
        Assert.Equal("\u0E48ก", PdfThaiRepair.Repair(" \u0E48ก"));

    [Fact]
    public void Combining_marks_are_exactly_the_thai_vowel_and_tone_marks()
    {
        Assert.All("\u0E31\u0E34\u0E3A\u0E47\u0E48\u0E4C\u0E4E", c => Assert.True(PdfThaiRepair.IsCombining(c), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All("\u0E30\u0E32\u0E33\u0E3B\u0E46\u0E4Fก ", c => Assert.False(PdfThaiRepair.IsCombining(c), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("กัน ้", "กั้น")]
    [InlineData("ฮัว ้", "ฮั้ว")]
    [InlineData("ก ิน", "กิน")]
    [InlineData("นำ่", "น่ำ")]
    public void Marks_at_the_edges_of_their_ranges_are_reattached(string damaged, string repaired) =>
        Assert.Equal(repaired, PdfThaiRepair.Repair(damaged));

    [Theory]
    [InlineData("ฟิล ์ม", "ฟิล์ม")]
    [InlineData("ฟิล์ม", "ฟิล์ม")]
    public void A_detached_thanthakhat_stays_on_the_silent_consonant_it_follows_not_on_the_syllable_before(string damaged, string repaired) =>
        Assert.Equal(repaired, PdfThaiRepair.Repair(damaged));

    [Fact]
    public void A_leading_space_is_kept() => Assert.Equal(" กิน", PdfThaiRepair.Repair(" กิน"));
}
