using Microsoft.Extensions.Localization;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;
using Prongsai.Oit;
using Prongsai.Shared;

namespace Prongsai.Audit;

/// <summary>An entry as a reader takes it: what happened, in domain words, and what changed field by field.</summary>
public sealed record AuditDescription(string Sentence, IReadOnlyList<AuditFieldChange> Changes);

/// <summary>
/// Turns audit entries (entity, action, before/after JSON) into sentences of the domain in the UI language:
/// "แก้ไขมาตรการ ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต: ขั้นตอนที่ ๓". Pure: the texts come from the localizer,
/// the names of measures an entry only points at (a progress update's measure) from <paramref name="measureLabels"/>.
/// An unknown kind of row still reads as a sentence, never a class name.
/// </summary>
public sealed class AuditDescriber(IStringLocalizer t, IReadOnlyDictionary<Guid, string>? measureLabels = null)
{
    /// <summary>At most this many topics in a sentence; the rest are counted.</summary>
    const int TopicsShown = 4;

    static readonly IReadOnlyList<AuditField> MeasureFields =
    [
        new("Name", "ชื่อมาตรการ"),
        new("FiscalYear", "ปีงบประมาณ", FieldKind.Number),
        new("Tool", "เครื่องมือการประเมิน", FieldKind.Tool),
        new("Indicators", "ตัวชี้วัด", FieldKind.Indicators),
        new("IndicatorText", "ข้อความตัวชี้วัดตามเอกสาร", Topic: "ตัวชี้วัด"),
        new("ResponsibleUnits", "หน่วยงานผู้รับผิดชอบ", FieldKind.List, Topic: "ผู้รับผิดชอบ"),
        new("ResponsiblePersons", "ผู้รับผิดชอบ", FieldKind.List),
        new("Steps", "ขั้นตอน", FieldKind.NumberedList, Item: "ขั้นตอนที่ {0}"),
        new("Monitoring", "การกำกับติดตาม", FieldKind.NumberedList, Topic: "การกำกับติดตาม", Item: "การกำกับติดตามข้อ {0}"),
        new("PeriodStart", "วันเริ่มดำเนินการ", FieldKind.Date, Topic: "ระยะเวลา"),
        new("PeriodEnd", "วันสิ้นสุด", FieldKind.Date, Topic: "ระยะเวลา"),
        new("PeriodText", "ระยะเวลาตามเอกสาร", Topic: "ระยะเวลา"),
        new("Status", "สถานะ", FieldKind.MeasureStatus),
        new("ReportingCadences", "รอบการรายงาน", FieldKind.Cadences, Topic: "การรายงาน"),
        new("ReportingText", "การรายงานตามเอกสาร", Topic: "การรายงาน"),
        new("Results", "ผลการดำเนินการ", FieldKind.NumberedList, Topic: "ผลการดำเนินการ", Item: "ผลการดำเนินการข้อ {0}"),
        new("Position", "ลำดับในเอกสาร", FieldKind.Number),
    ];

    static readonly IReadOnlyList<AuditField> UserFields =
    [
        new("Email", "อีเมล"),
        new("DisplayName", "ชื่อ"),
        new("Position", "ตำแหน่ง"),
        new("Role", "บทบาท", FieldKind.Role),
        new("UnitName", "หน่วยงานย่อย"),
        new("DisabledAt", "ระงับการใช้งานเมื่อ", FieldKind.Instant),
        new("MustChangePassword", "ต้องเปลี่ยนรหัสผ่าน", FieldKind.Flag),
    ];

