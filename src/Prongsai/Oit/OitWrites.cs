using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Progress;

namespace Prongsai.Oit;

/// <summary>Every write the workbook's pages and API do, validated in one place; each is one SaveChanges.</summary>
public sealed class OitWrites(ProngsaiDb db, EvidenceFiles files)
{
    public sealed record ItemInput(OitStatus Status, IReadOnlyList<string> Urls, IReadOnlyList<string> CriteriaMet, string? UnitName, DateOnly? DueOn, int? Version);

    public sealed record Outcome(OitEntry? Entry, string? Error, bool Forbidden = false, bool Conflict = false);

    /// <summary>The agency administrator assigns units and due dates, reviews, publishes for every item; a unit editor works on its own items.</summary>
    public static bool CanManage(Caller caller, Agency agency) => caller.CanManageAgency(agency.Id);

    public static bool CanWork(Caller caller, Agency agency, OitEntry? entry) =>
        CanManage(caller, agency)
        || (caller.Role == Roles.Editor && caller.AgencyId == agency.Id && entry?.UnitName is { } unit && caller.UnitName is { } own && UnitNames.Same(unit, own));

    public async Task<Outcome> SaveAsync(Caller caller, Agency agency, int year, OitItem item, ItemInput input, CancellationToken cancellationToken = default)
    {
        var entry = await db.OitEntries.FirstOrDefaultAsync(e => e.AgencyId == agency.Id && e.FiscalYear == year && e.Code == item.Code, cancellationToken);
        if (!CanWork(caller, agency, entry))
        {
            return new(null, "ไม่มีสิทธิ์แก้ไขรายการนี้ (you may not change this item)", Forbidden: true);
        }

        if (input.Version is { } version && version != (entry?.Version ?? 0))
        {
            return new(null, "มีผู้อื่นแก้ไขรายการนี้ก่อน โปรดเปิดหน้าใหม่ (someone changed this item meanwhile; reload the page)", Conflict: true);
        }

        var urls = input.Urls.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (Validate(agency, item, urls, input) is { } error)
        {
            return new(null, error);
        }

        if (entry is null)
        {
            entry = new OitEntry { AgencyId = agency.Id, FiscalYear = year, Code = item.Code };
            db.OitEntries.Add(entry);
        }

        var met = item.Criteria.Where(input.CriteriaMet.Contains).ToList();
        if (!met.SequenceEqual(entry.CriteriaMet) || !urls.SequenceEqual(entry.Urls))
        {
            // The administrator reviewed other ticks or other pages.
            entry.ReviewedAt = null;
            entry.ReviewedBy = null;
        }

        entry.CriteriaMet = met;
        entry.Urls = urls;
        entry.Status = input.Status;
        if (CanManage(caller, agency))
        {
            entry.UnitName = input.UnitName is { Length: > 0 } unit ? agency.Units.First(u => Thai.ThaiText.NameKey(u.Name) == Thai.ThaiText.NameKey(unit)).Name : null;
            entry.DueOn = input.DueOn;
        }

        return await CommitAsync(entry, cancellationToken);
    }

    static string? Validate(Agency agency, OitItem item, List<string> urls, ItemInput input)
    {
        if (urls.Count > OitEntry.MaxUrls)
        {
            return $"ใส่ URL ได้ไม่เกิน {Thai.ThaiDigits.ToThai(OitEntry.MaxUrls)} รายการ (at most {OitEntry.MaxUrls} URLs)";
        }

        if (urls.FirstOrDefault(u => u.Length > OitEntry.MaxUrlLength || !EvidenceFiles.IsWebLink(u)) is { } bad)
        {
            return $"URL ต้องขึ้นต้นด้วย http:// หรือ https:// และยาวไม่เกิน {OitEntry.MaxUrlLength} ตัวอักษร (a URL must be http or https, at most {OitEntry.MaxUrlLength} characters): {bad[..Math.Min(bad.Length, 100)]}";
        }

        if (input.CriteriaMet.FirstOrDefault(c => !item.Criteria.Contains(c)) is { } unknown)
        {
            return $"ไม่มีเกณฑ์นี้ในรายการ {item.Code} (not a criterion of {item.Code}): {unknown[..Math.Min(unknown.Length, 100)]}";
        }

        if (!Enum.IsDefined(input.Status))
        {
            return "สถานะไม่ถูกต้อง (unknown status)";
        }

        if (input.UnitName is { Length: > 0 } unit && !agency.Units.Any(u => Thai.ThaiText.NameKey(u.Name) == Thai.ThaiText.NameKey(unit)))
        {
            return $"ไม่มีกอง/สำนัก {unit[..Math.Min(unit.Length, 100)]} ในหน่วยงาน (no such unit)";
        }

        if (input.DueOn is { } due && (due.Year < 1990 || due.Year > 2200))
        {
            return "วันกำหนดส่งไม่ถูกต้อง (the due date is out of range)";
        }

        return null;
    }

