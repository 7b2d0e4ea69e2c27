using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;
using Prongsai.Shared;

namespace Prongsai.Audit;

/// <summary>What the audit trail is narrowed to: entity kind, who (contains) and a range of UTC dates, both ends included.</summary>
public sealed record AuditFilter(string? Entity, string? Actor, DateOnly? From, DateOnly? To);

/// <summary>
/// The agency's audit trail, newest first, a page of 50 at a time (offset paging, ordered by time then id so
/// rows written in the same instant never move between pages), narrowed by the filters in the query string.
/// The index on (AgencyId, At) serves the agency's rows in time order.
/// </summary>
public sealed class IndexModel(ProngsaiDb db, CurrentAgency current) : PageModel
{
    public const int PageSize = 50;

    public Agency Agency => current.Agency;
    public List<AuditEntry> Entries { get; private set; } = [];
    public List<string> Kinds { get; private set; } = [];
    public AuditFilter Filter { get; private set; } = new(null, null, null, null);
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Pager.Count(Total, PageSize);

    // "page" is also the Razor Pages route value (the page's path), which would win over the query string without FromQuery.
    public async Task<IActionResult> OnGetAsync(string? entity, string? who, DateOnly? from, DateOnly? to, [FromQuery(Name = "page")] int page = 1)
    {
        var trail = db.AuditEntries.AsNoTracking();
        Kinds = await trail.Select(e => e.Entity).Distinct().OrderBy(k => k).ToListAsync();
        Filter = new AuditFilter(Kinds.Contains(entity ?? "") ? entity : null, string.IsNullOrWhiteSpace(who) ? null : who.Trim(), from, to);

        if (Filter.Entity is { } kind)
        {
            trail = trail.Where(e => e.Entity == kind);
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
            var since = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            trail = trail.Where(e => e.At >= since);
        }

        if (Filter.To is { } end && end < DateOnly.MaxValue)
        {
            var before = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            trail = trail.Where(e => e.At < before);
        }

        Total = await trail.CountAsync();
        PageNumber = Math.Clamp(page, 1, PageCount);
        Entries = await trail.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return Page();
    }

    /// <summary>This page's address with the current filters and another page number.</summary>
    public string Link(int page) => Pager.Address($"/a/{Agency.Slug}/audit",
    [
        new("entity", Filter.Entity), new("who", Filter.Actor),
        new("from", Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("to", Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ], page);

    public Pager Pages => new(PageNumber, PageCount, Link, PreviousEnglish: "Newer", NextEnglish: "Older");
}
