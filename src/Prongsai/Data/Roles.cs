namespace Prongsai.Data;

/// <summary>The five roles, as written on the command line and stored on the user.</summary>
public static class Roles
{
    public const string SysAdmin = "sysadmin";
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Executive = "executive";
    public const string Oversight = "oversight";

    public static readonly IReadOnlyList<string> All = [SysAdmin, Admin, Editor, Executive, Oversight];

    public static string ThaiName(string role) => role switch
    {
        SysAdmin => "ผู้ดูแลระบบ",
        Admin => "ผู้ดูแลหน่วยงาน (นักวิเคราะห์นโยบายและแผน)",
        Editor => "ผู้บันทึกข้อมูลของกอง/สำนัก",
        Executive => "ผู้บริหาร",
        Oversight => "ผู้กำกับติดตาม (อ่านอย่างเดียว)",
        _ => role,
    };

    public static string EnglishName(string role) => role switch
    {
        SysAdmin => "System administrator",
        Admin => "Agency administrator",
        Editor => "Unit editor",
        Executive => "Executive",
        Oversight => "Oversight viewer",
        _ => role,
    };

    /// <summary>Roles that belong to one agency.</summary>
    public static bool BelongsToAgency(string role) => role is Admin or Editor or Executive;
}
