using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Shared;

/// <summary>One link of the header menu. <paramref name="Label"/> is the Thai text, the key of its translation.</summary>
public sealed record NavLink(string Href, string Label);

/// <summary>A labelled group of links: the year's work, or settings.</summary>
public sealed record NavGroup(string Label, IReadOnlyList<NavLink> Links);

/// <summary>
/// The header menu by role: each role sees only what it may use (the same capabilities the pages check), so an
/// executive is not shown the administrator's ten links.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<NavGroup> For(Caller caller, string? slug)
    {
        var groups = new List<NavGroup>();
        if (slug is not null)
        {
            var a = $"/a/{slug}";
            var work = caller.Role switch
            {
                Roles.Editor => Links(
                    caller.UnitName is { } unit ? new NavLink($"{a}/units/{Uri.EscapeDataString(unit)}", "งานของกอง") : null,
                    new NavLink($"{a}/measures", "มาตรการ"),
                    new NavLink($"{a}/oit", "งาน OIT")),
                Roles.Executive => Links(
                    new NavLink($"{a}/signoff", "รอพิจารณา"),
                    new NavLink($"{a}/dashboard", "ภาพรวม"),
                    new NavLink($"{a}/measures", "มาตรการ")),
                Roles.Oversight => Links(
                    new NavLink($"{a}/dashboard", "ภาพรวม"),
                    new NavLink($"{a}/measures", "มาตรการ")),
                _ => Links(
                    new NavLink($"{a}/measures", "มาตรการ"),
                    new NavLink($"{a}/dashboard", "ภาพรวม"),
                    new NavLink($"{a}/signoff", "เสนอและเผยแพร่"),
                    new NavLink($"{a}/oit", "งาน OIT"),
                    new NavLink($"{a}/analysis", "ผลคะแนน"),
                    new NavLink($"{a}/import", "นำเข้าเอกสาร"),
                    new NavLink($"{a}/rollover", "ขึ้นปีใหม่")),
            };
            groups.Add(new NavGroup("งานของปี", work));
            var settings = caller.Role switch
            {
                Roles.Executive => Links(new NavLink($"{a}/audit", "ประวัติการแก้ไข")),
                Roles.Admin or Roles.SysAdmin => Links(
                    new NavLink($"{a}/users", "ผู้ใช้"),
                    new NavLink($"{a}/units", "กอง/สำนัก"),
                    new NavLink($"{a}/audit", "ประวัติการแก้ไข")),
                _ => [],
            };
            if (settings.Count > 0)
            {
                groups.Add(new NavGroup("ตั้งค่า", settings));
            }
        }

        if (caller.SeesAllAgencies())
        {
            groups.Add(new NavGroup("ทุกหน่วยงาน", Links(
                new NavLink("/oversight", "ติดตามทุกหน่วยงาน"),
                new NavLink("/agencies", "หน่วยงานทั้งหมด"),
                caller.CanManageInstallation() ? new NavLink("/scores/import", "นำเข้าผลคะแนน") : null)));
        }

        return groups;
    }

    /// <summary>The link that is the current page: the longest whose path the request's path starts with.</summary>
    public static NavLink? Current(IEnumerable<NavGroup> groups, string path) => groups.SelectMany(g => g.Links)
        .Where(l => path.Equals(l.Href, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(l.Href + "/", StringComparison.OrdinalIgnoreCase))
        .MaxBy(l => l.Href.Length);

    static List<NavLink> Links(params NavLink?[] links) => [.. links.OfType<NavLink>()];
}
