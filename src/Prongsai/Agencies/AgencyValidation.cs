using System.Text.RegularExpressions;
using Prongsai.Data;

namespace Prongsai.Agencies;

public static partial class AgencyValidation
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex SlugPattern();

    public static Dictionary<string, string[]> Validate(string? slug, string? name, string? type, string? province = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(slug) || !SlugPattern().IsMatch(slug))
        {
            errors["slug"] = ["ใช้ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และ - (lower-case letters, digits and -)"];
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors["name"] = ["ระบุชื่อหน่วยงาน (the name is required)"];
        }

        if (type is null || !AgencyTypes.All.Contains(type))
        {
            errors["type"] = ["เลือกประเภทหน่วยงาน (choose a type)"];
        }

        if (!string.IsNullOrEmpty(province) && !Provinces.All.Contains(province))
        {
            errors["province"] = ["เลือกจังหวัดจากรายการ (choose one of the 77 provinces)"];
        }

        return errors;
    }
}
