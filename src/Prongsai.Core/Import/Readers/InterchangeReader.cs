using System.Text.Json;
using Prongsai.Documents;

namespace Prongsai.Import.Readers;

/// <summary>Interchange JSON (what `prongsai import` prints and the API serves) is read as it is, with a located error when it is not.</summary>
static class InterchangeReader
{
    public static bool LooksLikeJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && bytes[first] == '{';
    }

    public static ImportResult Read(ReadOnlyMemory<byte> bytes, string fileName)
    {
        try
        {
            var document = JsonSerializer.Deserialize<MeasuresDocument>(bytes.Span, InterchangeJson.Options)
                ?? throw new ImportException(new ImportLocation(fileName), "the JSON is null, not a measures document");
            if (document.Agency is null || document.Measures is null)
            {
                throw new ImportException(new ImportLocation(fileName), "interchange JSON needs \"agency\" and \"measures\"");
            }

            if (InterchangeValidation.FirstProblem(document) is { } problem)
            {
                throw new ImportException(new ImportLocation(fileName, null, problem.Path), $"not interchange JSON: {problem.Problem}");
            }

            return new ImportResult(document, [], [.. document.Measures.Select((_, i) => new ImportLocation(fileName, null, $"measures[{i}]"))]);
        }
        catch (JsonException e)
        {
            var row = e.LineNumber is { } line ? (int)line + 1 : (int?)null;
            var cell = e.BytePositionInLine is { } column ? $"byte {column + 1}" : null;
            throw new ImportException(new ImportLocation(fileName, row, cell), $"not interchange JSON: {e.Message}", e);
        }
    }
}
