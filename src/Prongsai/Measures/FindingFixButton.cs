using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Prongsai.Checks;

namespace Prongsai.Measures;

/// <summary>
/// The obvious fix a check offers (another agency's name → the agency's own) as a button that replaces the text in
/// its field of the edit form (Assets/finding-fix.js); the person then saves as usual. Without JavaScript the button
/// does nothing and the finding stays.
/// </summary>
public static class FindingFixButton
{
    public static IHtmlContent For(Finding finding)
    {
        if (finding.Fix is not { } fix)
        {
            return HtmlString.Empty;
        }

        var html = HtmlEncoder.Default;
        return new HtmlString(
            $"<button type=\"button\" class=\"fix\" data-fix-field=\"{html.Encode(finding.Field ?? "")}\" data-fix-item=\"{finding.Item}\""
            + $" data-fix-find=\"{html.Encode(fix.Find)}\" data-fix-replace=\"{html.Encode(fix.Replace)}\">"
            + $"แทนด้วย “{html.Encode(fix.Replace)}” <small>Replace with “{html.Encode(fix.Replace)}”</small></button>");
    }
}
