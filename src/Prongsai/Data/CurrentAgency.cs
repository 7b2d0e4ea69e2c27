namespace Prongsai.Data;

/// <summary>An entity that belongs to one agency: read only within that agency's scope (<see cref="CurrentAgency"/>).</summary>
public interface IAgencyOwned
{
    Guid AgencyId { get; }
}

/// <summary>
/// Which agency's rows this unit of work may read and write. Every agency-owned table has a global query filter on it
/// (<see cref="ProngsaiDb"/>), so a page cannot forget the agency in its query.
/// <list type="bullet">
/// <item>Inside a request it starts as no agency at all: a request sees no agency's rows until the <c>/a/{slug}</c>
/// route group resolves the agency the caller may see (<see cref="Agencies.AgencyScopeFilter"/>).</item>
/// <item>Outside requests — the command line, start-up, background services — the code is the installation's own and
/// sees every agency.</item>
/// </list>
/// The few deliberate cross-agency reads inside requests (oversight, public pages) say <c>IgnoreQueryFilters()</c>
/// and why; a write to another agency's row fails in SaveChanges whatever the query did.
/// </summary>
public sealed class CurrentAgency
{
    Agency? _agency;

    /// <summary>Set when no agency applies (outside requests): every agency's rows are visible.</summary>
    public bool AllAgencies { get; private set; } = true;

    /// <summary>The agency of this <c>/a/{slug}</c> request, with its units.</summary>
    public Agency Agency => _agency ?? throw new InvalidOperationException(
        "No agency is in scope: the page or endpoint is not under the /a/{slug} or /api/v1/agencies/{slug} route group.");

    public bool HasAgency => _agency is not null;

    public Guid? AgencyId => _agency?.Id;

    /// <summary>The start of every request: nothing agency-owned is visible until an agency is resolved.</summary>
    public void Restrict()
    {
        _agency = null;
        AllAgencies = false;
    }

    public void Enter(Agency agency)
    {
        _agency = agency;
        AllAgencies = false;
    }

    /// <summary>
    /// For a handler that deliberately writes many agencies' rows (a system administrator's bulk import of ITA
    /// results): the caller must already be allowed to. Reads still say <c>IgnoreQueryFilters()</c>.
    /// </summary>
    public void AllowAllAgencies()
    {
        _agency = null;
        AllAgencies = true;
    }
}
