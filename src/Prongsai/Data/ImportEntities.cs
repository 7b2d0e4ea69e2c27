namespace Prongsai.Data;

public enum ImportState
{
    /// <summary>Read and shown; nothing written to the year's measures yet.</summary>
    Previewed,
    Confirmed,
    Undone,
    Cancelled,
}

/// <summary>What a confirmed import does with the measures the year already holds.</summary>
public enum ImportMode
{
    /// <summary>Matched measures are updated, the others added; measures the document lacks stay. The default.</summary>
    Merge,

    /// <summary>As merge, and the year's measures the document lacks are deleted.</summary>
    Replace,

    /// <summary>Every measure added as new, even those matching one the year holds.</summary>
    Add,
}

/// <summary>
/// One uploaded document, from preview to confirmation (one audited batch) and perhaps its undo. The parsed document is
/// kept as interchange JSON, so the preview is never read from the file again.
/// </summary>
public sealed class ImportBatch : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    /// <summary>The year the measures go into: the document's own unless the API was told another.</summary>
    public int FiscalYear { get; set; }

    public required string FileName { get; set; }

    public required string DocumentJson { get; set; }

    /// <summary>The reader's notes (e.g. merged cells resolved) as JSON, shown with the preview.</summary>
    public string NotesJson { get; set; } = "[]";

    public ImportState State { get; set; } = ImportState.Previewed;

    public ImportMode? Mode { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public required string CreatedBy { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public string? ConfirmedBy { get; set; }

    public DateTime? UndoneAt { get; set; }

    public string? UndoneBy { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Deleted { get; set; }

    /// <summary>Guards confirm and undo against being done twice at once.</summary>
    public int Version { get; set; } = 1;

    public List<ImportedMeasure> Measures { get; set; } = [];
}

public enum ImportAction
{
    Added,
    Updated,
    Deleted,
}

/// <summary>What a batch did to one measure, enough to undo it: the row before (updated, deleted) and the version written.</summary>
public sealed class ImportedMeasure : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public Guid BatchId { get; set; }

    /// <summary>Not a foreign key: a deleted measure's id is kept so that undo brings it back under the same id.</summary>
    public Guid MeasureId { get; set; }

    public ImportAction Action { get; set; }

    /// <summary>The measure before the batch as interchange JSON, with its position; null for an added one.</summary>
    public string? BeforeJson { get; set; }

    public int? BeforePosition { get; set; }

    /// <summary>
    /// A deleted measure's progress updates with their evidence rows, as JSON: deleting the measure deletes them
    /// (cascade), and undo of the replace brings them back with the measure, under their own ids. Null otherwise.
    /// </summary>
    public string? ProgressJson { get; set; }

    /// <summary>The measure's version after the batch: undo refuses once it moved on (someone edited it since).</summary>
    public int VersionWritten { get; set; }
}