    static readonly Dictionary<string, IReadOnlyList<AuditField>> Fields = new(StringComparer.Ordinal)
    {
        [nameof(AgencyMeasure)] = MeasureFields,
        [nameof(AppUser)] = UserFields,
        [nameof(AgencyUnit)] = [new("Name", "ชื่อหน่วยงานย่อย")],
        [nameof(Agency)] =
        [
            new("Name", "ชื่อหน่วยงาน"), new("ShortName", "ชื่อย่อ"), new("Slug", "ชื่อในที่อยู่เว็บ"), new("Type", "ประเภทหน่วยงาน"),
            new("Province", "จังหวัด"), new("ScoreTarget", "คะแนนเป้าหมาย", FieldKind.Decimal), new("Regime", "เกณฑ์การประเมิน"),
        ],
        [nameof(ProgressUpdate)] =
        [
            new("On", "วันที่ดำเนินการ", FieldKind.Date), new("Text", "ผลการดำเนินการ"), new("Status", "สถานะ", FieldKind.MeasureStatus),
        ],
        [nameof(Evidence)] = [new("FileName", "ชื่อไฟล์"), new("Url", "ลิงก์"), new("Length", "ขนาด (ไบต์)", FieldKind.Number)],
        [nameof(Submission)] =
        [
            new("FiscalYear", "ปีงบประมาณ", FieldKind.Number), new("State", "ผลการพิจารณา"), new("ReviewerName", "ผู้พิจารณา"),
            new("ReviewerPosition", "ตำแหน่งผู้พิจารณา"), new("Comment", "ความเห็น"), new("AcknowledgedErrors", "ข้อผิดพลาดที่รับทราบ", FieldKind.Number),
            new("AcknowledgedFindings", "ข้อผิดพลาดที่รับทราบ"),
        ],
        [nameof(Publication)] =
        [
            new("FiscalYear", "ปีงบประมาณ", FieldKind.Number), new("Number", "ฉบับที่", FieldKind.Number),
            new("ApprovedByName", "ผู้อนุมัติ"), new("ApprovedByPosition", "ตำแหน่งผู้อนุมัติ"),
        ],
        [nameof(ApiToken)] = [new("Name", "ชื่อโทเค็น"), new("ExpiresAt", "หมดอายุ", FieldKind.Instant), new("LastUsedAt", "ใช้ล่าสุด", FieldKind.Instant)],
        [nameof(OitEntry)] =
        [
            new("UnitName", "หน่วยงานผู้รับผิดชอบ"), new("DueOn", "กำหนดเสร็จ", FieldKind.Date), new("Status", "สถานะ", FieldKind.OitStatus),
            new("Urls", "ลิงก์", FieldKind.List), new("CriteriaMet", "เกณฑ์ที่ผ่าน", FieldKind.List),
            new("ReviewedAt", "ตรวจทานเมื่อ", FieldKind.Instant, Topic: "การตรวจทาน"), new("ReviewedBy", "ผู้ตรวจทาน", Topic: "การตรวจทาน"),
        ],
        [nameof(OitEvidence)] = [new("Number", "ฉบับที่", FieldKind.Number), new("FileName", "ชื่อไฟล์"), new("Title", "หัวเรื่อง"), new("Body", "เนื้อหา")],
        [nameof(ImportBatch)] =
        [
            new("FileName", "ชื่อไฟล์"), new("FiscalYear", "ปีงบประมาณ", FieldKind.Number), new("State", "สถานะการนำเข้า"), new("Mode", "วิธีนำเข้า"),
            new("Added", "เพิ่ม", FieldKind.Number), new("Updated", "แก้ไข", FieldKind.Number), new("Deleted", "ลบ", FieldKind.Number),
        ],
        [nameof(ImportedMeasure)] = [new("Action", "สิ่งที่ทำกับมาตรการ")],
        [nameof(AgencyScore)] =
        [
            new("FiscalYear", "ปีงบประมาณ", FieldKind.Number), new("Total", "คะแนนรวม", FieldKind.Decimal), new("Iit", "IIT", FieldKind.Decimal),
            new("Eit", "EIT", FieldKind.Decimal), new("Oit", "OIT", FieldKind.Decimal), new("Level", "ระดับ"), new("IndicatorScores", "คะแนนรายตัวชี้วัด", FieldKind.Scores),
        ],
    };

