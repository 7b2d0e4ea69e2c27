using System.Globalization;
using Prongsai.Thai;

namespace Prongsai.Shared;

/// <summary>
/// The fiscal year chosen on one page is the year of the next: a GET with ?year= remembers it in a cookie, and a
/// per-year page opened without ?year= gets the remembered one, so the dashboard, the measures and sign-off agree.
/// </summary>
public static class YearMemory
{
    public const string CookieName = "prongsai.year";

    static readonly string[] PerYearPages = ["/measures", "/dashboard", "/signoff", "/analysis", "/rollover"];

    public static IApplicationBuilder UseYearMemory(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !IsPerYearPage(request.Path))
        {
            return next(context);
        }

        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (request.Query.TryGetValue("year", out var asked))
        {
            if (int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && FiscalYear.IsSupported(year, today))
            {
                context.Response.Cookies.Append(CookieName, year.ToString(CultureInfo.InvariantCulture), new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = request.IsHttps,
                    IsEssential = true,
                });
            }
        }
        else if (request.Cookies.TryGetValue(CookieName, out var remembered)
            && int.TryParse(remembered, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && FiscalYear.IsSupported(year, today))
        {
            // A stale or forged cookie is ignored rather than turned into the 400 an out-of-range ?year= gets.
            request.QueryString = request.QueryString.Add("year", year.ToString(CultureInfo.InvariantCulture));
        }

        return next(context);
    });

    static bool IsPerYearPage(PathString path) =>
        path.StartsWithSegments("/a", out var rest) && rest.Value is { } tail
        && tail.IndexOf('/', 1) is var slash and > 0
        && PerYearPages.Contains(tail[slash..], StringComparer.OrdinalIgnoreCase);
}
