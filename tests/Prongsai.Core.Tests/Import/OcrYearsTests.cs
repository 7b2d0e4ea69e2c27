using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import;

/// <summary>Years in OCR text: the misreadings seen in tesseract's output of Thai-digit dates, repaired where a year must follow.</summary>
public class OcrYearsTests
{
    const int Latest = 2570;

    [Theory]
    // Seen in tesseract 5 (tha+eng) output of scans of "มี.ค. ๒๕๖๖" and "ต.ค. ๒๕๖๕" at 200 dpi.
    [InlineData("มี.ค. ๒๕๒๒", 2566, "มี.ค. ๒๕๖๖")]
    [InlineData("มี.ค. ๒๕อ๒", 2566, "มี.ค. ๒๕๖๖")]
    [InlineData("มี.ค.๒๕๒๐๒๐", 2566, "มี.ค.๒๕๖๖")]
    [InlineData("ต.ค. ๒๕๒๕ - มี.ค. ๒๕อ๒", 2566, "ต.ค. ๒๕๖๕ - มี.ค. ๒๕๖๖")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๒๓", 2567, "ปีงบประมาณ พ.ศ. ๒๕๖๗")]
    [InlineData("ก.ย. ๒๕๖๗", 2567, "ก.ย. ๒๕๖๗")]
    [InlineData("ก.ย. 2567", 2567, "ก.ย. ๒๕๖๗")]
    [InlineData("- กุย . ๒๕๒๒", 2566, "- ก.ย. ๒๕๖๖")]
    [InlineData("๑ ต.ุค. ๒๕๒๕", 2566, "๑ ต.ค. ๒๕๖๕")]
    // Seen after lines kept their marks (a scan of "เม.ย. ๒๕๖๖ – ก.ย. ๒๕๖๖"): both dots of ก.ย. lost.
    [InlineData("- ก ย ๒๕๒๒", 2566, "- ก.ย. ๒๕๖๖")]
    [InlineData("ก ย ๒๕๖๖", 2566, "ก.ย. ๒๕๖๖")]
    [InlineData("๓๐ ก ย. ๒๕๖๖", 2566, "๓๐ ก.ย. ๒๕๖๖")]
    public void A_misread_year_after_a_month_becomes_the_fiscal_years(string ocr, int fiscalYear, string expected) =>
        Assert.Equal(expected, OcrYears.Repair(ocr, fiscalYear, Latest));

    [Theory]
    // No fiscal year known (the CLI reading a title): the plausible reading with fewest changes, then nearest the latest year.
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕อ๗", "ปีงบประมาณ พ.ศ. ๒๕๖๗")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๒", "ปีงบประมาณ พ.ศ. ๒๕๖๒")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๒๒", "ปีงบประมาณ พ.ศ. ๒๕๖๒")]
    [InlineData("มี.ค. ๒๕อo", "มี.ค. ๒๕๖๐")]
    [InlineData("มี.ค. ๒๕oอ", "มี.ค. ๒๕oอ")]
    public void Without_a_fiscal_year_a_year_read_plausibly_stays_and_others_take_the_nearest_reading(string ocr, string expected) =>
        Assert.Equal(expected, OcrYears.Repair(ocr, null, Latest));

    [Theory]
    // Digits that are not years, or not after a month, พ.ศ. or ปีงบประมาณ, are left alone.
    [InlineData("รอบ ๒ เดือนแรกและ ๑๒ เดือน")]
    [InlineData("ผอ.ทุกกอง ๑๒๓๔")]
    [InlineData("มี.ค. ๑๒")]
    [InlineData("A.A. ode")]
    [InlineData("กุย ๒๕๖๖")]
    [InlineData("ก ข ๒๕๖๖")]
    [InlineData("กก ย ๒๕๖๖")]
    [InlineData("ก ย")]
    [InlineData("ทุก ๒๕๖ คน")]
    public void Other_numbers_are_untouched(string ocr) => Assert.Equal(ocr, OcrYears.Repair(ocr, 2566, Latest));

    [Theory]
    // Tesseract (tha alone) on the crop that tha+eng read "A.A. ode": a line of a scanned period, as read and as repaired.
    [InlineData("ต.ุค.๒๕๒๐๕", true)]
    [InlineData("มี.ค.๒๕๒๐๒๐", true)]
    [InlineData("- มี.ค. ๒๕อ๒", true)]
    [InlineData("๑ ต.ค. ๒๕๖๕", true)]
    [InlineData("- กุย . ๒๕๒๒", true)]
    // What must stay as tesseract's English reading: no month, no year, or more than a date.
    [InlineData("A.A. ode", false)]
    [InlineData("Service", false)]
    [InlineData("(IIT)", false)]
    [InlineData("๒๕๒๒", false)]
    [InlineData("ต.ค.", false)]
    [InlineData("ต.ค. ๒๕๖๕ รายงาน", false)]
    [InlineData("มี.ค. ๑๑๑๑", false)]
    public void A_line_is_a_date_when_its_month_and_year_read_as_one(string ocr, bool date) =>
        Assert.Equal(date, OcrYears.IsDate(ocr, Latest));

    [Fact]
    public void A_reading_is_never_later_than_the_latest_year_nor_before_the_earliest()
    {
        Assert.Null(OcrYears.Best("๑๑๑๑", null, Latest));
        Assert.Equal(2562, OcrYears.Best("๒๕๒๒", null, 2568));
        Assert.Equal(2566, OcrYears.Best("๒๕๒๒", 2566, 2568));
        Assert.Null(OcrYears.Best("๒๕๒๒", null, 2561));
    }

    [Fact]
    public void The_fiscal_year_is_the_one_every_misread_mention_can_be()
    {
        // From one scan of our report: the title's ๒๕๖๖ read ๒๕๒๐๒, the paragraph's ๒๕๒๒๐; each alone is ambiguous.
        string[] texts = ["เทศบาลตำบลบ้านฉาง ประจำปีงบประมาณ พ.ศ. ๒๕๒๐๒", "ตามที่เทศบาลตำบลบ้านฉาง … ประจำปีงบประมาณ พ.ศ. ๒๕๒๒๐ เพื่อให้การแก้ไขข้อ"];

        Assert.Equal(2566, OcrYears.AgreedYear(texts, Latest));
        Assert.Equal(2562, OcrYears.Best("๒๕๒๐๒", null, Latest));
        Assert.Null(OcrYears.AgreedYear(["ไม่มีปี"], Latest));
    }
}
