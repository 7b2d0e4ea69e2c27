using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>Which agencies a caller may see. Agency-owned rows are scoped by <see cref="CurrentAgency"/>, not here.</summary>
public static class AgencyQueries
{
    public static IQueryable<Agency> VisibleTo(this IQueryable<Agency> agencies, Caller caller) =>
        caller.SeesAllAgencies() ? agencies : agencies.Where(a => a.Id == caller.AgencyId);
}
