using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Prongsai.Agencies;
using Prongsai.Data;
using Prongsai.Shared;
using Prongsai.Thai;

namespace Prongsai.Audit;

/// <summary>What the audit trail is narrowed to: a kind (<see cref="AuditKinds"/>), who (contains) and days in Thailand time, both ends included.</summary>
public sealed record AuditFilter(string? Kind, string? Actor, DateOnly? From, DateOnly? To);

/// <summary>One row of the trail: a change on its own, or a batch action with the entries it wrote.</summary>
public sealed record AuditRow(Guid Key, DateTime At, string Actor, string Sentence, IReadOnlyList<AuditFieldChange> Changes, IReadOnlyList<AuditItem> Items);

/// <summary>One entry inside a batch row.</summary>
public sealed record AuditItem(Guid Id, string Sentence, IReadOnlyList<AuditFieldChange> Changes);

/// <summary>
/// The agency's audit trail, newest first, a page of 50 rows at a time, a batch action (an import, a rollover, a unit
/// rename) being one row that expands to its entries. Offset paging over rows ordered by time then key, so rows written
/// in the same instant never move between pages; filters in the query string. The index on (AgencyId, At) serves the
/// agency's rows, the query filter keeps them the agency's.
/// </summary>
public sealed class IndexModel(ProngsaiDb db, CurrentAgency current, IStringLocalizer<Text> text) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Thailand has kept UTC+7 without daylight saving since 1920: a day there starts at 17:00 UTC the day before.</summary>
    static readonly TimeSpan Ict = TimeSpan.FromHours(7);

    public Agency Agency => current.Agency;
    public List<AuditRow> Rows { get; private set; } = [];
    public AuditFilter Filter { get; private set; } = new(null, null, null, null);
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Pager.Count(Total, PageSize);

    // "page" is also the Razor Pages route value (the page's path), which would win over the query string without FromQuery.
    public async Task<IActionResult> OnGetAsync(string? kind, string? who, string? from, string? to, [FromQuery(Name = "page")] int page = 1)
    {
        Filter = new AuditFilter(AuditKinds.Find(kind)?.Key, string.IsNullOrWhiteSpace(who) ? null : who.Trim()[..Math.Min(who.Trim().Length, 256)],
            ThaiDates.Parse(from), ThaiDates.Parse(to));
        var trail = Filtered(db.AuditEntries.AsNoTracking());

        // A batch is one row: entries group by their batch, an entry of no batch by itself.
        var groups = trail.GroupBy(e => e.BatchId ?? e.Id).Select(g => new { Key = g.Key, At = g.Max(e => e.At) });
        Total = await groups.CountAsync();
        PageNumber = Math.Clamp(page, 1, PageCount);
        var keys = await groups.OrderByDescending(g => g.At).ThenByDescending(g => g.Key)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(g => g.Key).ToListAsync();

        // Each row shows whole: all of a batch's entries, whichever of them matched the filter.
        var entries = await db.AuditEntries.AsNoTracking().Where(e => keys.Contains(e.BatchId ?? e.Id)).ToListAsync();
        var describer = new AuditDescriber(text, await MeasureLabelsAsync(entries));
        var byKey = entries.GroupBy(e => e.BatchId ?? e.Id).ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ThenBy(e => e.Entity, StringComparer.Ordinal).ToList());
        Rows = [.. keys.Where(byKey.ContainsKey).Select(key => Row(key, byKey[key], describer))];
        return Page();
    }

    IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> trail)
    {
        if (AuditKinds.Find(Filter.Kind) is { } kind)
        {
            var entities = kind.Entities.ToList();
            var batches = kind.Batches.ToList();
            trail = trail.Where(e => entities.Contains(e.Entity) || (e.Entity == AuditBatch.Entity && batches.Contains(e.Action)));
        }

        if (Filter.Actor is { } actor)
        {
            var lowered = actor.ToLowerInvariant();
            // lower() on both sides is what SQLite and PostgreSQL can run; the StringComparison overload CA1862 suggests is not translated.
#pragma warning disable CA1862
            trail = trail.Where(e => e.Actor.ToLower().Contains(lowered));
#pragma warning restore CA1862
        }

        if (Filter.From is { } start)
        {
            var since = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Ict;
            trail = trail.Where(e => e.At >= since);
        }

        if (Filter.To is { } end && end < DateOnly.MaxValue)
        {
            var before = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Ict;
            trail = trail.Where(e => e.At < before);
        }

        return trail;
    }

    static AuditRow Row(Guid key, List<AuditEntry> entries, AuditDescriber describer)
    {
        var header = entries.FirstOrDefault(e => e.Id == key && e.Entity == AuditBatch.Entity);
        var members = entries.Where(e => e.Entity != AuditBatch.Entity).ToList();
        if (header is null && members.Count == 1)
        {
            var entry = members[0];
            var described = describer.Describe(entry);
            return new AuditRow(key, entry.At, entry.Actor, described.Sentence, described.Changes, []);
        }

        var first = header ?? members[0];
        var items = members.Select(e => (Entry: e, Described: describer.Describe(e)))
            .Select(d => new AuditItem(d.Entry.Id, d.Described.Sentence, d.Described.Changes)).ToList();
        return new AuditRow(key, entries.Max(e => e.At), first.Actor, describer.DescribeBatch(header?.Action ?? "", header?.After, members), [], items);
    }

    /// <summary>What progress updates on this page point at: their measures as the trail names them.</summary>
    async Task<Dictionary<Guid, string>> MeasureLabelsAsync(List<AuditEntry> entries)
    {
        var ids = entries.Where(e => e.Entity == nameof(ProgressUpdate))
            .Select(e => AuditValues.Parse(e.After ?? e.Before).Text("MeasureId")).OfType<string>()
            .Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var measures = await db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync();
        var describer = new AuditDescriber(text);
        return measures.ToDictionary(m => m.Id, m => describer.MeasureLabel(m.Indicators, m.IndicatorText, m.Name));
    }

    /// <summary>This page's address with the current filters and another page number.</summary>
    public string Link(int page) => Pager.Address($"/a/{Agency.Slug}/audit",
    [
        new("kind", Filter.Kind), new("who", Filter.Actor),
        new("from", Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("to", Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ], page);

    public Pager Pages => new(PageNumber, PageCount, Link, PreviousEnglish: "Newer", NextEnglish: "Older");
}
