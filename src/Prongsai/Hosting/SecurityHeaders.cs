namespace Prongsai.Hosting;

/// <summary>The headers every response carries: what the browser may load, frame and send elsewhere.</summary>
public static class SecurityHeaders
{
    // Scripts only from our own files (Assets/thai-date.js). Styles allow 'unsafe-inline' because the pages use
    // style attributes and the published report is one self-contained page with its CSS and fonts inline.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        // The executive's review page frames the submitted document from this same origin.
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    });
}
