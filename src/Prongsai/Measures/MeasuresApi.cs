using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Measures;

/// <summary>Measures over the API. Another agency's measure is a 404, a measure one may see but not change a 403.</summary>
public static class MeasuresApi
{
    public sealed record RolloverRequest(int FromYear);

    public sealed record RolloverResult(int FiscalYear, int Copied);

    public static void MapMeasuresApi(this RouteGroupBuilder agency)
    {
        var measures = agency.MapGroup("/measures").WithTags("Measures");
        measures.MapGet("/", List);
        measures.MapGet("/{id:guid}", Get);
        measures.MapPost("/", Create);
        measures.MapPut("/{id:guid}", Update);
        measures.MapDelete("/{id:guid}", Delete);
        agency.MapPost("/rollover", RollOver).WithTags("Measures");
    }

    static async Task<Results<JsonHttpResult<JsonObject>, ValidationProblem>> List(int? fiscalYear, ProngsaiDb db, CurrentAgency current, TimeProvider clock)
    {
        var agency = current.Agency;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (fiscalYear is { } asked && !FiscalYear.IsSupported(asked, today))
        {
            return YearRefused(today);
        }

        var year = fiscalYear ?? await db.Measures.MaxAsync(m => (int?)m.FiscalYear) ?? FiscalYear.Of(today).BuddhistYear;
        var rows = await db.Measures.AsNoTracking().Where(m => m.FiscalYear == year).OrderBy(m => m.Position).ToListAsync();
        var document = new MeasuresDocument
        {
            Agency = new AgencyName(agency.Name, agency.ShortName),
            FiscalYear = year,
            Kind = DocumentKind.Progress,
            Measures = [.. rows.Select(r => r.ToDocument())],
        };
        var json = JsonSerializer.SerializeToNode(document, InterchangeJson.Options)!.AsObject();
        var measures = json["measures"]!.AsArray();
        for (var i = 0; i < rows.Count; i++)
        {
            // Extra fields beside the interchange ones, so that clients can update what they read.
            measures[i]!["id"] = rows[i].Id.ToString();
            measures[i]!["version"] = rows[i].Version;
        }

        return TypedResults.Json(json, InterchangeJson.Options);
    }

    static async Task<Results<JsonHttpResult<JsonObject>, NotFound>> Get(Guid id, ProngsaiDb db)
    {
        var row = await db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
        return row is null ? TypedResults.NotFound() : TypedResults.Json(Resource(row), InterchangeJson.Options);
    }

    static async Task<Results<Created<JsonObject>, ForbidHttpResult, ValidationProblem>> Create(
        int fiscalYear, HttpRequest request, ProngsaiDb db, CurrentAgency current, TimeProvider clock, HttpContext http)
    {
        var (measure, problem) = await ReadMeasureAsync(request);
        if (measure is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem!.Value.Path] = [problem.Value.Problem] });
        }

        if (!Caller.From(http.User).CanCreateMeasure(current.Agency.Id, measure))
        {
            return TypedResults.Forbid();
        }

        var created = await MeasureWrites.CreateAsync(db, current.Agency, fiscalYear, measure, clock, http.RequestAborted);
        return created.Succeeded
            ? TypedResults.Created($"/api/v1/agencies/{current.Agency.Slug}/measures/{created.Value!.Id}", Resource(created.Value))
            : TypedResults.ValidationProblem(created.Errors.ToDictionary());
    }

    /// <summary>PUT with "If-Match: VERSION": a stale version is a 409, so nobody's save is silently lost.</summary>
    static async Task<Results<Ok<JsonObject>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<JsonObject>>> Update(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, HttpRequest request, ProngsaiDb db, TimeProvider clock, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var row = await db.Measures.FirstOrDefaultAsync(m => m.Id == id);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.CanEditMeasure(row))
        {
            return TypedResults.Forbid();
        }

        var (measure, problem) = await ReadMeasureAsync(request);
        var errors = measure is null ? new Dictionary<string, string[]> { [problem!.Value.Path] = [problem.Value.Problem] } : [];
        if (!int.TryParse(ifMatch?.Trim('"', ' '), out var version))
        {
            errors["If-Match"] = ["send the version you read as If-Match"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // An editor may not hand their own measure over to other units only.
        if (!caller.CanEditMeasure(row, measure!))
        {
            return TypedResults.Forbid();
        }

        var saved = await MeasureWrites.UpdateAsync(db, row, measure!, version, clock, http.RequestAborted);
        if (saved.Conflict)
        {
            var current = await db.Measures.AsNoTracking().FirstAsync(m => m.Id == id);
            return TypedResults.Conflict(Resource(current));
        }

        return saved.Succeeded ? TypedResults.Ok(Resource(row)) : TypedResults.ValidationProblem(saved.Errors.ToDictionary());
    }

    static async Task<Results<NoContent, NotFound, ForbidHttpResult>> Delete(Guid id, ProngsaiDb db, HttpContext http)
    {
        var row = await db.Measures.FirstOrDefaultAsync(m => m.Id == id);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (!Caller.From(http.User).CanEditMeasure(row))
        {
            return TypedResults.Forbid();
        }

        db.Measures.Remove(row);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<RolloverResult>, ForbidHttpResult, ProblemHttpResult>> RollOver(
        RolloverRequest body, ProngsaiDb db, CurrentAgency current, TimeProvider clock, HttpContext http)
    {
        if (!Caller.From(http.User).CanManageAgency(current.Agency.Id))
        {
            return TypedResults.Forbid();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var outcome = await YearRollover.StartNextYearAsync(db, current.Agency, body.FromYear, today, http.RequestAborted);
        return outcome.Error is null
            ? TypedResults.Ok(new RolloverResult(body.FromYear + 1, outcome.Copied))
            : TypedResults.Problem(outcome.Error, statusCode: FiscalYear.IsSupported(body.FromYear, today) && FiscalYear.IsSupported(body.FromYear + 1, today)
                ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    static ValidationProblem YearRefused(DateOnly today) => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["fiscalYear"] = [$"ปีงบประมาณต้องอยู่ระหว่าง {ThaiDigits.ToThai(FiscalYear.SupportedRange(today))} (a fiscal year {FiscalYear.SupportedRange(today)})"],
    });

    static async Task<(Measure? Measure, (string Path, string Problem)? Problem)> ReadMeasureAsync(HttpRequest request)
    {
        try
        {
            var measure = await JsonSerializer.DeserializeAsync<Measure>(request.Body, InterchangeJson.Options);
            if (measure is null)
            {
                return (null, ("body", "not a measure in the interchange shape"));
            }

            return InterchangeValidation.FirstProblem(measure) is { } problem ? (null, problem) : (measure, null);
        }
        catch (JsonException e)
        {
            return (null, ("body", $"not a measure in the interchange shape ({e.Path}: {e.Message})"));
        }
    }

    internal static JsonObject Resource(AgencyMeasure row)
    {
        var json = JsonSerializer.SerializeToNode(row.ToDocument(), InterchangeJson.Options)!.AsObject();
        json["id"] = row.Id.ToString();
        json["version"] = row.Version;
        json["fiscalYear"] = row.FiscalYear;
        return json;
    }
}
