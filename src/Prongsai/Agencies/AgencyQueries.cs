using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>Agency isolation lives in the query: an agency the caller may not see is simply not found.</summary>
public static class AgencyQueries
{
    public static IQueryable<Agency> VisibleTo(this IQueryable<Agency> agencies, Caller caller) =>
        caller.SeesAllAgencies ? agencies : agencies.Where(a => a.Id == caller.AgencyId);

    public static Task<Agency?> FindVisibleAsync(this ProngsaiDb db, string slug, Caller caller, CancellationToken cancellationToken = default) =>
        db.Agencies.VisibleTo(caller).Include(a => a.Units).FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);

    /// <summary>The measures of an agency the caller may see; empty for any other agency.</summary>
    public static IQueryable<AgencyMeasure> MeasuresVisibleTo(this ProngsaiDb db, Caller caller) =>
        caller.SeesAllAgencies ? db.Measures : db.Measures.Where(m => m.AgencyId == caller.AgencyId);

    /// <summary>One measure of the agency named by <paramref name="slug"/>, if the caller may see it; null otherwise, as if it did not exist.</summary>
    public static Task<AgencyMeasure?> FindVisibleMeasureAsync(this ProngsaiDb db, string slug, Guid id, Caller caller, bool tracked = false)
    {
        var query = db.MeasuresVisibleTo(caller).Where(m => m.Id == id && db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == slug));
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync();
    }
}
