using Microsoft.EntityFrameworkCore;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Oit;

/// <summary>One item of the workbook: the framework's item, the agency's work on it, and what to type into ITAS.</summary>
public sealed record WorkbookItem(
    OitItem Item,
    OitEntry? Entry,
    int CoversYear,
    OitEvidence? LatestEvidence,
    string? EvidenceUrl,
    string? DocumentUrl,
    bool DocumentPublished,
    IReadOnlyList<OitLinkCheck> Checks)
{
    public OitStatus Status => Entry?.Status ?? OitStatus.NotStarted;

    public bool IsMet(string criterion) => Entry?.CriteriaMet.Contains(criterion) == true;

    public int MetCount => Item.Criteria.Count(IsMet);

    public bool Reviewed => Entry?.ReviewedAt is not null;

    public IEnumerable<OitLinkCheck> BrokenLinks => Checks.Where(c => !c.Ok);

    /// <summary>The addresses to type into ITAS, the permanent ones first: Prongsai's evidence, the published document, then the agency's own.</summary>
    public IReadOnlyList<string> SubmitUrls =>
    [
        .. new[] { EvidenceUrl, DocumentPublished ? DocumentUrl : null }.OfType<string>()
            .Concat(Entry?.Urls ?? [])
            .Distinct(StringComparer.Ordinal)
            .Take(OitEntry.MaxUrls),
    ];

    /// <summary>What keeps the item from being ready to submit, Thai then English; none when it is ready.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            if (SubmitUrls.Count == 0)
            {
                problems.Add(DocumentUrl is not null ? "เอกสารยังไม่เผยแพร่ (the document is not published yet)" : "ยังไม่มี URL (no URL)");
            }

            if (MetCount < Item.Criteria.Count)
            {
                problems.Add($"เกณฑ์ครบ {Thai.ThaiDigits.ToThai(MetCount)}/{Thai.ThaiDigits.ToThai(Item.Criteria.Count)} ข้อ (criteria met {MetCount} of {Item.Criteria.Count})");
            }
            else if (!Reviewed)
            {
                problems.Add("ผู้ดูแลหน่วยงานยังไม่ตรวจทาน (not reviewed by the administrator)");
            }

            if (BrokenLinks.Any())
            {
                problems.Add($"ลิงก์ใช้ไม่ได้ {Thai.ThaiDigits.ToThai(BrokenLinks.Count())} รายการ (broken links)");
            }

            return problems;
        }
    }

    public bool Ready => Problems.Count == 0;
}

public sealed record Workbook(Agency Agency, Framework Framework, IReadOnlyList<WorkbookItem> Items)
{
    public int ReadyCount => Items.Count(i => i.Ready);

    public int BrokenLinkCount => Items.Sum(i => i.BrokenLinks.Count());

    public WorkbookItem? Item(string code) => Items.FirstOrDefault(i => string.Equals(i.Item.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Reads an agency's workbook for an assessment year: every item of its framework, touched or not.</summary>
public static class OitWorkbook
{
    public const int MinYear = 2560;
    public const int MaxYear = 2700;

    public static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>The assessment year running today (a fiscal year is named by the Buddhist year it ends in).</summary>
    public static int CurrentYear(TimeProvider clock) => Thai.FiscalYear.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).BuddhistYear;

    public static async Task<Workbook> LoadAsync(ProngsaiDb db, FrameworkCatalog catalog, Agency agency, int year, string baseUrl,
        bool publicRead = false, CancellationToken cancellationToken = default)
    {
        // The public list has no agency in scope: it reads this agency's rows by their AgencyId, nothing else.
        IQueryable<T> Rows<T>(IQueryable<T> set) where T : class => publicRead ? set.IgnoreQueryFilters() : set;
        var framework = catalog.For(year, agency.Regime);
        var entries = await Rows(db.OitEntries.AsNoTracking()).Where(e => e.AgencyId == agency.Id && e.FiscalYear == year).ToListAsync(cancellationToken);
        var evidence = (await Rows(db.OitEvidence.AsNoTracking()).Where(e => e.AgencyId == agency.Id && e.FiscalYear == year).ToListAsync(cancellationToken))
            .GroupBy(e => e.Code, StringComparer.OrdinalIgnoreCase).Select(g => g.MaxBy(e => e.Number)!).ToList();
        var entryIds = entries.Select(e => e.Id).ToList();
        var checks = await Rows(db.OitLinkChecks.AsNoTracking()).Where(c => c.AgencyId == agency.Id && entryIds.Contains(c.EntryId)).ToListAsync(cancellationToken);
        var coveredYears = framework.Items.Select(framework.FiscalYearCovered).Distinct().ToList();
        var published = await Rows(db.Publications.AsNoTracking()).Where(p => p.AgencyId == agency.Id && coveredYears.Contains(p.FiscalYear))
            .Select(p => new { p.FiscalYear, p.Kind }).Distinct().ToListAsync(cancellationToken);

        var items = framework.Items.Select(item =>
        {
            var entry = entries.FirstOrDefault(e => string.Equals(e.Code, item.Code, StringComparison.OrdinalIgnoreCase));
            var latest = evidence.FirstOrDefault(e => string.Equals(e.Code, item.Code, StringComparison.OrdinalIgnoreCase));
            var covers = framework.FiscalYearCovered(item);
            DocumentKind? kind = item.Role switch { OitRole.Measures => DocumentKind.Measures, OitRole.Progress => DocumentKind.Progress, _ => null };
            var documentUrl = kind is { } k ? $"{baseUrl}/p/{agency.Slug}/{covers}/{k.ToString().ToLowerInvariant()}" : null;
            // Only the entry's current URLs count: a removed URL's old check says nothing.
            var itemChecks = entry is null ? [] : checks.Where(c => c.EntryId == entry.Id && entry.Urls.Contains(c.Url)).ToList();
            return new WorkbookItem(item, entry, covers, latest,
                latest is null ? null : PublicUrl(baseUrl, agency.Slug, year, item.Code),
                documentUrl, kind is { } p && published.Any(x => x.FiscalYear == covers && x.Kind == p), itemChecks);
        }).ToList();
        return new Workbook(agency, framework, items);
    }

    public static string PublicUrl(string baseUrl, string slug, int year, string code, int? version = null) =>
        $"{baseUrl}/p/{slug}/{year}/oit/{code}{(version is null ? "" : $"/v{version}")}";

    public static string StatusThai(OitStatus status) => status switch
    {
        OitStatus.NotStarted => "ยังไม่เริ่ม",
        OitStatus.InProgress => "กำลังจัดทำ",
        OitStatus.Ready => "พร้อมส่ง",
        OitStatus.Submitted => "ส่งแล้ว",
        _ => status.ToString(),
    };

    public static string StatusEnglish(OitStatus status) => status switch
    {
        OitStatus.NotStarted => "not started",
        OitStatus.InProgress => "in progress",
        OitStatus.Ready => "ready",
        OitStatus.Submitted => "submitted",
        _ => status.ToString(),
    };
}
