using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Shared;

namespace Prongsai.Publishing;

/// <summary>/p: every agency that has published something, searchable by name and province, for citizens without an account.</summary>
[AllowAnonymous]
public sealed class PublicAgenciesModel(ProngsaiDb db) : PageModel
{
    public const int PageSize = 50;
    const int MaxQueryLength = 100;

    public sealed record Row(string Slug, string Name, string? Province, int LatestYear);

    public string? Query { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(string? q, int page = 1)
    {
        Query = q?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, MaxQueryLength)] : null;
        // Public: published versions are for everyone, so this read crosses every agency on purpose.
        var published = db.Publications.AsNoTracking().IgnoreQueryFilters();
        var agencies = db.Agencies.AsNoTracking().Where(a => published.Any(p => p.AgencyId == a.Id));
        if (Query is { } search)
        {
            agencies = agencies.Where(a => a.Name.Contains(search) || (a.ShortName != null && a.ShortName.Contains(search))
                || (a.Province != null && a.Province.Contains(search)) || a.Slug.Contains(search));
        }

        var count = await agencies.CountAsync();
        var pageCount = Pager.Count(count, PageSize);
        var number = Math.Clamp(page, 1, pageCount);
        Rows = await agencies.OrderBy(a => a.Province).ThenBy(a => a.Name).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Slug, a.Name, a.Province, published.Where(p => p.AgencyId == a.Id).Max(p => p.FiscalYear)))
            .ToListAsync();
        Pager = new Pager(number, pageCount, n => Pager.Address("/p", [new("q", Query)], n));
        Response.Headers.CacheControl = "public, max-age=30";
    }
}