    public AuditDescription Describe(AuditEntry entry)
    {
        var before = AuditValues.Parse(entry.Before);
        var after = AuditValues.Parse(entry.After);
        var changes = entry.Entity == AuditBatch.Entity ? [] : AuditDiff.Changes(before, after, Fields.GetValueOrDefault(entry.Entity), t);
        var now = after.IsEmpty ? before : after;
        var sentence = entry.Entity switch
        {
            nameof(AgencyMeasure) => Act(entry, "เพิ่มมาตรการ {0}", "แก้ไขมาตรการ {0}", "ลบมาตรการ {0}", MeasureLabel(now)) + Topics(entry, changes),
            nameof(ProgressUpdate) => ProgressSentence(now),
            nameof(Evidence) => Act(entry, "แนบหลักฐาน {0}", "แก้ไขหลักฐาน {0}", "ลบหลักฐาน {0}", now.Text("FileName") ?? now.Text("Url") ?? ""),
            nameof(Submission) => SubmissionSentence(entry, before, now),
            nameof(Publication) => t[now.Text("SubmissionId") is null ? "เผยแพร่{0} ฉบับที่ {1} {2}" : "อนุมัติและเผยแพร่{0} ฉบับที่ {1} {2}",
                Document(now), Ui.Num(now.Int("Number") ?? 0), Ui.FiscalYear(now.Int("FiscalYear") ?? 0)],
            nameof(PublishedFile) => t["บันทึกไฟล์ที่เผยแพร่ ({0})", now.Text("Format") ?? ""],
            nameof(AgencyUnit) => UnitSentence(entry, before, now),
            nameof(AppUser) => UserSentence(entry, before, now) + (entry.Action == "modified" && !IsUserEvent(before, now) ? Topics(entry, changes) : ""),
            nameof(ApiToken) => TokenSentence(entry, before, now),
            nameof(OitEntry) => OitSentence(entry, before, now, changes),
            nameof(OitEvidence) => t["เผยแพร่หลักฐาน OIT {0} ฉบับที่ {1} {2}", now.Text("Code") ?? "", Ui.Num(now.Int("Number") ?? 0), now.Text("FileName") ?? now.Text("Title") ?? ""],
            nameof(ImportBatch) => ImportSentence(entry, now),
            nameof(ImportedMeasure) => t["บันทึกข้อมูลสำหรับย้อนกลับการนำเข้า ({0})", ImportAction(now.Text("Action"))],
            nameof(Agency) => Act(entry, "สร้างหน่วยงาน {0}", "แก้ไขข้อมูลหน่วยงาน {0}", "ลบหน่วยงาน {0}", now.Text("ShortName") ?? now.Text("Name") ?? "") + Topics(entry, changes),
            nameof(AgencyScore) => Act(entry, "บันทึกผลคะแนน ITA {0}", "แก้ไขผลคะแนน ITA {0}", "ลบผลคะแนน ITA {0}", Ui.FiscalYear(now.Int("FiscalYear") ?? 0))
                + (now.Text("Total") is { } total ? t[": คะแนนรวม {0}", AuditDiff.Digits(total)].Value : ""),
            AuditBatch.Entity => BatchSentence(entry.Action, AuditValues.Parse(entry.After), []),
            "NationalDemo" => t["สร้างข้อมูลตัวอย่างทั่วประเทศ {0} หน่วยงาน", AuditDiff.Digits(now.Text("agencies") ?? "0")],
            _ => Act(entry, "เพิ่มข้อมูล", "แก้ไขข้อมูล", "ลบข้อมูล", "").TrimEnd(),
        };
        return new AuditDescription(sentence.Trim(), changes);
    }

    /// <summary>The row a batch shows: "นำเข้า ๓ มาตรการจากไฟล์ x.docx", counted from the entries it wrote.</summary>
    public string DescribeBatch(string kind, string? detailsJson, IReadOnlyList<AuditEntry> entries) =>
        BatchSentence(kind, AuditValues.Parse(detailsJson), entries);

    string BatchSentence(string kind, AuditValues details, IReadOnlyList<AuditEntry> entries)
    {
        int Count(string entity, string? action = null) => entries.Count(e => e.Entity == entity && (action is null || e.Action == action));
        string Detail(string key) => details.Text(key) ?? "";
        string Year(string key) => int.TryParse(Detail(key), out var year) ? Ui.Num(year) : Detail(key);

        var measures = Count(nameof(AgencyMeasure));
        return kind switch
        {
            AuditBatch.Import when measures == Count(nameof(AgencyMeasure), "added") =>
                t["นำเข้า {0} มาตรการจากไฟล์ {1}", Ui.Num(measures), Detail("file")],
            AuditBatch.Import => t["นำเข้ามาตรการจากไฟล์ {0}: เพิ่ม {1} แก้ไข {2} ลบ {3}", Detail("file"),
                Ui.Num(Count(nameof(AgencyMeasure), "added")), Ui.Num(Count(nameof(AgencyMeasure), "modified")), Ui.Num(Count(nameof(AgencyMeasure), "deleted"))],
            AuditBatch.ImportUndo => t["ย้อนกลับการนำเข้าไฟล์ {0} ({1} มาตรการ)", Detail("file"), Ui.Num(measures)],
            AuditBatch.Rollover => t["เริ่มปีงบประมาณ {0} จากปี {1}: คัดลอก {2} มาตรการ", Year("to"), Year("from"), Ui.Num(measures)],
            AuditBatch.OitRollover => t["เริ่มแบบ OIT ปีงบประมาณ {0} จากปี {1}: คัดลอก {2} รายการ", Year("to"), Year("from"), Ui.Num(Count(nameof(OitEntry)))],
            AuditBatch.UnitRename => t["เปลี่ยนชื่อหน่วยงานย่อย {0} เป็น {1} (มาตรการ {2} รายการ ผู้ใช้ {3} คน)", Detail("from"), Detail("to"),
                Ui.Num(measures), Ui.Num(Count(nameof(AppUser)))],
            AuditBatch.Seed => t["ตั้งค่าหน่วยงานตัวอย่าง {0}: {1} มาตรการ", Detail("agency"), Ui.Num(measures)],
            _ => t["การดำเนินการหลายรายการ ({0} รายการ)", Ui.Num(entries.Count(e => e.Entity != AuditBatch.Entity))],
        };
    }

