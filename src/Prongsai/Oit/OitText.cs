using Prongsai.Data;
using Prongsai.Shared;

namespace Prongsai.Oit;

/// <summary>The workbook's words in the page's one language.</summary>
public static class OitText
{
    public static string Status(OitStatus status) => Ui.English ? OitWorkbook.StatusEnglish(status) : OitWorkbook.StatusThai(status);
}
