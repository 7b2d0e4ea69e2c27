using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Prongsai.Documents;

namespace Prongsai.Data;

/// <summary>
/// The one database of an installation, on SQLite or PostgreSQL with the same migrations: no provider-specific
/// column types; lists are JSON text; enums are strings.
/// </summary>
public sealed class ProngsaiDb(DbContextOptions<ProngsaiDb> options, CurrentAgency? scope = null)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Read by the query filters on every query (EF Core parameterizes members of the context).</summary>
    bool SeesAllAgencies => scope?.AllAgencies ?? true;

    Guid? ScopedAgencyId => scope?.AgencyId;

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencyUnit> Units => Set<AgencyUnit>();

    public DbSet<AgencyMeasure> Measures => Set<AgencyMeasure>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Account.UserSession> Sessions => Set<Account.UserSession>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<PublishedFile> PublishedFiles => Set<PublishedFile>();

    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    public DbSet<AgencyScore> Scores => Set<AgencyScore>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ImportedMeasure> ImportedMeasures => Set<ImportedMeasure>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OitEntry> OitEntries => Set<OitEntry>();

    public DbSet<OitEvidence> OitEvidence => Set<OitEvidence>();

    public DbSet<OitLinkCheck> OitLinkChecks => Set<OitLinkCheck>();

    public DbSet<OitReminderSent> OitRemindersSent => Set<OitReminderSent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Agency>(agency =>
        {
            agency.HasIndex(a => a.Slug).IsUnique();
            agency.Property(a => a.Slug).HasMaxLength(64);
            agency.Property(a => a.Name).HasMaxLength(200);
            agency.Property(a => a.ShortName).HasMaxLength(100);
            agency.Property(a => a.Type).HasMaxLength(100);
            agency.Property(a => a.Province).HasMaxLength(100);
            agency.Property(a => a.Regime).HasMaxLength(20);
            agency.HasIndex(a => new { a.Type, a.Province });
            agency.HasMany(a => a.Units).WithOne().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AgencyUnit>(unit =>
        {
            unit.Property(u => u.Name).HasMaxLength(200);
            unit.HasIndex(u => new { u.AgencyId, u.Name }).IsUnique();
        });

        builder.Entity<AgencyMeasure>(measure =>
        {
            measure.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Cascade);
            measure.HasIndex(m => new { m.AgencyId, m.FiscalYear, m.Position });
            // Covers the oversight page's one GROUP BY agency over a fiscal year.
            measure.HasIndex(m => new { m.FiscalYear, m.AgencyId, m.Status, m.PeriodEnd, m.UpdatedAt });
            measure.Property(m => m.Version).IsConcurrencyToken();
            measure.Property(m => m.Tool).HasConversion<string>().HasMaxLength(8);
            measure.Property(m => m.Name).HasMaxLength(MeasureLimits.NameLength);
            measure.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            JsonList(measure.Property(m => m.Indicators));
            JsonList(measure.Property(m => m.ResponsibleUnits));
            JsonList(measure.Property(m => m.ResponsiblePersons));
            JsonList(measure.Property(m => m.Steps));
            JsonList(measure.Property(m => m.Monitoring));
            JsonList(measure.Property(m => m.Results));
            JsonList(measure.Property(m => m.ReportingCadences));
        });

        OnProgressModelCreating(builder);
        OnImportModelCreating(builder);
        OitModel.Configure(builder);
        ScopeToCurrentAgency(builder);

        builder.Entity<AgencyScore>(score =>
        {
            score.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
            score.HasIndex(s => new { s.AgencyId, s.FiscalYear }).IsUnique();
            score.Property(s => s.Level).HasMaxLength(64);
            score.Property(s => s.RecordedBy).HasMaxLength(256);
            JsonList(score.Property(s => s.IndicatorScores));
        });

        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Position).HasMaxLength(200);
        });
        builder.Entity<AppUser>().HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);

        builder.Entity<AuditEntry>(entry =>
        {
            entry.HasIndex(e => new { e.AgencyId, e.At });
            entry.HasIndex(e => e.BatchId);
            entry.Property(e => e.Entity).HasMaxLength(64);
            entry.Property(e => e.EntityId).HasMaxLength(64);
            entry.Property(e => e.Action).HasMaxLength(16);
            entry.Property(e => e.Actor).HasMaxLength(256);
        });

        builder.Entity<ApiToken>(token =>
        {
            token.HasIndex(t => t.Hash).IsUnique();
            token.Property(t => t.Hash).HasMaxLength(64);
            token.Property(t => t.Name).HasMaxLength(100);
            token.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Account.UserSession>(session =>
        {
            session.Property(s => s.Id).HasMaxLength(64);
            session.HasIndex(s => s.UserId);
            session.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    static void OnProgressModelCreating(ModelBuilder builder)
    {
        builder.Entity<ProgressUpdate>(update =>
        {
            update.HasOne<AgencyMeasure>().WithMany().HasForeignKey(u => u.MeasureId).OnDelete(DeleteBehavior.Cascade);
            update.HasIndex(u => new { u.MeasureId, u.On });
            update.HasIndex(u => u.CorrectsId);
            update.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
            update.Property(u => u.RecordedBy).HasMaxLength(256);
            update.HasMany(u => u.Evidence).WithOne().HasForeignKey(e => e.UpdateId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Evidence>(evidence =>
        {
            evidence.Property(e => e.Url).HasMaxLength(2000);
            evidence.Property(e => e.Sha256).HasMaxLength(64);
            evidence.Property(e => e.FileName).HasMaxLength(260);
            evidence.Property(e => e.ContentType).HasMaxLength(100);
        });

        builder.Entity<Submission>(submission =>
        {
            submission.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
            submission.HasIndex(s => new { s.AgencyId, s.FiscalYear, s.Kind });
            submission.Property(s => s.AcknowledgedFindings).HasMaxLength(Publishing.Acknowledgement.MaxLength);
            submission.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.Version).IsConcurrencyToken();
            submission.Property(s => s.SubmittedBy).HasMaxLength(256);
            submission.Property(s => s.ReviewedBy).HasMaxLength(256);
            submission.Property(s => s.ReviewerName).HasMaxLength(200);
            submission.Property(s => s.ReviewerPosition).HasMaxLength(200);
            JsonList(submission.Property(s => s.AnalysisParagraphs));
        });

        builder.Entity<Publication>(publication =>
        {
            publication.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Cascade);
            // Two approvals at once cannot both become v{n+1}.
            publication.HasIndex(p => new { p.AgencyId, p.FiscalYear, p.Kind, p.Number }).IsUnique();
            publication.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            publication.Property(p => p.ApprovedByName).HasMaxLength(200);
            publication.Property(p => p.ApprovedByPosition).HasMaxLength(200);
            publication.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PublicationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PublishedFile>(file =>
        {
            file.HasIndex(f => new { f.PublicationId, f.Format }).IsUnique();
            file.Property(f => f.Format).HasMaxLength(8);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.Property(f => f.Sha256).HasMaxLength(64);
        });

        builder.Entity<ReminderSent>(reminder =>
        {
            reminder.HasIndex(r => new { r.MeasureId, r.Recipient, r.On }).IsUnique();
            reminder.Property(r => r.Recipient).HasMaxLength(256);
        });
    }

    static void OnImportModelCreating(ModelBuilder builder)
    {
        builder.Entity<ImportBatch>(batch =>
        {
            batch.HasOne<Agency>().WithMany().HasForeignKey(b => b.AgencyId).OnDelete(DeleteBehavior.Cascade);
            batch.HasIndex(b => new { b.AgencyId, b.FiscalYear, b.CreatedAt });
            batch.Property(b => b.FileName).HasMaxLength(260);
            batch.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.Mode).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.CreatedBy).HasMaxLength(256);
            batch.Property(b => b.ConfirmedBy).HasMaxLength(256);
            batch.Property(b => b.UndoneBy).HasMaxLength(256);
            batch.Property(b => b.Version).IsConcurrencyToken();
            batch.HasMany(b => b.Measures).WithOne().HasForeignKey(m => m.BatchId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ImportedMeasure>(measure =>
        {
            measure.HasIndex(m => m.MeasureId);
            measure.Property(m => m.Action).HasConversion<string>().HasMaxLength(16);
        });
    }

    /// <summary>
    /// Every <see cref="IAgencyOwned"/> table, and the audit trail, is filtered to the agency in scope: built per entity
    /// type as <c>e =&gt; SeesAllAgencies || e.AgencyId == ScopedAgencyId</c>.
    /// </summary>
    void ScopeToCurrentAgency(ModelBuilder builder)
    {
        var context = Expression.Constant(this);
        var all = Expression.Property(context, nameof(SeesAllAgencies));
        var scoped = Expression.Property(context, nameof(ScopedAgencyId));
        foreach (var type in builder.Model.GetEntityTypes().Where(t => IsScoped(t.ClrType)))
        {
            var entity = Expression.Parameter(type.ClrType, "e");
            var agency = Expression.Convert(Expression.Property(entity, nameof(IAgencyOwned.AgencyId)), typeof(Guid?));
            var filter = Expression.Lambda(Expression.OrElse(all, Expression.Equal(agency, scoped)), entity);
            builder.Entity(type.ClrType).HasQueryFilter(filter);
        }
    }

    internal static bool IsScoped(Type type) => typeof(IAgencyOwned).IsAssignableFrom(type) || type == typeof(AuditEntry);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseOtherAgencies();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseOtherAgencies();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Whatever a handler loaded, it cannot add, change or delete another agency's rows.</summary>
    void RefuseOtherAgencies()
    {
        if (SeesAllAgencies)
        {
            return;
        }

        var foreign = ChangeTracker.Entries<IAgencyOwned>()
            .FirstOrDefault(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity.AgencyId != ScopedAgencyId);
        if (foreign is not null)
        {
            throw new InvalidOperationException($"A {foreign.Metadata.ClrType.Name} of another agency cannot be written in this agency's scope.");
        }
    }

    /// <summary>A list stored as one JSON text column: the same on SQLite and PostgreSQL, compared by content.</summary>
    internal static void JsonList<T>(PropertyBuilder<List<T>> property)
    {
        var converter = new ValueConverter<List<T>, string>(
            list => JsonSerializer.Serialize(list, InterchangeJson.Options),
            json => JsonSerializer.Deserialize<List<T>>(json, InterchangeJson.Options) ?? new List<T>());
        var comparer = new ValueComparer<List<T>>(
            (a, b) => a!.SequenceEqual(b!),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
            list => list.ToList());
        property.HasConversion(converter, comparer).IsRequired();
    }
}
