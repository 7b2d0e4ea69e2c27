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
}
