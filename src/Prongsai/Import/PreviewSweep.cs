using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Import;

/// <summary>
/// Deletes the previews nobody confirmed within <see cref="PreviewLifetime"/> (each keeps its whole parsed document),
/// in every agency, with their child rows and one audit entry each, in one transaction. Confirmed and undone batches
/// are never touched.
/// </summary>
public sealed class PreviewSweep(PreviewLifetime lifetime)
{
    public const string Actor = "system (import preview sweep)";

    public sealed record Swept(Guid Id, Guid AgencyId, string FileName);

    /// <param name="db">A context outside any request, which sees every agency (<see cref="CurrentAgency"/>).</param>
    public async Task<IReadOnlyList<Swept>> RunAsync(ProngsaiDb db, CancellationToken cancellationToken = default)
    {
        if (!lifetime.Enabled)
        {
            return [];
        }

        var now = lifetime.Now;
        var cutoff = now - lifetime.Lifetime;
        var expired = await db.ImportBatches.AsNoTracking()
            .Where(b => (b.State == ImportState.Previewed || b.State == ImportState.Cancelled) && b.CreatedAt <= cutoff)
            .Select(b => new { b.Id, b.AgencyId, b.FileName, b.FiscalYear, b.State, b.Version, b.CreatedAt, b.CreatedBy })
            .ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return [];
        }

        var swept = new List<Swept>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in expired)
        {
            // Only while it is still the preview read above: one confirmed since (its version moved on) stays whole.
            var still = db.ImportBatches.Where(b => b.Id == batch.Id && b.Version == batch.Version
                && (b.State == ImportState.Previewed || b.State == ImportState.Cancelled));
            await db.ImportedMeasures.Where(m => m.BatchId == batch.Id && still.Any()).ExecuteDeleteAsync(cancellationToken);
            if (await still.ExecuteDeleteAsync(cancellationToken) == 0)
            {
                continue;
            }

            // The batch's own "added" entry already holds its document; this one says what went, not the document again.
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                Actor = Actor,
                AgencyId = batch.AgencyId,
                Entity = nameof(ImportBatch),
                EntityId = batch.Id.ToString(),
                Action = "deleted",
                Before = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
                {
                    [nameof(ImportBatch.FileName)] = batch.FileName,
                    [nameof(ImportBatch.FiscalYear)] = batch.FiscalYear,
                    [nameof(ImportBatch.State)] = batch.State,
                    [nameof(ImportBatch.CreatedAt)] = batch.CreatedAt,
                    [nameof(ImportBatch.CreatedBy)] = batch.CreatedBy,
                }, InterchangeJson.Options),
            });
            swept.Add(new Swept(batch.Id, batch.AgencyId, batch.FileName));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return swept;
    }

    /// <summary>Whether the sweep deleted this batch: its page and API then say it expired rather than that it never was.</summary>
    public static Task<bool> WasSweptAsync(ProngsaiDb db, Guid id, CancellationToken cancellationToken = default)
    {
        var entityId = id.ToString();
        return db.AuditEntries.AnyAsync(e => e.Entity == nameof(ImportBatch) && e.EntityId == entityId && e.Action == "deleted" && e.Actor == Actor, cancellationToken);
    }
}