    /// <summary>The administrator confirms the ticked criteria against the published page.</summary>
    public async Task<Outcome> ReviewAsync(Caller caller, Agency agency, int year, OitItem item, CancellationToken cancellationToken = default)
    {
        if (!CanManage(caller, agency))
        {
            return new(null, "เฉพาะผู้ดูแลหน่วยงานตรวจทานได้ (only the agency administrator reviews)", Forbidden: true);
        }

        var entry = await db.OitEntries.FirstOrDefaultAsync(e => e.AgencyId == agency.Id && e.FiscalYear == year && e.Code == item.Code, cancellationToken);
        if (entry is null || entry.CriteriaMet.Count == 0)
        {
            return new(null, "ยังไม่มีเกณฑ์ที่ทำเครื่องหมายให้ตรวจทาน (nothing ticked to review yet)");
        }

        entry.ReviewedAt = DateTime.UtcNow;
        entry.ReviewedBy = caller.Email;
        return await CommitAsync(entry, cancellationToken);
    }

    /// <summary>A new version of the item's evidence kept in Prongsai: an uploaded file, or a short page of text.</summary>
    public async Task<(OitEvidence? Evidence, string? Error, bool Forbidden, bool OutOfSpace)> PublishAsync(
        Caller caller, Agency agency, int year, OitItem item, IFormFile? file, string? title, string? body, CancellationToken cancellationToken = default)
    {
        var entry = await db.OitEntries.AsNoTracking().FirstOrDefaultAsync(e => e.AgencyId == agency.Id && e.FiscalYear == year && e.Code == item.Code, cancellationToken);
        if (!CanWork(caller, agency, entry))
        {
            return (null, "ไม่มีสิทธิ์แก้ไขรายการนี้ (you may not change this item)", true, false);
        }

        var evidence = new OitEvidence { AgencyId = agency.Id, FiscalYear = year, Code = item.Code, PublishedBy = caller.Email };
        if (file is { Length: > 0 })
        {
            var (refusal, accepted) = EvidenceFiles.Check([file]);
            if (refusal is not null)
            {
                return (null, refusal, false, false);
            }

            try
            {
                evidence.Sha256 = await files.StoreAsync(file, cancellationToken);
            }
            catch (IOException)
            {
                return (null, "บันทึกไฟล์ไม่ได้ พื้นที่เก็บข้อมูลเต็ม ไม่ได้บันทึกสิ่งใด (the disk is full; nothing was saved)", false, true);
            }

            evidence.FileName = Hosting.UploadedFileName.Clean(file.FileName);
            evidence.ContentType = accepted[0].ContentType;
            evidence.Length = file.Length;
        }
        else
        {
            var (t, b) = (Thai.ThaiText.Tidy(title), (body ?? "").Trim());
            if (t.Length == 0 || b.Length == 0)
            {
                return (null, "แนบไฟล์ หรือกรอกหัวเรื่องและเนื้อหาของหน้า (attach a file, or give the page a title and text)", false, false);
            }

            if (t.Length > OitEvidence.MaxTitleLength || b.Length > OitEvidence.MaxBodyLength)
            {
                return (null, $"หัวเรื่องยาวได้ {OitEvidence.MaxTitleLength} และเนื้อหา {OitEvidence.MaxBodyLength} ตัวอักษร (title at most {OitEvidence.MaxTitleLength}, text at most {OitEvidence.MaxBodyLength} characters)", false, false);
            }

            (evidence.Title, evidence.Body, evidence.ContentType) = (t, b, "text/html; charset=utf-8");
        }

        // The unique index makes two uploads at once a conflict instead of two v{n}; the loser takes the next number.
        for (var attempt = 0; ; attempt++)
        {
            evidence.Number = 1 + (await db.OitEvidence.Where(e => e.AgencyId == agency.Id && e.FiscalYear == year && e.Code == item.Code)
                .MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0);
            db.OitEvidence.Add(evidence);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (evidence, null, false, false);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                evidence.Id = Guid.NewGuid();
            }
        }
    }

    async Task<Outcome> CommitAsync(OitEntry entry, CancellationToken cancellationToken)
    {
        entry.Version++;
        entry.UpdatedAt = DateTime.UtcNow;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(entry, null);
        }
        catch (DbUpdateException)
        {
            // A concurrent first save of the same item, or a changed version.
            db.ChangeTracker.Clear();
            return new(null, "มีผู้อื่นแก้ไขรายการนี้พร้อมกัน โปรดลองอีกครั้ง (someone changed this item at the same time; try again)", Conflict: true);
        }
    }
}
