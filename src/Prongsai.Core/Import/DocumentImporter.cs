using Prongsai.Documents;

namespace Prongsai.Import;

/// <summary>Reads a measures or progress document in any supported format into the interchange model.</summary>
public static class DocumentImporter
{
    public static MeasuresDocument Import(string path) =>
        throw new ImportException(new ImportLocation(path), "not implemented yet");
}
