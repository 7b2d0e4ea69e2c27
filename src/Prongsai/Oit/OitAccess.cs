using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>The one lookup every OIT page and endpoint makes: the agency if the caller may see it, and the year asked for.</summary>
public static class OitAccess
{
    public static Task<Agency?> AgencyAsync(ProngsaiDb db, string slug, Caller caller, CancellationToken cancellationToken = default) =>
        db.FindVisibleAsync(slug, caller, cancellationToken);

    /// <summary>The year asked for when it is a plausible assessment year, else the one running today.</summary>
    public static int YearOr(int? year, TimeProvider clock) => year is { } y && OitWorkbook.IsYear(y) ? y : OitWorkbook.CurrentYear(clock);

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
