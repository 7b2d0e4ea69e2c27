namespace Prongsai.Hosting;

/// <summary>The headers every response carries: what the browser may load, frame and send elsewhere.</summary>
public static class SecurityHeaders
{
    // Scripts and styles only from our own files (Assets/): the application's pages carry no inline style at all.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self' data:; " +
        "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    // The official report is one self-contained page with its CSS and fonts inline, so that a saved copy, the PDF
    // and the published version are the same file: the public pages and the submitted document keep inline styles.
    public const string ReportContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = IsReport(context.Request.Path) ? ReportContentSecurityPolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        // The executive's review page frames the submitted document from this same origin.
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    });

    /// <summary>/p/… (public pages and reports) and /a/{slug}/signoff/{id}/document (the submitted document).</summary>
    public static bool IsReport(PathString path) =>
        path.StartsWithSegments("/p")
        || (path.StartsWithSegments("/a") && path.Value!.Contains("/signoff/", StringComparison.Ordinal)
            && path.Value.EndsWith("/document", StringComparison.Ordinal));
}
