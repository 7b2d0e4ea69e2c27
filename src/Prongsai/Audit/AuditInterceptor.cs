using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Audit;

/// <summary>Who is making changes: the signed-in user, or the command line.</summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    string? _override;

    public string Name => _override ?? http.HttpContext?.User.FindFirstValue(ClaimTypes.Email)
        ?? http.HttpContext?.User.Identity?.Name ?? "system";

    public void Use(string name) => _override = name;

    /// <summary>
    /// Set only by `prongsai demo` while it bulk-inserts generated data: the interceptor writes no row per entity,
    /// and the command writes one summary audit row instead.
    /// </summary>
    public bool BulkGeneration { get; set; }
}

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every change to an audited entity in the same SaveChanges,
/// so the trail is written in the same transaction as the change itself.
/// </summary>
public sealed class AuditInterceptor(AuditActor actor) : SaveChangesInterceptor
{
    /// <summary>Never written to the trail.</summary>
    static readonly HashSet<string> SecretProperties =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp), nameof(ApiToken.Hash)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void AddEntries(DbContext? context)
    {
        if (context is null || actor.BulkGeneration)
        {
            return;
        }

        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }

        // Published versions and progress updates are kept forever as they were written; corrections are new rows.
        if (context.ChangeTracker.Entries().Any(e => e.State == EntityState.Modified && e.Entity is Publication or PublishedFile or ProgressUpdate or Evidence or OitEvidence))
        {
            throw new InvalidOperationException("Published versions and progress updates are never changed.");
        }

        var batch = AuditBatch.Current;
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is (IAgencyOwned and not OitLinkCheck) or Agency or AppUser or ApiToken or Evidence or PublishedFile)
            .ToList();
        var written = new List<AuditEntry>();
        foreach (var entry in changes)
        {
            var audit = new AuditEntry
            {
                Actor = actor.Name,
                AgencyId = AgencyOf(entry.Entity),
                Entity = entry.Metadata.ClrType.Name,
                EntityId = entry.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue?.ToString() ?? "",
                Action = entry.State.ToString().ToLowerInvariant(),
                Before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true),
                After = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false),
                BatchId = batch?.Id,
            };
            if (entry.State == EntityState.Modified && audit.Before == audit.After)
            {
                continue;
            }

            context.Add(audit);
            written.Add(audit);
        }

        if (batch is not null && written.Count > 0 && !batch.HeaderSaved && !context.ChangeTracker.Entries<AuditEntry>().Any(e => e.Entity.Id == batch.Id))
        {
            context.Add(new AuditEntry
            {
                Id = batch.Id, BatchId = batch.Id, Actor = actor.Name, At = written[0].At,
                AgencyId = written.Select(e => e.AgencyId).FirstOrDefault(id => id is not null),
                Entity = AuditBatch.Entity, EntityId = batch.Kind, Action = batch.Kind, After = batch.DetailsJson(),
            });
        }
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        MarkHeaderSaved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        MarkHeaderSaved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    static void MarkHeaderSaved(DbContext? context)
    {
        if (AuditBatch.Current is { } batch && context is not null && context.ChangeTracker.Entries<AuditEntry>().Any(e => e.Entity.Id == batch.Id))
        {
            batch.HeaderSaved = true;
        }
    }

    /// <summary>Whose trail the entry is in: the same marker the query filters use.</summary>
    static Guid? AgencyOf(object entity) => entity switch
    {
        IAgencyOwned owned => owned.AgencyId,
        Agency agency => agency.Id,
        AppUser user => user.AgencyId,
        _ => null,
    };

    static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretProperties.Contains(name))
            {
                continue;
            }

            var value = original ? property.OriginalValue : property.CurrentValue;
            // Rendered documents are megabytes; their SHA-256 is already beside them, so the trail records the size.
            values[name] = value is byte[] bytes ? $"{bytes.Length} bytes" : value;
        }

        return JsonSerializer.Serialize(values, InterchangeJson.Options);
    }
}
