using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Prongsai.Oversight;

/// <summary>Every agency's fiscal year at a glance, filtered by type and province, sorted by any column, a page at a time.</summary>
[Authorize(Policy = OversightPolicy.Name)]
public sealed class IndexModel(OversightCache cache, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    public OversightFilter Filter { get; private set; } = new(0);
    public List<int> Years { get; private set; } = [];
    public List<OversightRow> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int CacheSeconds { get; private set; }
    public int PageCount => Shared.Pager.Count(Rows.Count, PageSize);
    public IEnumerable<OversightRow> PageRows => Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize);

    // "page" is also the Razor Pages route value (the page's path), which would win over the query string without FromQuery.
    public async Task OnGetAsync(int? year, string? type, string? province, string? q, string? sort, bool desc = false, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int page = 1)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Years = await cache.YearsAsync(today);
        Filter = new OversightFilter(year ?? Years[0], type, province, q,
            sort is not null && OversightQuery.SortKeys.Contains(sort) ? sort : "name", desc);
        Rows = OversightQuery.Apply(await cache.RowsAsync(Filter.Year, today), Filter);
        CacheSeconds = (int)cache.Lifetime.TotalSeconds;
        PageNumber = Math.Clamp(page, 1, PageCount);
    }

    /// <summary>This page's address with some parameters changed.</summary>
    public string Link(string? sort = null, bool? desc = null, int? page = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Filter.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = Filter.Type, ["province"] = Filter.Province, ["q"] = Filter.Search,
            ["sort"] = sort ?? Filter.Sort, ["desc"] = (desc ?? Filter.Descending) ? "true" : null,
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        var path = format is null ? "/oversight" : $"/oversight/export.{format}";
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>A column heading that sorts by its key, the second click reversing.</summary>
    public string SortLink(string key) => Link(sort: key, desc: Filter.Sort == key && !Filter.Descending, page: 1);

    public static string LastUpdate(DateTime? at) => at is { } utc ? Thai.ThaiDates.Format(Thai.ThaiClock.DateOf(utc)) : "–";
}
