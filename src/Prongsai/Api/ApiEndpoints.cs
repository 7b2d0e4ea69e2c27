using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Import;
using Prongsai.Measures;
using Prongsai.Progress;
using Prongsai.Publishing;

namespace Prongsai.Api;

/// <summary>
/// /api/v1: bearer tokens only, the same rules as the pages. Each feature maps its own endpoints
/// (Agencies/AgenciesApi.cs, Measures/MeasuresApi.cs, Progress/ProgressApi.cs, Publishing/SignOffApi.cs, Import/ImportApi.cs) on the
/// agency group, whose filter resolves the agency once: another agency's is a 404.
/// </summary>
public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(BearerTokenHandler.PolicyName).DisableAntiforgery();
        var agencies = api.MapGroup("/agencies").WithTags("Agencies");
        agencies.MapAgenciesApi();

        var agency = agencies.MapGroup("/{slug}").RequireAgencyScope();
        agency.MapGet("/", AgenciesApi.GetAgency).WithTags("Agencies");
        agency.MapMeasuresApi();
        agency.MapProgressApi();
        agency.MapSignOffApi();
        agency.MapImportApi();
        Prongsai.Oit.OitApi.MapOitApi(agency);
    }
}
