using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Prongsai.Shared;

/// <summary>
/// The success banner after an action. Post/Redirect/Get with a query flag (?done=saved&amp;n=3) rather than TempData:
/// no cookie or session state, the banner survives a multi-instance set-up, and only the texts below can show.
/// </summary>
public static class Banner
{
    static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["saved"] = "บันทึกแล้ว",
        ["deleted"] = "ลบมาตรการแล้ว",
        ["imported"] = "นำเข้า {0} มาตรการแล้ว",
        ["submitted"] = "เสนอผู้บริหารแล้ว",
        ["approved"] = "อนุมัติและเผยแพร่แล้ว",
        ["returned"] = "ส่งกลับแก้ไขแล้ว",
        ["rolledover"] = "เริ่มปีงบประมาณใหม่แล้ว: คัดลอก {0} มาตรการ",
        ["progress"] = "บันทึกความก้าวหน้าแล้ว",
        ["added"] = "เพิ่มแล้ว",
        ["renamed"] = "เปลี่ยนชื่อแล้ว",
        ["removed"] = "ลบแล้ว",
        ["language"] = "เปลี่ยนภาษาแล้ว",
        ["revoked"] = "เพิกถอนโทเค็นแล้ว",
    };

    /// <summary>The URL with the flag added: <c>Banner.After("/a/x/measures", "saved")</c>.</summary>
    public static string After(string url, string done, int? count = null)
    {
        var flag = $"done={done}" + (count is { } n ? $"&n={n.ToString(CultureInfo.InvariantCulture)}" : "");
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + flag;
    }

    public static string? For(IQueryCollection query, IStringLocalizer text)
    {
        // ?saved=true is the older flag of the measure, progress and score forms.
        var done = query["saved"] == "true" ? "saved" : query["done"].ToString();
        if (done.Length == 0 || !Texts.TryGetValue(done, out var thai))
        {
            return null;
        }

        var count = int.TryParse(query["n"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000 ? n : 0;
        return text[thai, Ui.Num(count)];
    }
}
