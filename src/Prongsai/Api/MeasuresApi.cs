using System.Text.Json;
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

/// <summary>Measures over the API. Another agency's measure is a 404, a measure one may see but not change a 403.</summary>
static class MeasuresApi
{
    public static async Task<Results<JsonHttpResult<JsonObject>, NotFound>> List(string slug, int? fiscalYear, ProngsaiDb db, HttpContext http)
    {
        var agency = await db.FindVisibleAsync(slug, Caller.From(http.User));
        if (agency is null)
        {
            return TypedResults.NotFound();
        }

        var year = fiscalYear ?? await db.Measures.Where(m => m.AgencyId == agency.Id).MaxAsync(m => (int?)m.FiscalYear) ?? DemoSeed.FiscalYear;
        var rows = await db.Measures.AsNoTracking().Where(m => m.AgencyId == agency.Id && m.FiscalYear == year)
            .OrderBy(m => m.Position).ToListAsync();
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

    public static async Task<Results<JsonHttpResult<JsonObject>, NotFound>> Get(string slug, Guid id, ProngsaiDb db, HttpContext http)
    {
        var row = await db.FindVisibleMeasureAsync(slug, id, Caller.From(http.User));
        return row is null ? TypedResults.NotFound() : TypedResults.Json(Resource(row), InterchangeJson.Options);
    }

    public static async Task<Results<Created<JsonObject>, NotFound, ForbidHttpResult, ValidationProblem>> Create(
        string slug, int fiscalYear, HttpRequest request, ProngsaiDb db, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var agency = await db.FindVisibleAsync(slug, caller);
        if (agency is null)
        {
            return TypedResults.NotFound();
        }

        var measure = await ReadMeasureAsync(request);
        if (measure is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["not a measure in the interchange shape"] });
        }

        if (!caller.CanWriteMeasures(agency.Id) || (caller.Role == Roles.Editor && !measure.ResponsibleUnits.Any(caller.IsOwnUnit)))
        {
            return TypedResults.Forbid();
        }

        var errors = MeasureWrites.Validate(measure);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var row = await MeasureWrites.CreateAsync(db, agency, fiscalYear, measure);
        return TypedResults.Created($"/api/v1/agencies/{slug}/measures/{row.Id}", Resource(row));
    }

    /// <summary>PUT with "If-Match: VERSION": a stale version is a 409, so nobody's save is silently lost.</summary>
    public static async Task<Results<Ok<JsonObject>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<JsonObject>>> Update(
        string slug, Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, HttpRequest request, ProngsaiDb db, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var row = await db.FindVisibleMeasureAsync(slug, id, caller, tracked: true);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.CanEdit(row))
        {
            return TypedResults.Forbid();
        }

        var measure = await ReadMeasureAsync(request);
        var errors = measure is null ? new() { ["body"] = ["not a measure in the interchange shape"] } : MeasureWrites.Validate(measure);
        if (!int.TryParse(ifMatch?.Trim('"', ' '), out var version))
        {
            errors["If-Match"] = ["send the version you read as If-Match"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await MeasureWrites.UpdateAsync(db, row, measure!, version))
        {
            var current = await db.Measures.AsNoTracking().FirstAsync(m => m.Id == id);
            return TypedResults.Conflict(Resource(current));
        }

        return TypedResults.Ok(Resource(row));
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> Delete(string slug, Guid id, ProngsaiDb db, HttpContext http)
    {
        var caller = Caller.From(http.User);
        var row = await db.FindVisibleMeasureAsync(slug, id, caller, tracked: true);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.CanEdit(row))
        {
            return TypedResults.Forbid();
        }

        db.Measures.Remove(row);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }


    static async Task<Measure?> ReadMeasureAsync(HttpRequest request)
    {
        try
        {
            var measure = await JsonSerializer.DeserializeAsync<Measure>(request.Body, InterchangeJson.Options);
            return measure is null || InterchangeValidation.FirstProblem(measure) is not null ? null : measure;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static JsonObject Resource(AgencyMeasure row)
    {
        var json = JsonSerializer.SerializeToNode(row.ToDocument(), InterchangeJson.Options)!.AsObject();
        json["id"] = row.Id.ToString();
        json["version"] = row.Version;
        json["fiscalYear"] = row.FiscalYear;
        return json;
    }
}
