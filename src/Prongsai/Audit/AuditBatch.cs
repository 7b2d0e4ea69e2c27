using System.Text.Json;

namespace Prongsai.Audit;

/// <summary>
/// One action that changes many rows (an import, a rollover, a unit rename, the demo seed): every audit entry written
/// while it is open carries its id, and the first save writes a header entry (entity <see cref="Entity"/>, action the
/// kind, after its details as JSON), so the trail shows one row that expands. Ambient (async-local) rather than passed
/// down, so the write paths stay as they are: <c>using var batch = AuditBatch.Begin(AuditBatch.Import, ("file", name));</c>
/// </summary>
public sealed class AuditBatch : IDisposable
{
    public const string Entity = "AuditBatch";
    public const string Import = "import";
    public const string ImportUndo = "import-undo";
    public const string Rollover = "rollover";
    public const string OitRollover = "oit-rollover";
    public const string UnitRename = "unit-rename";
    public const string Seed = "seed";

    static readonly AsyncLocal<AuditBatch?> Ambient = new();

    readonly AuditBatch? _outer;

    AuditBatch(string kind, IReadOnlyDictionary<string, string?> details)
    {
        Kind = kind;
        Details = details;
        _outer = Ambient.Value;
        Ambient.Value = this;
    }

    /// <summary>The batch open in this flow of execution, if any.</summary>
    public static AuditBatch? Current => Ambient.Value;

    public Guid Id { get; } = Guid.NewGuid();

    public string Kind { get; }

    /// <summary>What the sentence needs beyond the entries themselves: the file name, the unit's old and new name, the years.</summary>
    public IReadOnlyDictionary<string, string?> Details { get; }

    /// <summary>Set once a save wrote the header, so a batch spanning several saves has one header.</summary>
    internal bool HeaderSaved { get; set; }

    public static AuditBatch Begin(string kind, params (string Key, string? Value)[] details) =>
        new(kind, details.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));

    internal string DetailsJson() => JsonSerializer.Serialize(Details);

    public void Dispose() => Ambient.Value = _outer;
}
