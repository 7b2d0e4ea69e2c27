using Prongsai.Documents;

namespace Prongsai.Data;

/// <summary>
/// One dated progress report on a measure: what was done and the status it leaves the measure in.
/// Never changed once written: a correction is a new row whose <see cref="CorrectsId"/> names the row it replaces.
/// </summary>
public sealed class ProgressUpdate : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public Guid MeasureId { get; set; }

    /// <summary>The day the work was done (or reported).</summary>
    public DateOnly On { get; set; }

    public required string Text { get; set; }

    public MeasureStatus Status { get; set; }

    /// <summary>The update this one corrects, or null for an original.</summary>
    public Guid? CorrectsId { get; set; }

    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;

    public required string RecordedBy { get; set; }

    public List<Evidence> Evidence { get; set; } = [];
}

/// <summary>A file (stored by its SHA-256 under the data folder) or a web link backing a progress update.</summary>
public sealed class Evidence
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UpdateId { get; set; }

    /// <summary>For links only: the http or https address.</summary>
    public string? Url { get; set; }

    /// <summary>For files only: the lower-case hex SHA-256 of the content, which is also its file name on disk.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The name the file was uploaded with: shown, never used as a path.</summary>
    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long Length { get; set; }

    public bool IsFile => Sha256 is not null;
}

public enum SubmissionState
{
    Submitted,
    Approved,
    Returned,
}

/// <summary>
/// A document sent to the executive for sign-off. The document is frozen at submission as interchange JSON,
/// so the executive approves exactly what is published.
/// </summary>
public sealed class Submission : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public int FiscalYear { get; set; }

    public DocumentKind Kind { get; set; }

    public SubmissionState State { get; set; } = SubmissionState.Submitted;

    public required string DocumentJson { get; set; }

    public DateTime SubmittedAt { get; set; } = DateTime.UtcNow;

    public required string SubmittedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewerName { get; set; }

    public string? ReviewerPosition { get; set; }

    public string? Comment { get; set; }

    /// <summary>How many errors the checks found when it was submitted and the submitter acknowledged (0: none open).</summary>
    public int AcknowledgedErrors { get; set; }

    /// <summary>Those errors as listed to the submitter, one per line (bounded), so the audit trail says what was known.</summary>
    public string? AcknowledgedFindings { get; set; }

    /// <summary>The score analysis frozen with a measures document and drawn before its tables; empty for none.</summary>
    public List<string> AnalysisParagraphs { get; set; } = [];

    /// <summary>Guards approve/return against two reviewers at once.</summary>
    public int Version { get; set; } = 1;
}

/// <summary>An immutable, numbered published version of an agency's document for one fiscal year.</summary>
public sealed class Publication : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public int FiscalYear { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>1, 2, …: v{n} in the public address.</summary>
    public int Number { get; set; }

    public DateTime PublishedAt { get; set; } = DateTime.UtcNow;

    public Guid? SubmissionId { get; set; }

    public string? ApprovedByName { get; set; }

    public string? ApprovedByPosition { get; set; }

    public List<PublishedFile> Files { get; set; } = [];
}

/// <summary>One format of a publication, rendered once at approval and never again.</summary>
public sealed class PublishedFile
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PublicationId { get; set; }

    /// <summary>html, pdf, docx, xlsx or json.</summary>
    public required string Format { get; set; }

    public required string ContentType { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }
}

/// <summary>One reminder email sent, so that each recipient hears about a measure at most once a day, across instances.</summary>
public sealed class ReminderSent
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid MeasureId { get; set; }

    public required string Recipient { get; set; }

    public DateOnly On { get; set; }
}