    string Act(AuditEntry entry, string added, string modified, string deleted, string subject) => entry.Action switch
    {
        "added" => t[added, subject],
        "deleted" => t[deleted, subject],
        _ => t[modified, subject],
    };

    /// <summary>": ขั้นตอนที่ ๓, สถานะ" — the topics an edit touched, a few named and the rest counted.</summary>
    string Topics(AuditEntry entry, IReadOnlyList<AuditFieldChange> changes)
    {
        if (entry.Action != "modified" || changes.Count == 0)
        {
            return "";
        }

        var topics = changes.Select(c => c.Topic).Distinct(StringComparer.Ordinal).ToList();
        var named = string.Join(", ", topics.Take(TopicsShown));
        return ": " + (topics.Count > TopicsShown ? t["{0} และอีก {1} รายการ", named, Ui.Num(topics.Count - TopicsShown)].Value : named);
    }

    /// <summary>"ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต “ชื่อ”" from a measure's own snapshot.</summary>
    string MeasureLabel(AuditValues measure) => MeasureLabel(
        [.. measure.List("Indicators").Select(n => int.TryParse(n, out var i) ? i : 0).Where(i => i > 0)], measure.Text("IndicatorText"), measure.Text("Name"));

    public string MeasureLabel(IReadOnlyList<int> numbers, string? indicatorText, string? name)
    {
        var label = numbers.Count switch
        {
            0 => indicatorText is { Length: > 0 } written ? written : t["(ไม่ระบุตัวชี้วัด)"].Value,
            1 => t["ตัวชี้วัดที่ {0} {1}", Ui.Num(numbers[0]), IndicatorName(numbers[0])].Value,
            _ => t["ตัวชี้วัดที่ {0}", string.Join(", ", numbers.Select(Ui.Num))].Value,
        };
        return name is { Length: > 0 } ? $"{label} “{name}”" : label;
    }

    static string IndicatorName(int number) =>
        MeasureText.Indicators.FirstOrDefault(i => i.Number == number) is { } indicator ? MeasureText.IndicatorLabel(indicator) : "";

    string ProgressSentence(AuditValues update)
    {
        var measure = Guid.TryParse(update.Text("MeasureId"), out var id) && measureLabels?.GetValueOrDefault(id) is { } label ? label : t["มาตรการที่ลบแล้ว"].Value;
        var status = Enum.TryParse<MeasureStatus>(update.Text("Status"), ignoreCase: true, out var s) ? MeasureText.Status(s) : "";
        var on = DateOnly.TryParse(update.Text("On"), System.Globalization.CultureInfo.InvariantCulture, out var day) ? Ui.Date(day) : "";
        return t[update.Text("CorrectsId") is null ? "รายงานความก้าวหน้า {0}: {1} ({2})" : "แก้ไขรายงานความก้าวหน้า {0}: {1} ({2})", measure, status, on];
    }

