using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>Agencies over the API: the ones the caller may see; system administrators add them.</summary>
public static class AgenciesApi
{
    public sealed record AgencyResource(string Slug, string Name, string? ShortName, string Type, IReadOnlyList<string> Units)
    {
        public string? Province { get; init; }
    }

    public sealed record NewAgency(string Slug, string Name, string? ShortName, string Type, List<string>? Units, string? Province = null);

    public static void MapAgenciesApi(this RouteGroupBuilder agencies)
    {
        agencies.MapGet("/", ListAgencies);
        agencies.MapPost("/", CreateAgency);
    }

    static AgencyResource ToResource(Agency agency) =>
        new(agency.Slug, agency.Name, agency.ShortName, agency.Type, [.. agency.Units.Select(u => u.Name).Order()]) { Province = agency.Province };

    static async Task<Ok<List<AgencyResource>>> ListAgencies(ProngsaiDb db, HttpContext http)
    {
        // Agencies are not agency-owned; their units are, and a list of agencies has no agency in scope.
        var rows = await db.Agencies.AsNoTracking().IgnoreQueryFilters().VisibleTo(Caller.From(http.User))
            .Include(a => a.Units).OrderBy(a => a.Slug).ToListAsync();
        return TypedResults.Ok(rows.Select(ToResource).ToList());
    }

    public static Ok<AgencyResource> GetAgency(CurrentAgency current) => TypedResults.Ok(ToResource(current.Agency));

    static async Task<Results<Created<AgencyResource>, ForbidHttpResult, ValidationProblem, Conflict>> CreateAgency(
        NewAgency request, ProngsaiDb db, CurrentAgency scope, HttpContext http)
    {
        if (!Caller.From(http.User).CanManageInstallation())
        {
            return TypedResults.Forbid();
        }

        // A new agency and its units: written outside any one agency's scope, by a system administrator.
        scope.AllowAllAgencies();

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
        return TypedResults.Created($"/api/v1/agencies/{agency.Slug}", ToResource(agency));
    }
}
