using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;

namespace Prongsai.Import;

/// <summary>What confirming or undoing a batch did, or why it did nothing. The page and the API each turn it into their answer.</summary>
public sealed record ImportOutcome
{
    public ImportBatch? Batch { get; init; }

    /// <summary>Measures the write path refuses, keyed "measures[N].field" by document position.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Why nothing was done as a whole (already confirmed, touched since, someone else at the same time).</summary>
    public string? Refusal { get; init; }

    /// <summary>Measures a replace would delete that need an explicit confirmation, or that a later change keeps undo from touching.</summary>
    public IReadOnlyList<RefusedMeasure> Measures { get; init; } = [];

    /// <summary>The preview outlived <see cref="PreviewLifetime"/>: refused, and the document must be uploaded again.</summary>
    public bool Expired { get; init; }

    public bool Succeeded => Errors.Count == 0 && Refusal is null;
}

public sealed record RefusedMeasure(Guid Id, string Label, string Reason);

/// <summary>
/// The re-import flow shared by the import page and the import API: a previewed batch, confirmed as one transaction in
/// one of three modes through <see cref="MeasureWrites"/> (so validation and audit are the form's), and undone as a whole
/// while nothing later touched its measures.
/// </summary>
public static class ImportWrites
{
    /// <summary>What an upload became: a saved previewed batch, or why not (refused file, disk full, unreadable document).</summary>
    public sealed record Previewed(ImportBatch? Batch, string? Refused = null, bool NotStored = false, ImportException? Unreadable = null);

    /// <summary>
    /// Stores the upload (refused whole when it does not fit), reads it once, and keeps the parsed document in a previewed
    /// batch: every later view and the confirm use that, never the file, which goes once read.
    /// </summary>
    public static async Task<Previewed> PreviewAsync(ProngsaiDb db, Uploads uploads, Agency agency, IFormFile? file, int? fiscalYear,
        string who, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (Uploads.Refuse(file) is { } refused)
        {
            return new Previewed(null, Refused: refused);
        }

        var upload = await uploads.SaveAsync(agency.Id, file!, cancellationToken);
        if (upload is null)
        {
            return new Previewed(null, NotStored: true);
        }

        ImportResult read;
        try
        {
            read = DocumentImporter.Read(await File.ReadAllBytesAsync(upload.Path, cancellationToken), upload.FileName,
                new ImportOptions { Agency = new AgencyName(agency.Name, agency.ShortName) });
        }
        catch (ImportException e)
        {
            return new Previewed(null, Unreadable: e);
        }
        finally
        {
            Uploads.Delete(upload);
        }

        var batch = Preview(agency, read, upload.FileName, fiscalYear, who, clock.GetUtcNow().UtcDateTime);
        batch.Id = upload.Id;
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return new Previewed(batch);
    }

    /// <summary>A new previewed batch for a read document; <paramref name="fiscalYear"/> overrides the document's year.</summary>
    public static ImportBatch Preview(Agency agency, ImportResult read, string fileName, int? fiscalYear, string who, DateTime now)
    {
        var year = fiscalYear ?? read.Document.FiscalYear;
        return new ImportBatch
        {
            AgencyId = agency.Id,
            FiscalYear = year,
            FileName = fileName,
            DocumentJson = InterchangeJson.Serialize(read.Document with { FiscalYear = year }),
            NotesJson = JsonSerializer.Serialize(read.Notes, InterchangeJson.Options),
            CreatedAt = now,
            CreatedBy = who,
        };
    }

