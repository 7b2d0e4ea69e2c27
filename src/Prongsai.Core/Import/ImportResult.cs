using Prongsai.Catalog;
using Prongsai.Documents;

namespace Prongsai.Import;

/// <summary>What the caller knows better than the document: the agency and year it is importing for.</summary>
public sealed record ImportOptions
{
    public int? FiscalYear { get; init; }

    public AgencyName? Agency { get; init; }

    public FrameworkCatalog Catalog { get; init; } = FrameworkCatalog.Default;
}

/// <summary>Something the importer noticed and resolved, with where it was (e.g. two status columns marked).</summary>
public sealed record ImportNote(ImportLocation Location, string MessageTh, string MessageEn);

/// <summary>The document, the notes, and for each measure the row it came from (same order as the measures).</summary>
public sealed record ImportResult(MeasuresDocument Document, IReadOnlyList<ImportNote> Notes, IReadOnlyList<ImportLocation> MeasureSources);
