namespace Prongsai.Import;

/// <summary>Where in an input document something went wrong: file, then row and cell when known.</summary>
public sealed record ImportLocation(string File, int? Row = null, string? Cell = null)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Row is not null)
        {
            parts.Add($"row {Row}");
        }

        if (Cell is not null)
        {
            parts.Add($"cell {Cell}");
        }

        return string.Join(", ", parts);
    }
}

/// <summary>The input is unreadable or is not a measures document. The only exception the importer throws.</summary>
public sealed class ImportException(ImportLocation location, string message, Exception? inner = null)
    : Exception($"{location}: {message}", inner)
{
    public ImportLocation Location { get; } = location;

    public string Reason { get; } = message;
}
