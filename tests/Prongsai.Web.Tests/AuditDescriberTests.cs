using System.Text.Json;
using Microsoft.Extensions.Localization;
using Prongsai.Audit;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Shared;

namespace Prongsai.Web.Tests;

/// <summary>The audit describer and diff on their own, with the app's real resource files, in Thai and in English.</summary>
public sealed class AuditDescriberTests
{
    static readonly IStringLocalizer Text = AppText.Localizer;

    /// <summary>A snapshot as the interceptor writes it: property names as keys, values through the interchange options.</summary>
    static string Snapshot(params (string Name, object? Value)[] values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, object?>(values.ToDictionary(v => v.Name, v => v.Value), StringComparer.Ordinal), InterchangeJson.Options);

    static AuditEntry Entry(string entity, string action, string? before, string? after) =>
        new() { Entity = entity, EntityId = Guid.NewGuid().ToString(), Action = action, Before = before, After = after, Actor = "somchai@test.example" };

    static AuditDescription Describe(AuditEntry entry, string culture = "th-TH") => AppText.In(culture, () => new AuditDescriber(Text).Describe(entry));

    static AuditEntry MeasureEdit(List<string> stepsAfter, MeasureStatus statusAfter = MeasureStatus.NotStarted) => Entry(nameof(AgencyMeasure), "modified",
        Snapshot(("Indicators", new List<int> { 5 }), ("Steps", new List<string> { "ประชุม", "จัดทำคู่มือ", "เผยแพร่คู่มือ" }), ("Status", MeasureStatus.NotStarted), ("Version", 3)),
        Snapshot(("Indicators", new List<int> { 5 }), ("Steps", stepsAfter), ("Status", statusAfter), ("Version", 4)));

    [Fact]
    public void A_measure_edit_names_the_indicator_in_Thai_digits_and_the_step_that_changed()
    {
        var described = Describe(MeasureEdit(["ประชุม", "จัดทำคู่มือ", "เผยแพร่คู่มือทางเว็บไซต์"]));

        Assert.Equal("แก้ไขมาตรการ ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต: ขั้นตอนที่ ๓", described.Sentence);
        var change = Assert.Single(described.Changes);
        Assert.Equal(("ขั้นตอนที่ ๓", "เผยแพร่คู่มือ", "เผยแพร่คู่มือทางเว็บไซต์"), (change.Field, change.Before, change.After));
    }

