using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;

namespace Prongsai.Api;

/// <summary>/api/v1: agencies and measures as JSON, bearer tokens only, the same rules as the pages.</summary>
public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(BearerTokenHandler.PolicyName).DisableAntiforgery();
        var agencies = api.MapGroup("/agencies").WithTags("Agencies");
        agencies.MapGet("/", ListAgencies);
        agencies.MapGet("/{slug}", GetAgency);
        agencies.MapPost("/", AgenciesApi.CreateAgency);

        var measures = agencies.MapGroup("/{slug}/measures").WithTags("Measures");
        measures.MapGet("/", MeasuresApi.List);
        measures.MapGet("/{id:guid}", MeasuresApi.Get);
        measures.MapPost("/", MeasuresApi.Create);
        measures.MapPut("/{id:guid}", MeasuresApi.Update);
        measures.MapDelete("/{id:guid}", MeasuresApi.Delete);

        agencies.MapProgressApi();
        Prongsai.Oit.OitApi.MapOitApi(agencies);
    }

    public sealed record AgencyResource(string Slug, string Name, string? ShortName, string Type, IReadOnlyList<string> Units)
    {
        public string? Province { get; init; }
    }

    static AgencyResource ToResource(Agency agency) =>
        new(agency.Slug, agency.Name, agency.ShortName, agency.Type, [.. agency.Units.Select(u => u.Name).Order()]) { Province = agency.Province };

    static async Task<Ok<List<AgencyResource>>> ListAgencies(ProngsaiDb db, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var rows = await db.Agencies.AsNoTracking().VisibleTo(caller).Include(a => a.Units).OrderBy(a => a.Slug).ToListAsync();
        return TypedResults.Ok(rows.Select(ToResource).ToList());
    }

    static async Task<Results<Ok<AgencyResource>, NotFound>> GetAgency(string slug, ProngsaiDb db, HttpContext http)
    {
        var agency = await db.FindVisibleAsync(slug, Caller.From(http.User));
        return agency is null ? TypedResults.NotFound() : TypedResults.Ok(ToResource(agency));
    }

    internal static AgencyResource Resource(Agency agency) => ToResource(agency);
}

static class AgenciesApi
{
    public sealed record NewAgency(string Slug, string Name, string? ShortName, string Type, List<string>? Units, string? Province = null);

    public static async Task<Results<Created<ApiEndpoints.AgencyResource>, ForbidHttpResult, ValidationProblem, Conflict>> CreateAgency(
        NewAgency request, ProngsaiDb db, HttpContext http)
    {
        if (Caller.From(http.User).Role != Roles.SysAdmin)
        {
            return TypedResults.Forbid();
        }

        var errors = AgencyValidation.Validate(request.Slug, request.Name, request.Type, request.Province);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.Agencies.AnyAsync(a => a.Slug == request.Slug))
        {
            return TypedResults.Conflict();
        }

        var agency = new Agency
        {
            Slug = request.Slug,
            Name = request.Name.Trim(),
            ShortName = request.ShortName?.Trim(),
            Type = request.Type,
            Province = request.Province,
            Units = [.. (request.Units ?? []).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct().Select(u => new AgencyUnit { Name = u })],
        };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/agencies/{agency.Slug}", ApiEndpoints.Resource(agency));
    }
}
