using Prongsai.Documents;

namespace Prongsai.Checks;

/// <summary>Runs every rule over a document.</summary>
public static class DocumentChecks
{
    public static IReadOnlyList<Finding> Run(MeasuresDocument document) => [];
}
