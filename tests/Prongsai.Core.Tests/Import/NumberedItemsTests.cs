using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class NumberedItemsTests
{
    static NumberedItems.Split Parse(params string[] paragraphs) => NumberedItems.Parse(paragraphs);

    [Theory]
    [InlineData("๑. ประชุม ๒. รายงาน")]
    [InlineData("๑ . ประชุม ๒ . รายงาน")]
    [InlineData("1) ประชุม 2) รายงาน")]
    [InlineData("(1) ประชุม (2) รายงาน")]
    [InlineData("๑.ประชุม ๒ประชุมรายงาน")]
    public void Finds_items_however_they_are_numbered(string cell)
    {
        var split = Parse(cell);

        Assert.Equal(2, split.Items.Count);
        Assert.StartsWith("ประชุม", split.Items[0]);
        Assert.Equal("", split.Head);
    }

    [Fact]
    public void A_number_with_no_separator_starts_an_item() =>
        Assert.Equal(["แต่งตั้งคณะกรรมการ", "ประชุมคณะกรรมการ", "มอบหมาย"], Parse("๑.แต่งตั้งคณะกรรมการ ๒ประชุมคณะกรรมการ ๓.มอบหมาย").Items);

    [Fact]
    public void A_number_followed_by_a_space_starts_an_item() =>
        Assert.Equal(["ได้จัดทำคู่มือ", "ได้จัดทำช่องทาง"], Parse("๑.ได้จัดทำคู่มือ", "๒ ได้จัดทำช่องทาง").Items);

    [Fact]
    public void Duplicated_numbers_are_kept_as_separate_items() =>
        Assert.Equal(["ผอ.ทุกกอง", "จนท.การเงินฯ", "นักวิเคราะห์", "จพง.ทุกคน"], Parse("๑. ผอ.ทุกกอง ๒. จนท.การเงินฯ ๒. นักวิเคราะห์ ๓. จพง.ทุกคน").Items);

    [Fact]
    public void Numbers_inside_the_text_are_not_items()
    {
        var split = Parse("๑. วิเคราะห์ความเสี่ยง ๒.รายงานผลประจำปี รอบ ๖ เดือนแรก และ ๑๒ เดือนให้ผู้บังคับบัญชาทราบ");

        Assert.Equal(2, split.Items.Count);
        Assert.Equal("รายงานผลประจำปี รอบ ๖ เดือนแรก และ ๑๒ เดือนให้ผู้บังคับบัญชาทราบ", split.Items[1]);
    }

    [Fact]
    public void Dates_and_counts_after_an_item_number_stay_in_the_item()
    {
        var split = Parse("๑. ประชุมเมื่อ ๑๕ มี.ค. ๒๕๖๖ ๒. จัดอบรม ๓ ครั้ง ภายใน ๓ วัน ๓. รายงาน");

        Assert.Equal(["ประชุมเมื่อ ๑๕ มี.ค. ๒๕๖๖", "จัดอบรม ๓ ครั้ง ภายใน ๓ วัน", "รายงาน"], split.Items);
    }

    [Fact]
    public void Text_before_the_first_number_is_the_head() =>
        Assert.Equal("- ราย ๖ เดือน และ ๑๒ เดือน ของ ปีงบประมาณ", Parse("- ราย ๖ เดือน และ ๑๒ เดือน ของ ปีงบประมาณ ๑.ได้จัดทำคำสั่ง").Head);

    [Fact]
    public void A_decimal_or_an_item_code_is_not_a_number() =>
        Assert.Empty(Parse("ตามข้อ O42 และ 1.5 เท่า").Items);

    [Fact]
    public void Without_numbers_bullets_are_the_items() =>
        Assert.Equal(["ประชุม", "รายงาน"], Parse("ดำเนินการดังนี้", "- ประชุม", "- รายงาน").Items);

    [Fact]
    public void Without_numbers_or_bullets_each_paragraph_is_an_item() =>
        Assert.Equal(["ประชุม", "รายงาน"], Parse("ประชุม", "รายงาน").Items);

    [Fact]
    public void A_single_paragraph_without_numbers_is_all_head()
    {
        var split = Parse("รายไตรมาส");

        Assert.Empty(split.Items);
        Assert.Equal(["รายไตรมาส"], split.ItemsOrHead);
    }
}
