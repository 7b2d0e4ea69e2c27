using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>What every OIT page and endpoint needs: the agency in scope, the year asked for, the site's address.</summary>
public static class OitAccess
{
    /// <summary>The agency the /a/{slug} or API agency group resolved (a 404 before the handler otherwise).</summary>
    public static Agency? AgencyOf(HttpContext http) =>
        http.RequestServices.GetRequiredService<CurrentAgency>() is { HasAgency: true } current ? current.Agency : null;

    /// <summary>The year asked for when it is a plausible assessment year, else the one running today.</summary>
    public static int YearOr(int? year, TimeProvider clock) => year is { } y && OitWorkbook.IsYear(y) ? y : OitWorkbook.CurrentYear(clock);

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
