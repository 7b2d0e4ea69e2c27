using Microsoft.EntityFrameworkCore;

namespace Prongsai.Data;

/// <summary>Where an OIT item stands: ยังไม่เริ่ม / กำลังจัดทำ / พร้อมส่ง / ส่งแล้ว.</summary>
public enum OitStatus
{
    NotStarted,
    InProgress,
    Ready,
    Submitted,
}

/// <summary>
/// One OIT item of one agency's assessment year, as the agency works on it. A row exists once someone touches the
/// item; the workbook shows every item of the year's framework whether or not it has one.
/// </summary>
public sealed class OitEntry : IAgencyOwned
{
    public const int MaxUrls = 5;
    public const int MaxUrlLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    /// <summary>The assessment year.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The item's code in that year's framework (O12).</summary>
    public required string Code { get; set; }

    public string? UnitName { get; set; }

    public DateOnly? DueOn { get; set; }

    public OitStatus Status { get; set; }

    /// <summary>Addresses on the agency's own website, at most <see cref="MaxUrls"/>.</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>The criteria the responsible unit ticked, by their text (a criterion reworded in the framework file is unticked).</summary>
    public List<string> CriteriaMet { get; set; } = [];

    /// <summary>Set when the agency administrator reviewed the ticks; any later change to ticks or URLs clears it.</summary>
    public DateTime? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public int Version { get; set; }
}

/// <summary>
/// One version of an item's evidence kept in Prongsai: a file (stored by SHA-256 like progress evidence) or a short
/// page. Served at /p/SLUG/YEAR/oit/CODE (latest) and …/vN (this one, forever); never changed once written.
/// </summary>
public sealed class OitEvidence : IAgencyOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 20_000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public int FiscalYear { get; set; }

    public required string Code { get; set; }

    public int Number { get; set; }

    public string? Sha256 { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>For a short page: its title and text (shown as text, never as HTML).</summary>
    public string? Title { get; set; }

    public string? Body { get; set; }

    public DateTime PublishedAt { get; set; } = DateTime.UtcNow;

    public required string PublishedBy { get; set; }
}

/// <summary>The latest check of one URL of one item: not user data, so not in the audit trail.</summary>
public sealed class OitLinkCheck : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public Guid EntryId { get; set; }

    public required string Url { get; set; }

    public DateTime CheckedAt { get; set; }

    public int? StatusCode { get; set; }

    public bool Ok { get; set; }

    /// <summary>Why it fails, Thai then English; null when it is fine.</summary>
    public string? Problem { get; set; }

    public string? ContentType { get; set; }

    public long? Length { get; set; }

    /// <summary>Where the redirects ended, when there were any.</summary>
    public string? FinalUrl { get; set; }
}

/// <summary>
/// One OIT reminder email sent: a calendar deadline or a broken link, per recipient, so none goes out twice (across
/// instances, by the unique index). A link's rows go when its check passes again, so a later break is told anew.
/// </summary>
public sealed class OitReminderSent : IAgencyOwned
{
    public const int MaxKeyLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    /// <summary>"calendar:YEAR:KEY:END" or "link:ENTRY:URL-HASH".</summary>
    public required string Key { get; set; }

    public required string Recipient { get; set; }

    public DateTime SentAt { get; set; }
}

static class OitModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<OitEntry>(entry =>
        {
            entry.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Cascade);
            entry.HasIndex(e => new { e.AgencyId, e.FiscalYear, e.Code }).IsUnique();
            entry.HasIndex(e => e.FiscalYear);
            entry.Property(e => e.Code).HasMaxLength(16);
            entry.Property(e => e.UnitName).HasMaxLength(200);
            entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.ReviewedBy).HasMaxLength(256);
            entry.Property(e => e.Version).IsConcurrencyToken();
            ProngsaiDb.JsonList(entry.Property(e => e.Urls));
            ProngsaiDb.JsonList(entry.Property(e => e.CriteriaMet));
        });

        builder.Entity<OitEvidence>(evidence =>
        {
            evidence.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Cascade);
            // Two uploads at once cannot both become v{n+1}.
            evidence.HasIndex(e => new { e.AgencyId, e.FiscalYear, e.Code, e.Number }).IsUnique();
            evidence.Property(e => e.Code).HasMaxLength(16);
            evidence.Property(e => e.Sha256).HasMaxLength(64);
            evidence.Property(e => e.FileName).HasMaxLength(260);
            evidence.Property(e => e.ContentType).HasMaxLength(100);
            evidence.Property(e => e.Title).HasMaxLength(OitEvidence.MaxTitleLength);
            evidence.Property(e => e.Body).HasMaxLength(OitEvidence.MaxBodyLength);
            evidence.Property(e => e.PublishedBy).HasMaxLength(256);
        });

        builder.Entity<OitLinkCheck>(check =>
        {
            check.HasOne<OitEntry>().WithMany().HasForeignKey(c => c.EntryId).OnDelete(DeleteBehavior.Cascade);
            check.HasIndex(c => new { c.EntryId, c.Url }).IsUnique();
            check.HasIndex(c => c.AgencyId);
            check.Property(c => c.Url).HasMaxLength(OitEntry.MaxUrlLength);
            check.Property(c => c.FinalUrl).HasMaxLength(OitEntry.MaxUrlLength);
            check.Property(c => c.Problem).HasMaxLength(500);
            check.Property(c => c.ContentType).HasMaxLength(100);
        });

        builder.Entity<OitReminderSent>(reminder =>
        {
            reminder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Cascade);
            reminder.HasIndex(r => new { r.AgencyId, r.Key, r.Recipient }).IsUnique();
            reminder.Property(r => r.Key).HasMaxLength(OitReminderSent.MaxKeyLength);
            reminder.Property(r => r.Recipient).HasMaxLength(256);
        });
    }
}
