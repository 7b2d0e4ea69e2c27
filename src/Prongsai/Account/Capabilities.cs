using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Account;

/// <summary>
/// Every decision about what a caller may do, named for what it decides. Pages, the API and background jobs ask
/// these; nobody compares roles inline.
/// </summary>
public static class Capabilities
{
    /// <summary>System administrators and oversight viewers see every agency; everyone else only their own.</summary>
    public static bool SeesAllAgencies(this Caller caller) => caller.Role is Roles.SysAdmin or Roles.Oversight;

    /// <summary>The agency's users, units, imports, rollover, ITA results and submissions for sign-off.</summary>
    public static bool CanManageAgency(this Caller caller, Guid agencyId) =>
        caller.Role == Roles.SysAdmin || (caller.Role == Roles.Admin && caller.AgencyId == agencyId);

    /// <summary>Adding agencies, importing many agencies' results at once.</summary>
    public static bool CanManageInstallation(this Caller caller) => caller.Role == Roles.SysAdmin;

    /// <summary>May open the new-measure form of the agency (an editor then only for their own unit).</summary>
    public static bool CanCreateMeasures(this Caller caller, Guid agencyId) =>
        caller.Role == Roles.SysAdmin || (caller.AgencyId == agencyId && caller.Role is Roles.Admin or Roles.Editor);

    /// <summary>May create this measure: an editor only one their own unit is responsible for.</summary>
    public static bool CanCreateMeasure(this Caller caller, Guid agencyId, Measure measure) =>
        caller.CanCreateMeasures(agencyId) && (caller.Role != Roles.Editor || caller.IsResponsibleFor(measure.ResponsibleUnits));

    /// <summary>May change (or delete, or record progress on) a measure as it stands.</summary>
    public static bool CanEditMeasure(this Caller caller, AgencyMeasure measure) => caller.Role switch
    {
        Roles.SysAdmin => true,
        Roles.Admin => caller.AgencyId == measure.AgencyId,
        Roles.Editor => caller.AgencyId == measure.AgencyId && caller.IsResponsibleFor(measure.ResponsibleUnits),
        _ => false,
    };

    /// <summary>May save <paramref name="after"/> over <paramref name="before"/>: an editor may not hand their measure to other units only.</summary>
    public static bool CanEditMeasure(this Caller caller, AgencyMeasure before, Measure after) =>
        caller.CanEditMeasure(before) && (caller.Role != Roles.Editor || caller.IsResponsibleFor(after.ResponsibleUnits));

    /// <summary>Approve or return a document submitted for sign-off: the agency's executives.</summary>
    public static bool CanApprove(this Caller caller, Guid agencyId) => caller.Role == Roles.Executive && caller.AgencyId == agencyId;

    static bool IsResponsibleFor(this Caller caller, IEnumerable<string> units) =>
        caller.UnitName is { } own && units.Any(unit => UnitNames.Same(unit, own));
}

/// <summary>Unit names as agencies write them: "กองการศึกษาฯ" and "กอง การศึกษา" are the unit กองการศึกษา.</summary>
public static class UnitNames
{
    public static bool Same(string a, string b) => ThaiText.NameKey(a) == ThaiText.NameKey(b);

    /// <summary>Reminders and the unit's home page: the measures the unit is responsible for.</summary>
    public static bool Includes(IEnumerable<string> responsibleUnits, string unit) => responsibleUnits.Any(u => Same(u, unit));

    /// <summary>May this user act on the measure (reminders go to those who can)?</summary>
    public static bool UserCanEdit(AppUser user, AgencyMeasure measure) =>
        new Caller(user.Id, user.Email ?? "", user.Role, user.AgencyId, user.UnitName).CanEditMeasure(measure);
}
