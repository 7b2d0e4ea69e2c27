using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>
/// Resolves the agency of an <c>/a/{slug}/…</c> page or <c>/api/v1/agencies/{slug}/…</c> endpoint once, before any
/// handler runs: an agency the caller may not see is a 404 (as if it did not exist), one they may see is put in
/// <see cref="CurrentAgency"/>, which scopes every agency-owned query of the request.
/// </summary>
public sealed class AgencyScopeFilter : IAsyncPageFilter, IEndpointFilter
{
    /// <summary>Pages whose route starts with this are agency pages; their agency is resolved here.</summary>
    public const string PagePrefix = "a/{slug}";

    public static bool IsAgencyRoute(string? template) =>
        template is not null && (template.TrimStart('/').StartsWith(PagePrefix, StringComparison.Ordinal)
            || template.TrimStart('/').StartsWith("api/v1/agencies/{slug}", StringComparison.Ordinal));

    public static async Task<Agency?> ResolveAsync(HttpContext http, string? slug)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > 64)
        {
            return null;
        }

        var db = http.RequestServices.GetRequiredService<ProngsaiDb>();
        // The agency row itself is not agency-owned; its units are, and nothing is in scope yet.
        var agency = await db.Agencies.IgnoreQueryFilters().VisibleTo(Caller.From(http.User))
            .Include(a => a.Units.OrderBy(u => u.Name)).FirstOrDefaultAsync(a => a.Slug == slug, http.RequestAborted);
        if (agency is not null)
        {
            http.RequestServices.GetRequiredService<CurrentAgency>().Enter(agency);
        }

        return agency;
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!IsAgencyRoute(context.ActionDescriptor.AttributeRouteInfo?.Template))
        {
            await next();
            return;
        }

        if (await ResolveAsync(context.HttpContext, context.RouteData.Values["slug"] as string) is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (UnsupportedYear(context.HttpContext) is { } refused)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }

        await next();
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (await ResolveAsync(context.HttpContext, context.HttpContext.GetRouteValue("slug") as string) is null)
        {
            return TypedResults.NotFound();
        }

        return UnsupportedYear(context.HttpContext) is { } refused
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refused.Field] = [refused.Message] })
            : await next(context);
    }

    public sealed record YearRefusal(string Field, string Message);

    /// <summary>Marks the endpoints of a group whose agency this filter resolves (the scope test looks for it).</summary>
    public sealed record Scoped;

    /// <summary>
    /// A year in the query string or form (year, fiscalYear, fromYear) outside the supported window is refused before
    /// any handler sees it, so no page computes dates for year 99999.
    /// </summary>
    static YearRefusal? UnsupportedYear(HttpContext http)
    {
        var today = DateOnly.FromDateTime(http.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var form = FormIfRead(http);
        foreach (var field in YearFields)
        {
            var value = http.Request.Query[field].ToString() is { Length: > 0 } query ? query : form?[field].ToString();
            if (value is { Length: > 0 } && (!int.TryParse(Thai.ThaiDigits.ToArabic(value), out var year) || !Thai.FiscalYear.IsSupported(year, today)))
            {
                return new(field, $"ปีงบประมาณต้องอยู่ระหว่าง {Thai.ThaiDigits.ToThai(Thai.FiscalYear.SupportedRange(today))} (the fiscal year must be {Thai.FiscalYear.SupportedRange(today)}; got '{value[..Math.Min(value.Length, 20)]}')");
            }
        }

        return null;
    }

    static readonly string[] YearFields = ["year", "fiscalYear", "fromYear"];

    /// <summary>The form model binding already read, if any: a cut or malformed body is the handler's to refuse.</summary>
    static IFormCollection? FormIfRead(HttpContext http)
    {
        if (!http.Request.HasFormContentType || http.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>() is not { Form: { } form })
        {
            return null;
        }

        return form;
    }
}

public static class AgencyScopeGroups
{
    /// <summary>Every endpoint of the group gets its agency resolved (or a 404) before its handler runs.</summary>
    public static RouteGroupBuilder RequireAgencyScope(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<AgencyScopeFilter>().WithMetadata(new AgencyScopeFilter.Scoped());
}
