using Prongsai.Import.Readers;

namespace Prongsai.Tests.Import;

/// <summary>Number formats, serial numbers and ISO text as dates, one function at a time (the workbook tests read them whole).</summary>
public class XlsxDatesTests
{
    /// <summary>"DMY", "MY", … for what a shape shows, "+full" for the month's full name, "+thai" for Thai digits; "-" for no date.</summary>
    static string Show(DateShape? shape) => shape is not { } s ? "-"
        : (s.Day ? "D" : "") + (s.Month ? "M" : "") + (s.Year ? "Y" : "") + (s.FullMonth ? "+full" : "") + (s.ThaiDigits ? "+thai" : "");

    [Theory]
    [InlineData(14, "DMY")]
    [InlineData(15, "DMY")]
    [InlineData(22, "DMY")]
    [InlineData(26, "-")]
    [InlineData(27, "DMY")]
    [InlineData(31, "DMY")]
    [InlineData(32, "-")]
    [InlineData(34, "DMY")]
    [InlineData(36, "DMY")]
    [InlineData(49, "-")]
    [InlineData(50, "DMY")]
    [InlineData(58, "DMY")]
    [InlineData(59, "-")]
    [InlineData(71, "DMY")]
    [InlineData(72, "DMY")]
    [InlineData(77, "DMY")]
    [InlineData(81, "DMY")]
    [InlineData(16, "DM")]
    [InlineData(73, "DM")]
    [InlineData(17, "MY")]
    [InlineData(74, "MY")]
    [InlineData(0, "-")]
    [InlineData(20, "-")]
    [InlineData(75, "-")]
    public void A_built_in_format_shows_what_the_standard_says(int id, string shown) =>
        Assert.Equal(shown, Show(XlsxDates.ShapeOf(id, null)));

    [Theory]
    [InlineData("d/m/yyyy", "DMY")]
    [InlineData("d/m/yyyy;@", "DMY")]
    [InlineData("General;d/m/yyyy", "-")]                   // only the first section counts
    [InlineData("dd/mm/yyyy", "DMY")]
    [InlineData("d-mmm", "DM")]
    [InlineData("mmm yy", "MY")]
    [InlineData("mmmm yyyy", "MY+full")]
    [InlineData("mmmmm yyyy", "MY+full")]
    [InlineData("yyyy", "Y")]
    [InlineData("bbbb", "Y")]
    [InlineData("B1dd/mm", "DM")]                           // the calendar prefix is not a Buddhist year
    [InlineData("B2mmm", "M")]
    [InlineData("dddd", "-")]                               // the weekday
    [InlineData("ddd d mmm", "DM")]
    [InlineData("ว/ด/ปปปป", "DMY")]
    [InlineData("h:mm", "-")]
    [InlineData("mm:ss", "-")]
    [InlineData("H:MM", "-")]
    [InlineData("ชช:นน", "-")]
    [InlineData("ท mm", "-")]
    [InlineData("[h]:mm", "-")]
    [InlineData("[mm]:ss", "-")]
    [InlineData("[ss]", "-")]
    [InlineData("m AM/PM", "-")]
    [InlineData("m am/pm", "-")]
    [InlineData("d/m/yyyy h:mm", "DMY")]
    [InlineData("mmm h", "-")]                              // a minute beside an hour
    [InlineData("mmm yyyy h", "MY")]                        // … but a month beside a year, or a day, even with an hour
    [InlineData("d/m h:mm", "DM")]
    [InlineData("\"mm\"0", "-")]                            // a literal in quotes
    [InlineData("\"วันที่ \"d", "D")]
    [InlineData("d\"", "D")]                                // an unclosed quote ends the code
    [InlineData("\\m0", "-")]                               // an escaped letter
    [InlineData("0_m", "-")]                                // the width of a letter
    [InlineData("0*m", "-")]                                // a letter repeated to fill
    [InlineData("[Red]d/m/yyyy", "DMY")]
    [InlineData("[$-D07041E]d mmm bbbb", "DMY+thai")]
    [InlineData("[$-0D07041E]d", "D+thai")]
    [InlineData("[$-D07041E,1]d", "D+thai")]
    [InlineData("[$-107041E]d", "D")]
    [InlineData("[$-E07041E]d", "D")]
    [InlineData("[$-07041E]d", "D")]                        // six digits: no top byte
    [InlineData("[$-D0007041E]d", "D")]                     // nine: not a locale
    [InlineData("[D07041E]d", "D")]                         // not a locale without "$-"
    [InlineData("d [$-D07041E", "D+thai")]                  // an unclosed bracket ends the code
    [InlineData("[]d", "D")]
    [InlineData("0.00", "-")]
    [InlineData("General", "-")]
    public void A_format_code_shows_the_parts_its_letters_name(string code, string shown) =>
        Assert.Equal(shown, Show(XlsxDates.ShapeOf(164, code)));

