using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Audit;
using Prongsai.Checks;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Import;

/// <summary>
/// The import page's flow over the API, for agency administrators: upload (the preview, with each incoming measure's
/// match), confirm in a mode, undo. ?fiscalYear names the year the measures go into; without it, the document's own.
/// </summary>
public static class ImportApi
{
    /// <summary>mode: merge (default), replace or add; confirmDelete: ids of measures with progress or awaiting sign-off a replace may delete.</summary>
    public sealed record ConfirmRequest(string? Mode, IReadOnlyList<Guid>? ConfirmDelete);

    public sealed record ImportCounts(int Added, int Updated, int Deleted, Guid Batch, string Message);

    public sealed record ImportConflict(string Error, IReadOnlyList<RefusedMeasure> Measures);

    public sealed record ImportUnreadable(string File, int? Row, string? Cell, string Error);

    public static void MapImportApi(this RouteGroupBuilder agency)
    {
        var imports = agency.MapGroup("/imports").WithTags("Imports");
        imports.MapPost("/", Upload).DisableAntiforgery();
        imports.MapGet("/{id:guid}", Get);
        imports.MapPost("/{id:guid}/confirm", Confirm);
        imports.MapPost("/{id:guid}/undo", Undo);
    }

    /// <summary>multipart/form-data with one "file" (.txt .md .docx .xlsx .json, up to 10 MB): 201 with the preview.</summary>
    [RequestSizeLimit(Uploads.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxBytes + 64 * 1024)]
    static async Task<Results<Created<JsonObject>, ForbidHttpResult, ValidationProblem, UnprocessableEntity<ImportUnreadable>, ProblemHttpResult>> Upload(
        int? fiscalYear, IFormFile? file, ProngsaiDb db, CurrentAgency current, Uploads uploads, AuditActor actor, PreviewLifetime lifetime, TimeProvider clock, HttpContext http)
    {
        if (!Caller.From(http.User).CanManageAgency(current.Agency.Id))
        {
            return TypedResults.Forbid();
        }

        var previewed = await ImportWrites.PreviewAsync(db, uploads, current.Agency, file, fiscalYear, actor.Name, clock, http.RequestAborted);
        if (previewed.Refused is { } refused)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [refused] });
        }

        if (previewed.NotStored)
        {
            return TypedResults.Problem(Progress.ProgressWrites.NotStored, statusCode: StatusCodes.Status507InsufficientStorage);
        }

        if (previewed.Unreadable is { } e)
        {
            return TypedResults.UnprocessableEntity(new ImportUnreadable(Hosting.UploadedFileName.Clean(file!.FileName), e.Location.Row, e.Location.Cell, e.Reason));
        }

        var batch = previewed.Batch!;
        var comparison = await ImportComparison.LoadAsync(db, batch, http.RequestAborted);
        return TypedResults.Created($"/api/v1/agencies/{current.Agency.Slug}/imports/{batch.Id}", Resource(comparison, lifetime));
    }

    /// <summary>The preview or the import; 410 once the preview expired (or was swept), 404 when there never was one.</summary>
    static async Task<Results<Ok<JsonObject>, NotFound, ForbidHttpResult, ProblemHttpResult>> Get(
        Guid id, ProngsaiDb db, CurrentAgency current, PreviewLifetime lifetime, HttpContext http)
    {
        var batch = await db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id);
        if (batch is null && !await PreviewSweep.WasSweptAsync(db, id, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }

        if (!Caller.From(http.User).CanManageAgency(current.Agency.Id))
        {
            return TypedResults.Forbid();
        }

        if (batch is null || lifetime.HasExpired(batch))
        {
            return Expired(lifetime, current.Agency);
        }

        return TypedResults.Ok(Resource(await ImportComparison.LoadAsync(db, batch), lifetime));
    }

    /// <summary>
    /// 200 with the counts; 400 when a measure is invalid or the mode unknown; 409 when refused as a whole (with the
    /// measures concerned); 410, writing nothing, once the preview expired.
    /// </summary>
    static async Task<Results<Ok<ImportCounts>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<ImportConflict>, ProblemHttpResult>> Confirm(
        Guid id, ConfirmRequest? body, ProngsaiDb db, CurrentAgency current, AuditActor actor, PreviewLifetime lifetime, TimeProvider clock, HttpContext http)
    {
        var batch = await db.ImportBatches.Include(b => b.Measures).FirstOrDefaultAsync(b => b.Id == id);
        if (batch is null && !await PreviewSweep.WasSweptAsync(db, id, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }

        if (!Caller.From(http.User).CanManageAgency(current.Agency.Id))
        {
            return TypedResults.Forbid();
        }

        if (batch is null || lifetime.HasExpired(batch))
        {
            return Expired(lifetime, current.Agency);
        }

        var modeText = body?.Mode ?? nameof(ImportMode.Merge);
        if (!Enum.TryParse<ImportMode>(modeText, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || int.TryParse(modeText, out _))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = ["merge, replace or add"] });
        }

        var outcome = await ImportWrites.ConfirmAsync(db, current.Agency, batch, mode, body?.ConfirmDelete ?? [], actor.Name, lifetime, clock, http.RequestAborted);
        if (outcome.Expired)
        {
            return Expired(lifetime, current.Agency);
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors.ToDictionary());
        }

        return outcome.Succeeded ? TypedResults.Ok(Counts(outcome.Batch!)) : TypedResults.Conflict(new ImportConflict(outcome.Refusal!, outcome.Measures));
    }

    /// <summary>200 with what the batch had done; 409 naming the measures a later change touched.</summary>
    static async Task<Results<Ok<ImportCounts>, NotFound, ForbidHttpResult, Conflict<ImportConflict>>> Undo(
        Guid id, ProngsaiDb db, CurrentAgency current, AuditActor actor, TimeProvider clock, HttpContext http)
    {
        var batch = await db.ImportBatches.Include(b => b.Measures).FirstOrDefaultAsync(b => b.Id == id);
        if (batch is null)
        {
            return TypedResults.NotFound();
        }

        if (!Caller.From(http.User).CanManageAgency(current.Agency.Id))
        {
            return TypedResults.Forbid();
        }

        var outcome = await ImportWrites.UndoAsync(db, batch, actor.Name, clock, http.RequestAborted);
        return outcome.Succeeded ? TypedResults.Ok(Counts(outcome.Batch!)) : TypedResults.Conflict(new ImportConflict(outcome.Refusal!, outcome.Measures));
    }

    static ProblemHttpResult Expired(PreviewLifetime lifetime, Agency agency) => TypedResults.Problem(
        lifetime.ExpiredMessage, statusCode: StatusCodes.Status410Gone, title: "ตัวอย่างการนำเข้าหมดอายุแล้ว (Import preview expired)",
        extensions: new Dictionary<string, object?> { ["upload"] = $"/api/v1/agencies/{agency.Slug}/imports" });

    static ImportCounts Counts(ImportBatch batch) => new(batch.Added, batch.Updated, batch.Deleted, batch.Id, ImportComparison.CountsThai(batch));

    /// <summary>The stored document as interchange JSON, each measure with its "match" (null when new), plus what the year holds that the document lacks.</summary>
    static JsonObject Resource(ImportComparison comparison, PreviewLifetime lifetime)
    {
        var batch = comparison.Batch;
        var json = JsonSerializer.SerializeToNode(comparison.Document, InterchangeJson.Options)!.AsObject();
        var measures = json["measures"]!.AsArray();
        for (var i = 0; i < measures.Count; i++)
        {
            var match = comparison.Match.Of(i);
            measures[i]!["match"] = match is null ? null : new JsonObject
            {
                ["id"] = comparison.Existing[match.Existing].Id.ToString(),
                ["version"] = comparison.Existing[match.Existing].Version,
                ["kind"] = match.Kind == MatchKind.Indicators ? "indicators" : "text",
                ["similarity"] = Math.Round(match.Similarity, 3),
            };
        }

        json["id"] = batch.Id.ToString();
        json["fileName"] = batch.FileName;
        json["state"] = batch.State.ToString().ToLowerInvariant();
        json["mode"] = batch.Mode?.ToString().ToLowerInvariant();
        json["expiresAt"] = batch.State == ImportState.Previewed && lifetime.ExpiresAt(batch) is { } expires ? DateTime.SpecifyKind(expires, DateTimeKind.Utc) : null;
        json["missing"] = new JsonArray([.. comparison.Missing.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id.ToString(),
            ["label"] = ImportComparison.Label(m.ToDocument()),
            ["hasProgress"] = comparison.WithProgress.Contains(m.Id),
            ["needsConfirmation"] = comparison.NeedsConfirmation(m),
        })]);
        json["findings"] = JsonSerializer.SerializeToNode(DocumentChecks.Run(comparison.Document), InterchangeJson.Options);
        json["notes"] = JsonSerializer.SerializeToNode(ImportComparison.NotesOf(batch), InterchangeJson.Options);
        return json;
    }
}