    [Fact]
    public void A_step_added_and_the_status_changed_show_as_what_was_added_and_the_status_in_words()
    {
        var described = Describe(MeasureEdit(["ประชุม", "จัดทำคู่มือ", "เผยแพร่คู่มือ", "ประเมินผล"], MeasureStatus.InProgress));

        Assert.Equal("แก้ไขมาตรการ ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต: ขั้นตอนที่ ๔, สถานะ", described.Sentence);
        Assert.Equal(
            [new AuditFieldChange("ขั้นตอนที่ ๔", "ขั้นตอนที่ ๔ (เพิ่ม)", null, "ประเมินผล"), new AuditFieldChange("สถานะ", "สถานะ", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ")],
            described.Changes);
    }

    [Fact]
    public void In_English_the_same_edit_reads_in_English_with_no_Thai_word()
    {
        var described = Describe(MeasureEdit(["ประชุม", "จัดทำคู่มือ", "ปรับคู่มือ"]), "en");

        Assert.Equal("Edited the measure indicator 5, Solving corruption problems: step 3", described.Sentence);
        Assert.DoesNotMatch("[\u0E00-\u0E7F]", described.Sentence);
        Assert.Equal("step 3", Assert.Single(described.Changes).Field);
    }

    [Fact]
    public void An_approval_reads_as_approved_and_published_with_the_version_number()
    {
        var publication = Entry(nameof(Publication), "added", null,
            Snapshot(("Kind", DocumentKind.Progress), ("Number", 2), ("FiscalYear", 2566), ("SubmissionId", Guid.NewGuid()), ("ApprovedByName", "นายสมชาย ใจดี")));

        Assert.Equal("อนุมัติและเผยแพร่รายงานความก้าวหน้า ฉบับที่ ๒ ปีงบประมาณ ๒๕๖๖", Describe(publication).Sentence);
        Assert.Equal("Approved and published the progress report, version 2, FY 2566", Describe(publication, "en").Sentence);

        var submitted = Entry(nameof(Submission), "added", null, Snapshot(("Kind", DocumentKind.Measures), ("FiscalYear", 2567), ("State", SubmissionState.Submitted)));
        Assert.Equal("ส่งขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗", Describe(submitted).Sentence);
        var returned = Entry(nameof(Submission), "modified", submitted.After,
            Snapshot(("Kind", DocumentKind.Measures), ("FiscalYear", 2567), ("State", SubmissionState.Returned), ("Comment", "แก้ไขระยะเวลา")));
        Assert.Equal("ส่งกลับแก้ไขมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๗: แก้ไขระยะเวลา", Describe(returned).Sentence);
    }

    [Fact]
    public void A_password_reset_says_so_and_never_shows_the_hash_even_if_an_old_row_held_it()
    {
        const string hash = "AQAAAAIAAYagAAAAEHashThatMustNeverShow==";
        var reset = Entry(nameof(AppUser), "modified",
            Snapshot(("Email", "malee@test.example"), ("Role", Roles.Editor), ("MustChangePassword", false), ("PasswordHash", "old" + hash), ("SecurityStamp", "s1")),
            Snapshot(("Email", "malee@test.example"), ("Role", Roles.Admin), ("MustChangePassword", true), ("PasswordHash", hash), ("SecurityStamp", "s2")));

        var described = Describe(reset);

        Assert.Equal("เปลี่ยนบทบาทของผู้ใช้ malee@test.example จาก ผู้บันทึกข้อมูลของกอง/สำนัก เป็น ผู้ดูแลหน่วยงาน (นักวิเคราะห์นโยบายและแผน); ตั้งรหัสผ่านใหม่ให้ผู้ใช้ malee@test.example",
            described.Sentence);
        var shown = described.Sentence + string.Concat(described.Changes.Select(c => c.Field + c.Before + c.After));
        Assert.DoesNotContain(hash, shown);
        Assert.DoesNotContain("s2", shown);
        Assert.Equal(["บทบาท", "ต้องเปลี่ยนรหัสผ่าน"], described.Changes.Select(c => c.Field));

        // A kind of row the describer does not know still hides secrets, and its sentence names no class.
        var unknown = Describe(Entry("SomethingNew", "modified", Snapshot(("Hash", "h1"), ("Note", "ก")), Snapshot(("Hash", "h2"), ("Note", "ข"))));
        Assert.Equal("แก้ไขข้อมูล", unknown.Sentence);
        Assert.Equal([new AuditFieldChange("Note", "Note", "ก", "ข")], unknown.Changes);
    }

    [Fact]
    public void A_batch_reads_as_one_action_counted_from_its_entries()
    {
        var header = Entry(AuditBatch.Entity, AuditBatch.Import, null, JsonSerializer.Serialize(new Dictionary<string, string> { ["file"] = "o42.docx" }));
        var measures = Enumerable.Range(0, 3).Select(_ => Entry(nameof(AgencyMeasure), "added", null, Snapshot(("Indicators", new List<int> { 1 })))).ToList();
        var describer = new AuditDescriber(Text);

        Assert.Equal("นำเข้า ๓ มาตรการจากไฟล์ o42.docx",
            AppText.In("th-TH", () => describer.DescribeBatch(header.Action, header.After, [.. measures, Entry(nameof(ImportBatch), "modified", null, null)])));
        Assert.Equal("เปลี่ยนชื่อหน่วยงานย่อย กองคลัง เป็น กองการคลัง (มาตรการ ๓ รายการ ผู้ใช้ ๐ คน)",
            AppText.In("th-TH", () => describer.DescribeBatch(AuditBatch.UnitRename, JsonSerializer.Serialize(new Dictionary<string, string> { ["from"] = "กองคลัง", ["to"] = "กองการคลัง" }), measures)));
    }
}
