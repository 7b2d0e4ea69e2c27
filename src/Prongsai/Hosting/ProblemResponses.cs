using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace Prongsai.Hosting;

/// <summary>
/// Errors for programs as application/problem+json (RFC 9457): every answer under /api/, and any client that asks for
/// JSON and not for HTML. People in browsers keep the HTML pages (/status/{code}, /error).
/// </summary>
public static class ProblemResponses
{
    public static bool WantsJson(HttpRequest request) => WantsJson(request, request.Path);

    /// <summary><paramref name="path"/>: the path asked for, which the exception handler has already replaced by /error.</summary>
    public static bool WantsJson(HttpRequest request, PathString path)
    {
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => IsType(a, "application/json") || IsType(a, "application/problem+json")) && !accept.Any(a => IsType(a, "text/html"));
    }

    static bool IsType(MediaTypeHeaderValue value, string type) => value.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the problem with the status's Thai and English title; headers already set (Retry-After) stay.</summary>
    public static Task WriteAsync(HttpContext context, int status, string? detail = null) =>
        TypedResults.Problem(detail, statusCode: status, title: StatusTexts.Title(status)).ExecuteAsync(context);

    /// <summary>
    /// The error handling of every request: exceptions and bodiless error statuses (the API's bare 401, 403, 404, 409)
    /// become problem details for JSON clients and the status pages for everyone else.
    /// </summary>
    public static void UseErrorResponses(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                // Log the API's errors as the pages' are logged, although ApiExceptionHandler answers them.
                SuppressDiagnosticsCallback = _ => false,
            });
        }

        // The pages' handler wraps the JSON one, which answers first; a response with a body is left alone. (In a UseWhen
        // branch of its own it would lose the application's routes, which re-executing /status/{code} needs.)
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseWhen(context => WantsJson(context.Request), json => json.UseStatusCodePages(status =>
        {
            var code = status.HttpContext.Response.StatusCode;
            return WriteAsync(status.HttpContext, code, code == StatusCodes.Status401Unauthorized ? BearerHelp : null);
        }));
    }

    const string BearerHelp =
        "ส่งโทเค็นในส่วนหัว Authorization: Bearer TOKEN สร้างโทเค็นด้วยคำสั่ง prongsai token create " +
        "(send the token as Authorization: Bearer TOKEN; create one with prongsai token create)";
}
