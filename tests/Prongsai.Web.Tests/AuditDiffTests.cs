using System.Text.Json;
using Microsoft.Extensions.Localization;
using Prongsai.Data;
using Prongsai.Audit;

namespace Prongsai.Web.Tests;

/// <summary>
/// The audit trail's field-level differences on their own (AuditDiff), with the app's real resource files: how each
/// kind of value reads in Thai and in English, how lists differ item by item, and what is never shown.
/// </summary>
public sealed class AuditDiffTests
{
    static readonly IStringLocalizer Text = AppText.Localizer;

    static AuditValues Values(params (string Name, object? Value)[] values) =>
        AuditValues.Parse(JsonSerializer.Serialize(values.ToDictionary(v => v.Name, v => v.Value)));

    static T In<T>(string culture, Func<T> work) => AppText.In(culture, work);

    static List<AuditFieldChange> Changes(AuditValues before, AuditValues after, IReadOnlyList<AuditField>? fields, string culture = "th-TH") =>
        In(culture, () => AuditDiff.Changes(before, after, fields, Text));

    static string? Format(object? value, FieldKind kind, string culture = "th-TH") =>
        In(culture, () => AuditDiff.Format(Values(("F", value)), new AuditField("F", "F", kind), Text));

    [Theory]
    [InlineData(FieldKind.Number, 1234, "๑๒๓๔", "1234")]
    [InlineData(FieldKind.Decimal, 12.5, "๑๒.๕", "12.5")]
    [InlineData(FieldKind.Date, "2024-10-01", "๑ ต.ค. ๒๕๖๗", "1 Oct 2567")]
    [InlineData(FieldKind.Date, "not a date", "not a date", "not a date")]
    [InlineData(FieldKind.Instant, "2024-10-01T03:04:05Z", "๑ ต.ค. ๒๕๖๗ ๑๐:๐๔ น. (เวลาประเทศไทย)", "1 Oct 2567, 10:04 ICT")]
    [InlineData(FieldKind.Instant, "later", "later", "later")]
    [InlineData(FieldKind.Flag, true, "ใช่", "Yes")]
    [InlineData(FieldKind.Flag, false, "ไม่ใช่", "No")]
    [InlineData(FieldKind.MeasureStatus, "InProgress", "อยู่ระหว่างดำเนินการ", "In progress")]
    [InlineData(FieldKind.MeasureStatus, "Sideways", "Sideways", "Sideways")]
    [InlineData(FieldKind.OitStatus, "Ready", "พร้อมส่ง", "Ready")]
    [InlineData(FieldKind.OitStatus, "Lost", "Lost", "Lost")]
    [InlineData(FieldKind.OitStatus, "ready", "พร้อมส่ง", "Ready")] // as an older row may hold it
    [InlineData(FieldKind.Instant, "2024-10-01T03:04:05", "๑ ต.ค. ๒๕๖๗ ๑๐:๐๔ น. (เวลาประเทศไทย)", "1 Oct 2567, 10:04 ICT")] // no zone: UTC, as stored
    [InlineData(FieldKind.Tool, "Eit", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "External Integrity and Transparency Assessment (EIT)")]
    [InlineData(FieldKind.Tool, "Xit", "Xit", "Xit")]
    [InlineData(FieldKind.Text, "ก", "ก", "ก")]
    public void A_value_reads_by_its_kind_in_the_ui_language(FieldKind kind, object value, string thai, string english)
    {
        Assert.Equal((thai, english), (Format(value, kind), Format(value, kind, "en")));
    }

    [Fact]
    public void Lists_of_values_read_item_by_item()
    {
        Assert.Equal(("รายเดือน, ราย ๑๒ เดือน, Weekly", "Monthly, Every 12 months, Weekly"),
            (Format(new[] { "monthly", "Annual", "Weekly" }, FieldKind.Cadences), Format(new[] { "monthly", "Annual", "Weekly" }, FieldKind.Cadences, "en")));
        Assert.Equal(("๑, ๑๒", "1, 12"), (Format(new[] { 1, 12 }, FieldKind.Indicators), Format(new[] { 1, 12 }, FieldKind.Indicators, "en")));
        Assert.Equal(("๑: ๘.๕, ๒: –, ๓: ๑๐", "1: 8.5, 2: –, 3: 10"),
            (Format(new double?[] { 8.5, null, 10 }, FieldKind.Scores), Format(new double?[] { 8.5, null, 10 }, FieldKind.Scores, "en")));
    }

