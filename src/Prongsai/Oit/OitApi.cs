using Microsoft.AspNetCore.Http.HttpResults;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>The workbook over /api/v1: the same reads and writes as the pages, with the same rules.</summary>
public static class OitApi
{
    public sealed record CriterionResource(string Text, bool Met);

    public sealed record LinkCheckResource(string Url, bool Ok, int? StatusCode, string? Problem, DateTime CheckedAt);

    public sealed record ItemResource(string Code, string Name, OitRole? Role, int Covers, int FiscalYear, OitStatus Status, string? Unit, DateOnly? DueOn,
        IReadOnlyList<string> Urls, IReadOnlyList<string> OwnUrls, IReadOnlyList<CriterionResource> Criteria, bool Reviewed, bool Ready,
        IReadOnlyList<string> Problems, IReadOnlyList<LinkCheckResource> LinkChecks, bool Provisional, int Version);

    public sealed record WorkbookResource(int Year, string Regime, int Ready, int BrokenLinks, IReadOnlyList<ItemResource> Items);

    public sealed record ItemUpdate(OitStatus Status, List<string>? Urls, List<string>? CriteriaMet, string? Unit, DateOnly? DueOn, int? Version);

    public sealed record RolloverRequest(int FromYear);

    public static void MapOitApi(this RouteGroupBuilder agency)
    {
        var oit = agency.MapGroup("/oit").WithTags("OIT");
        oit.MapGet("/", GetAsync);
        oit.MapPut("/{code}", UpdateAsync);
        oit.MapPost("/{code}/review", ReviewAsync);
        oit.MapPost("/{code}/check", CheckAsync);
        oit.MapPost("/{code}/evidence", PublishAsync).DisableAntiforgery();
        oit.MapPost("/rollover", RolloverAsync);
    }

    static ItemResource Resource(WorkbookItem i) => new(
        i.Item.Code, i.Item.Name, i.Item.Role, i.Item.Covers, i.CoversYear, i.Status, i.Entry?.UnitName, i.Entry?.DueOn,
        i.SubmitUrls, i.Entry?.Urls ?? [], [.. i.Item.Criteria.Select(c => new CriterionResource(c, i.IsMet(c)))], i.Reviewed, i.Ready,
        i.Problems, [.. i.Checks.Select(c => new LinkCheckResource(c.Url, c.Ok, c.StatusCode, c.Problem, c.CheckedAt))], i.Item.Provisional, i.Entry?.Version ?? 0);

    static async Task<(Agency? Agency, Workbook? Workbook)> LoadAsync(string slug, int? year, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock)
    {
        var agency = OitAccess.AgencyOf(http);
        return agency is null
            ? (null, null)
            : (agency, await OitWorkbook.LoadAsync(db, catalog, agency, OitAccess.YearOr(year, clock), OitAccess.BaseUrl(http.Request), cancellationToken: http.RequestAborted));
    }

