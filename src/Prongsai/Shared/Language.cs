using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Prongsai.Shared;

/// <summary>
/// One language at a time: Thai unless the visitor chose English (the standard culture cookie) or, having chosen
/// nothing, their browser asks for English first. Only the UI language changes: numbers and dates are formatted by
/// the pages themselves (Ui), and official outputs — reports, public pages — are Thai whatever is chosen.
/// </summary>
public static class Language
{
    public static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static void AddProngsaiLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // The formatting culture stays invariant: th-TH would switch DateTime.ToString to the Buddhist calendar
            // under every input value, CSV and log line.
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Thai);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [Thai, English];
            options.RequestCultureProviders =
            [
                // The public pages (/p/…) publish the official documents: Thai around them too, whatever the reader chose.
                new CustomRequestCultureProvider(context => Task.FromResult<ProviderCultureResult?>(
                    context.Request.Path.StartsWithSegments("/p") ? new ProviderCultureResult(Thai.Name, Thai.Name) : null)),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    /// <summary>The header's switch: a form post that sets the culture cookie and goes back to the page it came from.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapPost("/language", ([FromForm] string? lang, [FromForm] string? returnUrl, HttpContext context) =>
        {
            var culture = lang == "en" ? English : Thai;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
            return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();

    // Only a path on this site: "//evil.example" and "/\evil.example" are other sites to a browser.
    static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= 2000 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
