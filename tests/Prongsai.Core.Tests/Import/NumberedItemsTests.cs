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

    /// <summary>Cells split on "|" into paragraphs, and the items they must give ("|" between items).</summary>
    [Theory]
    // Two-digit numbers continue the sequence.
    [InlineData("๑. ก ๒. ข ๓. ค ๔. ง ๕. จ ๖. ฉ ๗. ช ๘. ซ ๙. ฌ ๑๐. ญ ๑๑. ฎ", "ก|ข|ค|ง|จ|ฉ|ช|ซ|ฌ|ญ|ฎ")]
    // A number at the very end of the cell, with or without its dot, ends it.
    [InlineData("๑. จัดอบรม ๒. รายงานภายในวันที่ ๓๐", "จัดอบรม|รายงานภายในวันที่ ๓๐")]
    [InlineData("๑. ประชุม ๒.", "ประชุม")]
    [InlineData("๑. ประชุม ๒", "ประชุม ๒")]
    // A number glued to the word before it is text, and so is one in brackets without ")" after it.
    [InlineData("๑. อบรมรุ่น๒พร้อมกัน", "อบรมรุ่น๒พร้อมกัน")]
    [InlineData("๑. เชิญผู้แทน (๒หน่วยงาน)", "เชิญผู้แทน (๒หน่วยงาน)")]
    // An item code or a section number ending in the next number is not an item.
    [InlineData("๑. เผยแพร่ตามตัวชี้วัด O2. ทุกไตรมาส", "เผยแพร่ตามตัวชี้วัด O2. ทุกไตรมาส")]
    [InlineData("๑. ปฏิบัติตามข้อ 1.2. ของระเบียบ", "ปฏิบัติตามข้อ 1.2. ของระเบียบ")]
    // Counts, dates and quantities after the next number stay in the item, even with no strong number later.
    [InlineData("๑. อบรม ๒ ครั้ง", "อบรม ๒ ครั้ง")]
    [InlineData("๑. ประชุม ๒ มี.ค.", "ประชุม ๒ มี.ค.")]
    [InlineData("๑. อบรม จำนวน ๒ รุ่น", "อบรม จำนวน ๒ รุ่น")]
    [InlineData("๑. อบรม จำนวน  ๒ รุ่น", "อบรม จำนวน ๒ รุ่น")]
    [InlineData("๑. ประชุมกลุ่ม ๒  สรุปผล", "ประชุมกลุ่ม ๒ สรุปผล")]
    [InlineData("๑. ใช้โปรแกรม ๒ Zoom", "ใช้โปรแกรม ๒ Zoom")]
    // A quantity word on the line before does not reach a number that starts its own paragraph.
    [InlineData("๑. อบรมจำนวน|๒ รุ่นใหม่", "อบรมจำนวน|รุ่นใหม่")]
    // A weak number repeated is text; only "๒." repeats.
    [InlineData("๑.ประชุม ๒.รายงาน ๒แผนงาน", "ประชุม|รายงาน ๒แผนงาน")]
    // A strong number out of sequence is text …
    [InlineData("๑. ประชุม ๕. รายงาน", "ประชุม ๕. รายงาน")]
    [InlineData("๑. ประชุม|๒. รายงาน|๑. สรุป", "ประชุม|รายงาน ๑. สรุป")]
    // … unless it starts a paragraph at most two numbers on (a missing item), a bullet before it or not.
    [InlineData("๑. ประชุม|๓. รายงาน", "ประชุม|รายงาน")]
    [InlineData("๑. ประชุม|- ๔. รายงาน", "ประชุม|รายงาน")]
    [InlineData("- ๑. ประชุม|- ๒. รายงาน", "ประชุม|รายงาน")]
    [InlineData("๑. ประชุม ๓. รายงาน", "ประชุม ๓. รายงาน")]
    [InlineData("๑. ประชุม|๕. รายงาน", "ประชุม ๕. รายงาน")]
    [InlineData("๑. ประชุม|๓ รายงาน", "ประชุม ๓ รายงาน")]
    // A weak number that the same number starts later (strong, or at a paragraph's start) is text.
    [InlineData("๑. ประชุม ๒ กองงาน ๒. รายงาน", "ประชุม ๒ กองงาน|รายงาน")]
    [InlineData("๑. ประชุม ๒ กองงาน|๒ รายงานผล", "ประชุม ๒ กองงาน|รายงานผล")]
    // "ราย" counts ("๓ ราย"), "รายงาน" does not.
    [InlineData("๑. ประชุม|๒ รายงานผล", "ประชุม|รายงานผล")]
    [InlineData("๑. ตรวจสอบ|๒ ราย", "ตรวจสอบ ๒ ราย")]
    [InlineData("๑. ประชุม ๒ กองงาน ๗ กลุ่ม ๒. รายงาน", "ประชุม ๒ กองงาน ๗ กลุ่ม|รายงาน")]
    // … but not when the next number comes first, nor when only another number follows.
    [InlineData("๑. ประชุม ๒ กองงาน ๕. สรุป", "ประชุม|กองงาน ๕. สรุป")]
    // A cell that starts with a weak number.
    [InlineData("๑ ประชุม|๒ รายงานผล", "ประชุม|รายงานผล")]
    [InlineData("๑. ประชุม ๒ กองงาน ๓. รายงาน ๒. สรุป", "ประชุม|กองงาน|รายงาน ๒. สรุป")]
    public void Items_follow_the_sequence_at_its_edges(string cell, string expected) =>
        Assert.Equal(expected.Split('|'), Parse(cell.Split('|')).Items);

    [Fact]
    public void The_last_digits_of_eleven_and_twelve_are_not_items_one_and_two() =>
        Assert.Empty(Parse("๑๑. ประชุม ๑๒. รายงาน").Items);

    [Fact]
    public void A_quantity_word_at_the_start_keeps_the_number_in_the_head()
    {
        var split = Parse("ภายใน ๑ สัปดาห์");

        Assert.Empty(split.Items);
        Assert.Equal("ภายใน ๑ สัปดาห์", split.Head);
    }

    [Fact]
    public void Bulleted_paragraphs_take_the_lines_below_them_and_the_lines_above_are_the_head()
    {
        var split = Parse("ดำเนินการ", "ดังนี้", "- ประชุม", "คณะกรรมการ", "• รายงาน", "", "   ");

        Assert.Equal("ดำเนินการ ดังนี้", split.Head);
        Assert.Equal(["ประชุม คณะกรรมการ", "รายงาน"], split.Items);
    }

    [Fact]
    public void A_bullet_before_the_first_number_is_not_left_behind_as_the_head() =>
        Assert.Equal("", Parse("- ๑. ประชุม", "- ๒. รายงาน").Head);

    [Fact]
    public void A_lone_bullet_is_not_a_bulleted_item() =>
        Assert.Equal(["ดำเนินการ", "-", "- ประชุม"], Parse("ดำเนินการ", "-", "- ประชุม").Items);
}
