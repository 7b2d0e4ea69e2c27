using Microsoft.AspNetCore.Diagnostics;

namespace Prongsai.Hosting;

/// <summary>An exception while answering a JSON client: a 503 to retry when the database is down, else a 500; never a stack trace.</summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var asked = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original) : httpContext.Request.Path;
        if (!ProblemResponses.WantsJson(httpContext.Request, asked))
        {
            return false;
        }

        if (exception is BadHttpRequestException bad)
        {
            // A body too large or malformed is the client's: its own status (413, 400), not a fault of ours.
            await ProblemResponses.WriteAsync(httpContext, bad.StatusCode);
        }
        else if (DatabaseFailures.IsUnavailable(exception))
        {
            httpContext.Response.Headers.RetryAfter = DatabaseFailures.RetryAfterSeconds;
            await ProblemResponses.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable,
                "ไม่มีการบันทึกข้อมูลที่ไม่สมบูรณ์ กรุณาลองใหม่อีกครั้งในอีกสักครู่ (Nothing was half-saved; please try again in a few seconds.)");
        }
        else
        {
            await ProblemResponses.WriteAsync(httpContext, StatusCodes.Status500InternalServerError,
                "ไม่มีการบันทึกข้อมูลที่ไม่สมบูรณ์ (Nothing was half-saved; please try again.)");
        }

        return true;
    }
}
