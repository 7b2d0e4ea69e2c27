using Prongsai.Data;
using Prongsai.Oit;

namespace Prongsai.Audit;

/// <summary>A kind of change the trail is filtered by, in domain words: the rows it covers and the batches it covers.</summary>
public sealed record AuditKind(string Key, string Label, IReadOnlyList<string> Entities, IReadOnlyList<string> Batches);

public static class AuditKinds
{
    public static readonly IReadOnlyList<AuditKind> All =
    [
        new("measures", "มาตรการ", [nameof(AgencyMeasure)], [AuditBatch.Rollover]),
        new("progress", "ความก้าวหน้า", [nameof(ProgressUpdate), nameof(Evidence)], []),
        new("signoff", "การอนุมัติและเผยแพร่", [nameof(Submission), nameof(Publication), nameof(PublishedFile)], []),
        new("units", "หน่วยงานย่อย", [nameof(AgencyUnit)], [AuditBatch.UnitRename]),
        new("users", "ผู้ใช้", [nameof(AppUser), nameof(ApiToken)], []),
        new("oit", "OIT", [nameof(OitEntry), nameof(OitEvidence)], [AuditBatch.OitRollover]),
        new("import", "นำเข้า", [nameof(ImportBatch), nameof(ImportedMeasure)], [AuditBatch.Import, AuditBatch.ImportUndo]),
        new("scores", "ผลคะแนน ITA", [nameof(AgencyScore)], []),
        new("agency", "ข้อมูลหน่วยงาน", [nameof(Agency)], [AuditBatch.Seed]),
    ];

    public static AuditKind? Find(string? key) => All.FirstOrDefault(k => k.Key == key);
}
