using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>
/// Every decision of <see cref="Capabilities"/> for every role, inside and outside the caller's agency and unit: the
/// pages and the API ask these (AuthorizationMatrix shows they do), so a wrong answer here is a wrong answer everywhere.
/// </summary>
public class AccountCapabilitiesTests
{
    static readonly Guid Own = Guid.NewGuid();
    static readonly Guid Other = Guid.NewGuid();

    static Caller As(string role, Guid? agency = null, string? unit = null) => new("user", "user@test.example", role, agency, unit);

    static Caller AgencyEditor(string? unit = "กองคลัง") => As(Roles.Editor, Own, unit);

    static AgencyMeasure MeasureOf(Guid agency, params string[] units) => new() { AgencyId = agency, ResponsibleUnits = [.. units] };

    static Measure DocumentFor(params string[] units) => new() { ResponsibleUnits = units };

    [Theory]
    [InlineData(Roles.SysAdmin, true, true, true, true)]
    [InlineData(Roles.Oversight, true, false, false, false)]
    [InlineData(Roles.Admin, false, true, false, false)]
    [InlineData(Roles.Editor, false, false, false, false)]
    [InlineData(Roles.Executive, false, false, false, false)]
    [InlineData("", false, false, false, false)]
    public void What_each_role_may_do_across_agencies(string role, bool seesAll, bool managesOwn, bool managesOther, bool managesInstallation)
    {
        var caller = As(role, role is Roles.SysAdmin or Roles.Oversight ? null : Own);

        Assert.Equal(seesAll, caller.SeesAllAgencies());
        Assert.Equal(managesOwn, caller.CanManageAgency(Own));
        Assert.Equal(managesOther, caller.CanManageAgency(Other));
        Assert.Equal(managesInstallation, caller.CanManageInstallation());
    }

    [Theory]
    [InlineData(Roles.SysAdmin, true, true)]
    [InlineData(Roles.Admin, true, false)]
    [InlineData(Roles.Editor, true, false)]
    [InlineData(Roles.Executive, false, false)]
    [InlineData(Roles.Oversight, false, false)]
    public void Who_may_open_the_new_measure_form(string role, bool inOwnAgency, bool inOtherAgency)
    {
        var caller = As(role, Own, "กองคลัง");

        Assert.Equal(inOwnAgency, caller.CanCreateMeasures(Own));
        Assert.Equal(inOtherAgency, caller.CanCreateMeasures(Other));
    }

    [Fact]
    public void An_editor_creates_only_measures_their_own_unit_is_responsible_for()
    {
        Assert.True(AgencyEditor().CanCreateMeasure(Own, DocumentFor("สำนักปลัด", "กองคลัง")));
        Assert.True(AgencyEditor().CanCreateMeasure(Own, DocumentFor("กอง คลัง")));
        Assert.False(AgencyEditor().CanCreateMeasure(Own, DocumentFor("สำนักปลัด")));
        Assert.False(AgencyEditor().CanCreateMeasure(Other, DocumentFor("กองคลัง")));
        Assert.False(AgencyEditor(unit: null).CanCreateMeasure(Own, DocumentFor("กองคลัง")));
        Assert.True(As(Roles.Admin, Own).CanCreateMeasure(Own, DocumentFor("สำนักปลัด")));
        Assert.False(As(Roles.Admin, Own).CanCreateMeasure(Other, DocumentFor("สำนักปลัด")));
        Assert.True(As(Roles.SysAdmin).CanCreateMeasure(Other, DocumentFor()));
        Assert.False(As(Roles.Executive, Own, "กองคลัง").CanCreateMeasure(Own, DocumentFor("กองคลัง")));
    }

    [Theory]
    [InlineData(Roles.SysAdmin, true, true, true)]
    [InlineData(Roles.Admin, true, true, false)]
    [InlineData(Roles.Editor, true, false, false)]
    [InlineData(Roles.Executive, false, false, false)]
    [InlineData(Roles.Oversight, false, false, false)]
    public void Who_may_change_a_measure(string role, bool ownUnits, bool otherUnits, bool otherAgency)
    {
        var caller = As(role, Own, "กองคลัง");

        Assert.Equal(ownUnits, caller.CanEditMeasure(MeasureOf(Own, "กองคลังฯ")));
        Assert.Equal(otherUnits, caller.CanEditMeasure(MeasureOf(Own, "สำนักปลัด")));
        Assert.Equal(otherAgency, caller.CanEditMeasure(MeasureOf(Other, "กองคลัง")));
    }

    [Fact]
    public void An_editor_may_not_save_their_measure_over_to_other_units_only()
    {
        var before = MeasureOf(Own, "กองคลัง");

        Assert.True(AgencyEditor().CanEditMeasure(before, DocumentFor("กองคลัง", "สำนักปลัด")));
        Assert.False(AgencyEditor().CanEditMeasure(before, DocumentFor("สำนักปลัด")));
        Assert.False(AgencyEditor().CanEditMeasure(MeasureOf(Own, "สำนักปลัด"), DocumentFor("กองคลัง")));
        Assert.True(As(Roles.Admin, Own).CanEditMeasure(before, DocumentFor("สำนักปลัด")));
        Assert.False(As(Roles.Admin, Own).CanEditMeasure(MeasureOf(Other), DocumentFor("สำนักปลัด")));
    }

    [Theory]
    [InlineData(Roles.Executive, true, false)]
    [InlineData(Roles.Admin, false, false)]
    [InlineData(Roles.SysAdmin, false, false)]
    [InlineData(Roles.Editor, false, false)]
    [InlineData(Roles.Oversight, false, false)]
    public void Only_the_agencys_executive_approves(string role, bool own, bool other)
    {
        var caller = As(role, Own);

        Assert.Equal(own, caller.CanApprove(Own));
        Assert.Equal(other, caller.CanApprove(Other));
    }

    [Fact]
    public void Reminders_go_to_users_who_may_act_on_the_measure()
    {
        var measure = MeasureOf(Own, "กอง การศึกษา");

        Assert.True(UnitNames.UserCanEdit(new AppUser { Role = Roles.Editor, AgencyId = Own, UnitName = "กองการศึกษาฯ" }, measure));
        Assert.False(UnitNames.UserCanEdit(new AppUser { Role = Roles.Editor, AgencyId = Own, UnitName = "กองคลัง" }, measure));
        Assert.False(UnitNames.UserCanEdit(new AppUser { Role = Roles.Editor, AgencyId = Other, UnitName = "กองการศึกษา" }, measure));
        Assert.True(UnitNames.Includes(["สำนักปลัด", "กอง การศึกษา"], "กองการศึกษา"));
        Assert.False(UnitNames.Includes(["สำนักปลัด"], "กองการศึกษา"));
    }
}