    [Theory]
    [InlineData("44835", false, "2022-10-01")]
    [InlineData("44835.75", false, "2022-10-01")]           // a time of day
    [InlineData("1", false, "1900-01-01")]
    [InlineData("59", false, "1900-02-28")]
    [InlineData("60", false, "1900-02-28")]                 // the 29 February 1900 that never was
    [InlineData("61", false, "1900-03-01")]
    [InlineData("0", false, "1899-12-31")]
    [InlineData("43373", true, "2022-10-01")]
    [InlineData("0", true, "1904-01-01")]
    [InlineData("243162", false, "2022-10-01")]             // 1 Oct 2565 typed as a Gregorian year: the user saw 2565
    [InlineData("182258", false, "2399-01-01")]             // years before 2400 are taken as they are
    [InlineData("182623", false, "1857-01-01")]             // 2400 is already a Buddhist year
    [InlineData("328720", false, "2800-01-01")]
    [InlineData("2958465", false, "9999-12-31")]
    [InlineData("2958466", false, null)]
    [InlineData("3000001", false, null)]
    [InlineData("-1", false, null)]
    [InlineData("NaN", false, null)]
    [InlineData("Infinity", false, null)]
    [InlineData("1e3", false, "1902-09-26")]
    [InlineData("วันที่", false, null)]
    public void A_serial_number_is_the_day_it_counts_to(string raw, bool date1904, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), XlsxDates.FromSerial(raw, date1904));

    [Theory]
    [InlineData("2022-10-01", "2022-10-01")]
    [InlineData("2022-10-01T08:30:00Z", "2022-10-01")]
    [InlineData("2565-10-01", "2022-10-01")]
    [InlineData("2022-13-01", null)]
    [InlineData("2022-10", null)]
    [InlineData("01/10/2022", null)]
    public void An_iso_date_is_its_day(string raw, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), XlsxDates.FromIso(raw));

    [Theory]
    [InlineData(true, true, true, false, false, "1 ต.ค. 2565")]
    [InlineData(false, true, true, false, false, "ต.ค. 2565")]
    [InlineData(false, true, true, true, false, "ตุลาคม 2565")]
    [InlineData(true, true, false, false, false, "1 ต.ค.")]
    [InlineData(false, false, true, false, false, "2565")]
    [InlineData(false, true, false, false, false, "ต.ค.")]
    [InlineData(true, false, false, false, false, "1")]
    [InlineData(true, false, true, false, false, "1 ต.ค. 2565")]    // a day and a year need their month to be read
    [InlineData(true, true, true, true, true, "๑ ตุลาคม ๒๕๖๕")]
    public void A_date_is_written_as_the_format_shows_it(bool day, bool month, bool year, bool fullMonth, bool thaiDigits, string text) =>
        Assert.Equal(text, XlsxDates.Text(new DateOnly(2022, 10, 1), new DateShape(day, month, year, fullMonth, thaiDigits)));
}