    /// <summary>The document's name inside a sentence ("อนุมัติและเผยแพร่รายงานความก้าวหน้า"), not a heading of its own.</summary>
    static string Document(AuditValues values) => values.Text("Kind") is "progress" or "Progress"
        ? Ui.Pick("รายงานความก้าวหน้า", "the progress report")
        : Ui.Pick("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "the integrity and transparency measures");

    string SubmissionSentence(AuditEntry entry, AuditValues before, AuditValues now)
    {
        var document = Document(now);
        var year = Ui.FiscalYear(now.Int("FiscalYear") ?? 0);
        var state = now.Text("State");
        return entry.Action switch
        {
            "added" => t["ส่งขออนุมัติ{0} {1}", document, year],
            "modified" when state == "approved" && before.Text("State") != "approved" => t["อนุมัติ{0} {1}", document, year],
            "modified" when state == "returned" && before.Text("State") != "returned" =>
                t["ส่งกลับแก้ไข{0} {1}", document, year] + (now.Text("Comment") is { Length: > 0 } comment ? $": {comment}" : ""),
            "deleted" => t["ลบการเสนอ{0} {1}", document, year],
            _ => t["แก้ไขการเสนอ{0} {1}", document, year],
        };
    }

    string UnitSentence(AuditEntry entry, AuditValues before, AuditValues now) => entry.Action switch
    {
        "modified" => t["เปลี่ยนชื่อหน่วยงานย่อย {0} เป็น {1}", before.Text("Name") ?? "", now.Text("Name") ?? ""],
        _ => Act(entry, "เพิ่มหน่วยงานย่อย {0}", "แก้ไขหน่วยงานย่อย {0}", "ลบหน่วยงานย่อย {0}", now.Text("Name") ?? ""),
    };

    /// <summary>Role changed, disabled, enabled, password reset: the event itself is the sentence.</summary>
    static bool IsUserEvent(AuditValues before, AuditValues now) =>
        !before.Same("Role", now) || !before.Same("DisabledAt", now) || (now.Flag("MustChangePassword") && !before.Flag("MustChangePassword"));

    string UserSentence(AuditEntry entry, AuditValues before, AuditValues now)
    {
        var who = now.Text("Email") ?? now.Text("UserName") ?? "";
        if (entry.Action != "modified")
        {
            return Act(entry, "เพิ่มผู้ใช้ {0}", "แก้ไขผู้ใช้ {0}", "ลบผู้ใช้ {0}", who)
                + (entry.Action == "added" && now.Text("Role") is { } role ? $" ({AuditDiff.Format(now, UserFields[3], t)})" : "");
        }

        var events = new List<string>();
        if (!before.Same("Role", now))
        {
            events.Add(t["เปลี่ยนบทบาทของผู้ใช้ {0} จาก {1} เป็น {2}", who, AuditDiff.Format(before, UserFields[3], t) ?? "", AuditDiff.Format(now, UserFields[3], t) ?? ""]);
        }

        if (!before.Same("DisabledAt", now))
        {
            events.Add(t[now["DisabledAt"] is null ? "เปิดการใช้งานผู้ใช้ {0}" : "ระงับการใช้งานผู้ใช้ {0}", who]);
        }

        if (now.Flag("MustChangePassword") && !before.Flag("MustChangePassword"))
        {
            events.Add(t["ตั้งรหัสผ่านใหม่ให้ผู้ใช้ {0}", who]);
        }

        return events.Count > 0 ? string.Join("; ", events) : t["แก้ไขข้อมูลผู้ใช้ {0}", who];
    }

    string TokenSentence(AuditEntry entry, AuditValues before, AuditValues now)
    {
        var name = now.Text("Name") ?? "";
        return entry.Action switch
        {
            "added" => t["สร้างโทเค็น API {0}", name],
            "deleted" => t["เพิกถอนโทเค็น API {0}", name],
            _ when !before.Same("LastUsedAt", now) && before.Same("ExpiresAt", now) => t["ใช้โทเค็น API {0}", name],
            _ => t["แก้ไขโทเค็น API {0}", name],
        };
    }

    string OitSentence(AuditEntry entry, AuditValues before, AuditValues now, IReadOnlyList<AuditFieldChange> changes)
    {
        var item = $"{now.Text("Code")} {Ui.FiscalYear(now.Int("FiscalYear") ?? 0)}";
        if (entry.Action == "modified" && now["ReviewedAt"] is not null && before["ReviewedAt"] is null)
        {
            return t["ตรวจทานรายการ OIT {0}", item];
        }

        return Act(entry, "เริ่มรายการ OIT {0}", "แก้ไขรายการ OIT {0}", "ลบรายการ OIT {0}", item) + Topics(entry, changes);
    }

    string ImportSentence(AuditEntry entry, AuditValues now)
    {
        var file = now.Text("FileName") ?? "";
        return (entry.Action, now.Text("State")) switch
        {
            ("added", _) => t["อัปโหลดไฟล์ {0} เพื่อนำเข้า", file],
            (_, "confirmed") => t["ยืนยันการนำเข้าไฟล์ {0}", file],
            (_, "undone") => t["ย้อนกลับการนำเข้าไฟล์ {0}", file],
            ("deleted", "previewed" or "cancelled") => t["ลบตัวอย่างการนำเข้าไฟล์ {0} ที่ไม่ได้ยืนยันภายในกำหนด", file],
            (_, "cancelled") => t["ยกเลิกการนำเข้าไฟล์ {0}", file],
            _ => Act(entry, "อัปโหลดไฟล์ {0} เพื่อนำเข้า", "แก้ไขการนำเข้าไฟล์ {0}", "ลบการนำเข้าไฟล์ {0}", file),
        };
    }

    string ImportAction(string? action) => t[action switch
    {
        "added" => "เพิ่ม",
        "updated" => "แก้ไข",
        "deleted" => "ลบ",
        _ => "อื่น ๆ",
    }];
}