    [Fact]
    public void A_role_reads_as_its_name_in_the_ui_language()
    {
        Assert.Equal((Roles.ThaiName(Roles.Admin), Roles.EnglishName(Roles.Admin)), (Format(Roles.Admin, FieldKind.Role), Format(Roles.Admin, FieldKind.Role, "en")));
        Assert.NotEqual(Roles.ThaiName(Roles.Admin), Roles.EnglishName(Roles.Admin));
    }

    [Fact]
    public void A_missing_or_null_value_is_none()
    {
        Assert.Null(Format(null, FieldKind.Text));
        Assert.Null(In("th-TH", () => AuditDiff.Format(AuditValues.None, new AuditField("F", "F"), Text)));
        Assert.Empty(Changes(Values(("Note", null)), AuditValues.None, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("{ not json")]
    public void A_side_that_is_no_json_object_holds_no_values(string? json)
    {
        Assert.True(AuditValues.Parse(json).IsEmpty);
    }

    [Fact]
    public void Steps_of_the_same_count_differ_at_each_position_that_changed()
    {
        var field = new AuditField("Steps", "ขั้นตอน", FieldKind.NumberedList, Item: "ขั้นตอนที่ {0}");

        var changes = Changes(Values(("Steps", new[] { "ก", "ข", "ค" })), Values(("Steps", new[] { "ก", "ข๒", "ค๒" })), [field]);

        Assert.Equal([new AuditFieldChange("ขั้นตอนที่ ๒", "ขั้นตอนที่ ๒", "ข", "ข๒"), new AuditFieldChange("ขั้นตอนที่ ๓", "ขั้นตอนที่ ๓", "ค", "ค๒")], changes);
    }

    [Fact]
    public void A_step_removed_is_one_row_at_its_own_position_even_among_repeated_steps()
    {
        var field = new AuditField("Steps", "ขั้นตอน", FieldKind.NumberedList, Item: "ขั้นตอนที่ {0}");

        var changes = Changes(Values(("Steps", new[] { "ประชุม", "ประชุม", "รายงาน" })), Values(("Steps", new[] { "ประชุม", "รายงาน" })), [field]);

        Assert.Equal([new AuditFieldChange("ขั้นตอนที่ ๒", "ขั้นตอนที่ ๒ (ลบ)", "ประชุม", null)], changes);
    }

    [Fact]
    public void A_list_of_names_shows_what_was_added_and_removed_under_its_own_label_and_topic()
    {
        var field = new AuditField("ResponsibleUnits", "หน่วยงานผู้รับผิดชอบ", FieldKind.List, Topic: "ผู้รับผิดชอบ");

        var changes = Changes(Values(("ResponsibleUnits", new[] { "กองคลัง", "กองช่าง" })), Values(("ResponsibleUnits", new[] { "กองช่าง", "สำนักปลัด", "กองคลัง", "กองคลัง" })), [field], "en");

        var label = In("en", () => Text["หน่วยงานผู้รับผิดชอบ"].Value);
        var topic = In("en", () => Text["ผู้รับผิดชอบ"].Value);
        Assert.Equal([new AuditFieldChange(topic, In("en", () => Text["{0} (เพิ่ม)", label].Value), null, "สำนักปลัด"),
                      new AuditFieldChange(topic, In("en", () => Text["{0} (เพิ่ม)", label].Value), null, "กองคลัง")], changes);
        Assert.DoesNotMatch("[\u0E00-\u0E7F]", label + topic);
    }

    [Fact]
    public void Without_a_list_of_fields_every_field_shows_by_its_name_but_secrets_and_bookkeeping()
    {
        var before = Values(("Zeta", "1"), ("Alpha", "1"), ("PasswordHash", "h1"), ("tokenhash", "t1"), ("Version", 1), ("UpdatedAt", "2024-01-01"), ("Same", "s"));
        var after = Values(("Zeta", "2"), ("Alpha", "2"), ("PasswordHash", "h2"), ("tokenhash", "t2"), ("Version", 2), ("UpdatedAt", "2024-01-02"), ("Same", "s"), ("New", "n"));

        var changes = Changes(before, after, null);

        Assert.Equal([("Alpha", "1", "2"), ("New", null, "n"), ("Zeta", "1", "2")], changes.Select(c => (c.Field, c.Before, c.After)));
        Assert.All(changes, c => Assert.Equal(c.Field, c.Topic));
    }

    [Theory]
    [InlineData("PasswordHash")] [InlineData("SecurityStamp")] [InlineData("ConcurrencyStamp")] [InlineData("Hash")] [InlineData("Token")]
    [InlineData("Secret")] [InlineData("TokenHash")]
    [InlineData("Id")] [InlineData("AgencyId")] [InlineData("Version")] [InlineData("UpdatedAt")] [InlineData("NormalizedEmail")]
    [InlineData("NormalizedUserName")] [InlineData("AccessFailedCount")] [InlineData("LockoutEnabled")] [InlineData("LockoutEnd")]
    [InlineData("EmailConfirmed")] [InlineData("PhoneNumber")] [InlineData("PhoneNumberConfirmed")] [InlineData("TwoFactorEnabled")]
    public void Without_a_list_of_fields_secrets_and_bookkeeping_never_show(string name)
    {
        Assert.Equal(["Note"], Changes(Values((name, "a"), ("Note", "ก")), Values((name, "b"), ("Note", "ข")), null).Select(c => c.Field));
    }

    [Fact]
    public void A_numbered_list_with_a_topic_names_the_topic_and_each_item_by_its_number()
    {
        var field = new AuditField("Monitoring", "การกำกับติดตาม", FieldKind.NumberedList, Topic: "การกำกับติดตาม", Item: "การกำกับติดตามข้อ {0}");

        var change = Assert.Single(Changes(Values(("Monitoring", new[] { "ก", "ข" })), Values(("Monitoring", new[] { "ก", "ค" })), [field]));

        Assert.Equal(("การกำกับติดตาม", "การกำกับติดตามข้อ ๒"), (change.Topic, change.Field));
    }

    [Fact]
    public void A_secret_is_not_shown_even_when_a_field_list_names_it()
    {
        Assert.Empty(Changes(Values(("SecurityStamp", "a")), Values(("SecurityStamp", "b")), [new AuditField("SecurityStamp", "SecurityStamp")]));
        Assert.True(AuditDiff.IsSecret("passwordhash"));
        Assert.False(AuditDiff.IsSecret("Email"));
    }

    [Fact]
    public void A_labelled_field_reads_in_the_ui_language_and_its_topic_is_its_label_unless_given()
    {
        var changes = Changes(Values(("Status", "NotStarted")), Values(("Status", "Done")), [new AuditField("Status", "สถานะ", FieldKind.MeasureStatus)], "en");

        var change = Assert.Single(changes);
        Assert.Equal(In("en", () => Text["สถานะ"].Value), change.Field);
        Assert.Equal(change.Field, change.Topic);
        Assert.DoesNotMatch("[\u0E00-\u0E7F]", change.Field + change.Before + change.After);
    }

    [Fact]
    public void Digits_are_thai_in_thai_and_as_written_in_english()
    {
        Assert.Equal(("๒๕๖๗", "2567"), (In("th-TH", () => AuditDiff.Digits("2567")), In("en", () => AuditDiff.Digits("2567"))));
        Assert.Equal(("พร้อมส่ง", "Ready"), (In("th-TH", () => AuditDiff.OitStatusName(OitStatus.Ready)), In("en", () => AuditDiff.OitStatusName(OitStatus.Ready))));
    }
}
