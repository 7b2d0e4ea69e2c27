namespace Prongsai.Documents;

/// <summary>
/// A measures document or a progress document: the interchange shape shared by the importer,
/// the report writers, the API and the JSON export (see docs/product.md).
/// </summary>
public sealed record MeasuresDocument
{
    public required AgencyName Agency { get; init; }

    /// <summary>Buddhist-era fiscal year, e.g. 2566.</summary>
    public required int FiscalYear { get; init; }

    public DocumentKind Kind { get; init; } = DocumentKind.Measures;

    public IReadOnlyList<Measure> Measures { get; init; } = [];
}

public sealed record AgencyName(string Name, string? ShortName = null);

public enum DocumentKind
{
    Measures,
    Progress,
}