    public static async Task<ImportOutcome> ConfirmAsync(ProngsaiDb db, Agency agency, ImportBatch batch, ImportMode mode,
        IReadOnlyCollection<Guid> confirmDelete, string who, PreviewLifetime lifetime, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (batch.State != ImportState.Previewed)
        {
            return new ImportOutcome { Refusal = $"การนำเข้านี้{StateThai(batch.State)}แล้ว (this import was already {batch.State.ToString().ToLowerInvariant()})" };
        }

        // Past this the sweep may delete it; should it do so while a confirm runs, the batch's version check fails that confirm whole.
        if (lifetime.HasExpired(batch))
        {
            return new ImportOutcome { Refusal = lifetime.ExpiredMessage, Expired = true };
        }

        var document = ImportComparison.DocumentOf(batch);
        var errors = Validate(document, clock);
        if (errors.Count > 0)
        {
            return new ImportOutcome { Errors = errors };
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var comparison = await ImportComparison.LoadAsync(db, batch, cancellationToken);
        var deleting = mode == ImportMode.Replace ? comparison.Missing.ToList() : [];
        var unconfirmed = deleting.Where(m => comparison.NeedsConfirmation(m) && !confirmDelete.Contains(m.Id))
            .Select(m => new RefusedMeasure(m.Id, ImportComparison.Label(m.ToDocument()), comparison.WithProgress.Contains(m.Id)
                ? "มีการรายงานความก้าวหน้าแล้ว (it has progress updates)" : "อยู่ในเอกสารที่รอการอนุมัติ (it is in a document waiting for sign-off)"))
            .ToList();
        if (unconfirmed.Count > 0)
        {
            return new ImportOutcome
            {
                Refusal = "การแทนที่จะลบมาตรการที่ต้องยืนยันทีละรายการ (replacing would delete measures that each need an explicit confirmation)",
                Measures = unconfirmed,
            };
        }

        using var audit = Audit.AuditBatch.Begin(Audit.AuditBatch.Import, ("file", batch.FileName), ("mode", mode.ToString()));
        var fresh = new List<Measure>();
        for (var i = 0; i < document.Measures.Count; i++)
        {
            var incoming = agency.WithOwnUnitNames(document.Measures[i]);
            if (mode != ImportMode.Add && comparison.MatchOf(i) is { } row)
            {
                await UpdateAsync(db, batch, row, incoming, clock, cancellationToken);
            }
            else
            {
                fresh.Add(incoming);
            }
        }

        foreach (var row in deleting)
        {
            var record = Record(batch, row, ImportAction.Deleted);
            var progress = await db.ProgressUpdates.AsNoTracking().Include(u => u.Evidence).Where(u => u.MeasureId == row.Id).ToListAsync(cancellationToken);
            record.ProgressJson = progress.Count == 0 ? null : JsonSerializer.Serialize(progress, KeptProgress);
            db.ImportedMeasures.Add(record);
            db.Measures.Remove(row);
        }

        var added = await MeasureWrites.AddAllAsync(db, agency, batch.FiscalYear, fresh, clock, cancellationToken);
        foreach (var row in added.Value!)
        {
            db.ImportedMeasures.Add(new ImportedMeasure { AgencyId = batch.AgencyId, BatchId = batch.Id, MeasureId = row.Id, Action = ImportAction.Added, VersionWritten = row.Version });
        }

        batch.State = ImportState.Confirmed;
        batch.Mode = mode;
        batch.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
        batch.ConfirmedBy = who;
        batch.Added = added.Value!.Count;
        batch.Updated = db.ChangeTracker.Entries<ImportedMeasure>().Count(e => e.State == EntityState.Added && e.Entity.BatchId == batch.Id && e.Entity.Action == ImportAction.Updated);
        batch.Deleted = deleting.Count;
        return await SaveAsync(db, batch, transaction, cancellationToken);
    }

    /// <summary>Restores the year as it was before the batch, or refuses naming each measure a later change touched.</summary>
    public static async Task<ImportOutcome> UndoAsync(ProngsaiDb db, ImportBatch batch, string who, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (batch.State != ImportState.Confirmed)
        {
            return new ImportOutcome { Refusal = "ย้อนกลับได้เฉพาะการนำเข้าที่ยืนยันแล้วและยังไม่ได้ย้อนกลับ (only a confirmed import not yet undone can be undone)" };
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = batch.Measures.Select(m => m.MeasureId).ToList();
        var rows = await db.Measures.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var withProgress = (await db.ProgressUpdates.Where(u => ids.Contains(u.MeasureId)).Select(u => u.MeasureId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var submittedSince = await db.Submissions.AnyAsync(s => s.FiscalYear == batch.FiscalYear && s.State == SubmissionState.Submitted && s.SubmittedAt > batch.ConfirmedAt, cancellationToken);
        if (submittedSince)
        {
            return new ImportOutcome { Refusal = "มีเอกสารของปีนี้ส่งขออนุมัติหลังการนำเข้า ย้อนกลับไม่ได้ (a document of this year was submitted for sign-off after the import)" };
        }

        var refused = batch.Measures.Select(record => Touched(record, rows.GetValueOrDefault(record.MeasureId), withProgress))
            .OfType<RefusedMeasure>().ToList();
        if (refused.Count > 0)
        {
            return new ImportOutcome { Refusal = "มาตรการถูกแก้ไขหลังการนำเข้า ย้อนกลับไม่ได้ (measures were changed after the import)", Measures = refused };
        }

        using var audit = Audit.AuditBatch.Begin(Audit.AuditBatch.ImportUndo, ("file", batch.FileName));
        foreach (var record in batch.Measures)
        {
            switch (record.Action)
            {
                case ImportAction.Added:
                    db.Measures.Remove(rows[record.MeasureId]);
                    break;
                case ImportAction.Updated:
                    var row = rows[record.MeasureId];
                    row.CopyFrom(JsonSerializer.Deserialize<Measure>(record.BeforeJson!, InterchangeJson.Options)!);
                    row.Version++;
                    row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                    break;
                case ImportAction.Deleted:
                    var restored = new AgencyMeasure { Id = record.MeasureId, AgencyId = batch.AgencyId, FiscalYear = batch.FiscalYear, Position = record.BeforePosition ?? 0, UpdatedAt = clock.GetUtcNow().UtcDateTime };
                    restored.CopyFrom(JsonSerializer.Deserialize<Measure>(record.BeforeJson!, InterchangeJson.Options)!);
                    db.Measures.Add(restored);
                    db.ProgressUpdates.AddRange(KeptUpdates(record));
                    break;
            }
        }

        batch.State = ImportState.Undone;
        batch.UndoneAt = clock.GetUtcNow().UtcDateTime;
        batch.UndoneBy = who;
        return await SaveAsync(db, batch, transaction, cancellationToken);
    }

    /// <summary>Every measure valid and the document within bounds, or the errors by document position; nothing is written otherwise.</summary>
    static Dictionary<string, string[]> Validate(MeasuresDocument document, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new Dictionary<string, string[]>();
        if (document.Measures.Count > MeasureLimits.MeasuresPerDocument)
        {
            errors["measures"] = [$"มาตรการมากเกินกำหนด ({document.Measures.Count:N0}; at most {MeasureLimits.MeasuresPerDocument:N0} measures)"];
        }

        for (var i = 0; i < document.Measures.Count; i++)
        {
            foreach (var (field, messages) in MeasureWrites.Validate(document.Measures[i], document.FiscalYear, today))
            {
                errors[$"measures[{i + 1}].{field}"] = messages;
            }
        }

        return errors;
    }

    /// <summary>Updates a matched measure when the document changes it; an unchanged one is left alone and not counted.</summary>
    static async Task UpdateAsync(ProngsaiDb db, ImportBatch batch, AgencyMeasure row, Measure incoming, TimeProvider clock, CancellationToken cancellationToken)
    {
        var probe = new AgencyMeasure();
        probe.CopyFrom(incoming);
        if (await MeasureWrites.HasProgressAsync(db, row.Id, cancellationToken))
        {
            // As the form: once progress is recorded, status and results are the updates', so the document cannot change them.
            probe.Status = row.Status;
            probe.Results = [.. row.Results];
        }

        if (Same(probe, row))
        {
            return;
        }

        var record = Record(batch, row, ImportAction.Updated);
        await MeasureWrites.StageUpdateAsync(db, row, incoming, clock, cancellationToken);
        record.VersionWritten = row.Version;
        // Added through the set: a new row with its id already set would otherwise be taken for an existing one.
        db.ImportedMeasures.Add(record);
    }

    static bool Same(AgencyMeasure a, AgencyMeasure b) =>
        JsonSerializer.Serialize(a.ToDocument(), InterchangeJson.Options) == JsonSerializer.Serialize(b.ToDocument(), InterchangeJson.Options);

    static readonly JsonSerializerOptions KeptProgress = new(JsonSerializerDefaults.Web);

    /// <summary>The progress updates a replace deleted with the measure, as they were.</summary>
    public static IReadOnlyList<ProgressUpdate> KeptUpdates(ImportedMeasure record) =>
        record.ProgressJson is null ? [] : JsonSerializer.Deserialize<List<ProgressUpdate>>(record.ProgressJson, KeptProgress)!;

    static ImportedMeasure Record(ImportBatch batch, AgencyMeasure row, ImportAction action) => new()
    {
        AgencyId = batch.AgencyId,
        BatchId = batch.Id,
        MeasureId = row.Id,
        Action = action,
        BeforeJson = JsonSerializer.Serialize(row.ToDocument(), InterchangeJson.Options),
        BeforePosition = row.Position,
        VersionWritten = row.Version,
    };

    /// <summary>Null when undo may reverse what the batch did to the measure; otherwise which later change stops it.</summary>
    static RefusedMeasure? Touched(ImportedMeasure record, AgencyMeasure? row, HashSet<Guid> withProgress)
    {
        var label = row is not null ? ImportComparison.Label(row.ToDocument())
            : record.BeforeJson is { } before ? ImportComparison.Label(JsonSerializer.Deserialize<Measure>(before, InterchangeJson.Options)!) : record.MeasureId.ToString();
        return record.Action switch
        {
            ImportAction.Deleted when row is not null => new RefusedMeasure(record.MeasureId, label, "มีมาตรการนี้อยู่แล้ว (it exists again)"),
            ImportAction.Deleted => null,
            _ when row is null => new RefusedMeasure(record.MeasureId, label, "ถูกลบหลังการนำเข้า (deleted since)"),
            _ when row.Version != record.VersionWritten => new RefusedMeasure(record.MeasureId, label, "ถูกแก้ไขหลังการนำเข้า (edited since)"),
            ImportAction.Added when withProgress.Contains(record.MeasureId) => new RefusedMeasure(record.MeasureId, label, "มีการรายงานความก้าวหน้าแล้ว (it has progress updates)"),
            _ => null,
        };
    }

    /// <summary>One SaveChanges (measures, records, batch, their audit entries) and commit; a second confirm or undo at the same time loses.</summary>
    static async Task<ImportOutcome> SaveAsync(ProngsaiDb db, ImportBatch batch, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        batch.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportOutcome { Batch = batch };
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ImportOutcome { Refusal = "มีผู้อื่นแก้ไขมาตรการหรือการนำเข้านี้พร้อมกัน โปรดโหลดหน้าใหม่ (someone else changed these measures or this import at the same time; reload)" };
        }
    }

    static string StateThai(ImportState state) => state switch
    {
        ImportState.Confirmed => "ยืนยัน",
        ImportState.Undone => "ย้อนกลับ",
        ImportState.Cancelled => "ยกเลิก",
        _ => "แสดงตัวอย่าง",
    };
}
