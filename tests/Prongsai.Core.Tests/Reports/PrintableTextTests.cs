using Prongsai.Reports;

namespace Prongsai.Tests.Reports;

public class PrintableTextTests
{
    [Theory]
    [InlineData("ก่อน\0หลัง", "ก่อนหลัง")]
    [InlineData("a\u0001b\u001Fc\u0008", "abc")]
    [InlineData("x\uFFFEy\uFFFF", "xy")]
    public void Characters_xml_cannot_hold_are_dropped(string text, string expected) =>
        Assert.Equal(expected, PrintableText.Clean(text), StringComparer.Ordinal);

    [Theory]
    [InlineData("แถว\tหนึ่ง\nสอง\r\nสาม")]
    [InlineData("อีโมจิ 😀 ครบคู่")]
    [InlineData("\uE000 ส่วนตัว \uFFFD แทน \uD7FF")]
    [InlineData(" ")]
    public void Text_xml_can_hold_is_returned_as_it_is(string text) =>
        Assert.Same(text, PrintableText.Clean(text));

    // Lone surrogates cannot sit in an attribute's string (the compiler stores U+FFFD), hence a Fact.
    [Fact]
    public void Lone_surrogates_are_dropped_wherever_they_stand()
    {
        Assert.Equal("ปลาย", PrintableText.Clean("ปลาย\uD800"), StringComparer.Ordinal);
        Assert.Equal("ต้น", PrintableText.Clean("\uDC00ต้น"), StringComparer.Ordinal);
        Assert.Equal("กลับด้าน", PrintableText.Clean("กลับ\uDC00\uD800ด้าน"), StringComparer.Ordinal);
        Assert.Equal("กx", PrintableText.Clean("ก\uD800x"), StringComparer.Ordinal);
    }

    [Fact]
    public void A_surrogate_pair_survives_beside_a_dropped_character()
    {
        Assert.Equal("😀ก", PrintableText.Clean("\0😀\u0002ก"), StringComparer.Ordinal);
    }

    [Fact]
    public void A_document_is_cleaned_in_every_text_field()
    {
        var measure = Seed.Document().Measures[0] with
        {
            Name = "ชื่อ\0", IndicatorText = "ตัวชี้วัด\0", ResponsibleUnits = ["กอง\0คลัง"], ResponsiblePersons = ["นิติ\0กร"],
            Steps = ["ขั้น\0ตอน"], Monitoring = ["ติด\0ตาม"], Results = ["ผล\0"],
            Period = new(null, null, "ตลอด\0ปี"), Reporting = new() { Text = "ราย\0เดือน" },
        };
        var document = Seed.Document() with { Agency = new("เทศบาล\0ตำบล", "ทต.\0"), Measures = [measure] };

        var clean = PrintableText.Clean(document);

        var texts = new[] { clean.Agency.Name, clean.Agency.ShortName! }
            .Concat(clean.Measures.SelectMany(m => new[] { m.Name!, m.IndicatorText!, m.Period!.Text!, m.Reporting.Text! }
                .Concat(m.ResponsibleUnits).Concat(m.ResponsiblePersons).Concat(m.Steps).Concat(m.Monitoring).Concat(m.Results)))
            .ToList();
        Assert.Equal(11, texts.Count);
        Assert.All(texts, t => Assert.DoesNotContain('\0', t));
        Assert.Equal("กองคลัง", clean.Measures[0].ResponsibleUnits[0]);
    }
}