    static async Task<Results<Ok<WorkbookResource>, NotFound>> GetAsync(string slug, int? year, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock)
    {
        var (_, workbook) = await LoadAsync(slug, year, http, db, catalog, clock);
        return workbook is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new WorkbookResource(OitAccess.YearOr(year, clock), workbook.Framework.Regime, workbook.ReadyCount, workbook.BrokenLinkCount, [.. workbook.Items.Select(Resource)]));
    }

    static async Task<Results<Ok<ItemResource>, NotFound, ForbidHttpResult, Conflict<string>, ValidationProblem>> UpdateAsync(
        string slug, string code, int? year, ItemUpdate body, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock, OitWrites writes)
    {
        var (agency, workbook) = await LoadAsync(slug, year, http, db, catalog, clock);
        if (agency is null || workbook?.Item(code) is not { } item)
        {
            return TypedResults.NotFound();
        }

        var outcome = await writes.SaveAsync(Caller.From(http.User), agency, OitAccess.YearOr(year, clock), item.Item,
            new OitWrites.ItemInput(body.Status, body.Urls ?? [], body.CriteriaMet ?? [], body.Unit, body.DueOn, body.Version), http.RequestAborted);
        return await ResultAsync(outcome, slug, code, year, http, db, catalog, clock);
    }

    static async Task<Results<Ok<ItemResource>, NotFound, ForbidHttpResult, Conflict<string>, ValidationProblem>> ReviewAsync(
        string slug, string code, int? year, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock, OitWrites writes)
    {
        var (agency, workbook) = await LoadAsync(slug, year, http, db, catalog, clock);
        if (agency is null || workbook?.Item(code) is not { } item)
        {
            return TypedResults.NotFound();
        }

        var outcome = await writes.ReviewAsync(Caller.From(http.User), agency, OitAccess.YearOr(year, clock), item.Item, http.RequestAborted);
        return await ResultAsync(outcome, slug, code, year, http, db, catalog, clock);
    }

    static async Task<Results<Ok<List<LinkCheckResource>>, NotFound, ForbidHttpResult>> CheckAsync(
        string slug, string code, int? year, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock, LinkChecker checker)
    {
        var (agency, workbook) = await LoadAsync(slug, year, http, db, catalog, clock);
        if (agency is null || workbook?.Item(code) is not { } item)
        {
            return TypedResults.NotFound();
        }

        if (!OitWrites.CanWork(Caller.From(http.User), agency, item.Entry))
        {
            return TypedResults.Forbid();
        }

        var checks = item.Entry is null ? [] : await LinkChecks.RunAsync(db, checker, item.Entry, clock, http.RequestAborted);
        return TypedResults.Ok(checks.Select(c => new LinkCheckResource(c.Url, c.Ok, c.StatusCode, c.Problem, c.CheckedAt)).ToList());
    }

    static async Task<Results<Ok<ItemResource>, NotFound, ForbidHttpResult, Conflict<string>, ValidationProblem>> PublishAsync(
        string slug, string code, int? year, IFormFile? file, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock, OitWrites writes)
    {
        var (agency, workbook) = await LoadAsync(slug, year, http, db, catalog, clock);
        if (agency is null || workbook?.Item(code) is not { } item)
        {
            return TypedResults.NotFound();
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        var (_, error, forbidden, _) = await writes.PublishAsync(Caller.From(http.User), agency, OitAccess.YearOr(year, clock), item.Item,
            file, form?["title"], form?["body"], http.RequestAborted);
        return await ResultAsync(new OitWrites.Outcome(null, error, forbidden), slug, code, year, http, db, catalog, clock);
    }

    static async Task<Results<Ok<OitRollover.Result>, NotFound, ForbidHttpResult>> RolloverAsync(
        string slug, RolloverRequest body, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog)
    {
        var caller = Caller.From(http.User);
        var agency = OitAccess.AgencyOf(http);
        if (agency is null || !OitWorkbook.IsYear(body.FromYear))
        {
            return TypedResults.NotFound();
        }

        return OitWrites.CanManage(caller, agency)
            ? TypedResults.Ok(await OitRollover.RunAsync(db, catalog, agency, body.FromYear, http.RequestAborted))
            : TypedResults.Forbid();
    }

    static async Task<Results<Ok<ItemResource>, NotFound, ForbidHttpResult, Conflict<string>, ValidationProblem>> ResultAsync(
        OitWrites.Outcome outcome, string slug, string code, int? year, HttpContext http, ProngsaiDb db, FrameworkCatalog catalog, TimeProvider clock)
    {
        if (outcome.Forbidden)
        {
            return TypedResults.Forbid();
        }

        if (outcome.Conflict)
        {
            return TypedResults.Conflict(outcome.Error ?? "");
        }

        if (outcome.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["item"] = [error] });
        }

        db.ChangeTracker.Clear();
        var (_, workbook) = await LoadAsync(slug, year, http, db, catalog, clock);
        return TypedResults.Ok(Resource(workbook!.Item(code)!));
    }
}
