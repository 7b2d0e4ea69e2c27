namespace Prongsai.Import;

/// <summary>
/// The one table model every reader produces: the document's lines and table rows in order.
/// The interpreter turns it into measures without knowing which format it came from.
/// </summary>
public sealed record SourceDocument(string File, IReadOnlyList<SourceBlock> Blocks);

/// <summary>A line of text or a table row; <see cref="Row"/> is the 1-based row or line number in the source.</summary>
public abstract record SourceBlock(int Row);

public sealed record SourceText(int Row, string Text) : SourceBlock(Row);

public sealed record SourceRow(int Row, IReadOnlyList<SourceCell> Cells) : SourceBlock(Row)
{
    public IEnumerable<SourceCell> NonEmptyCells => Cells.Where(c => !c.IsEmpty);
}

/// <summary>A table cell: its paragraphs (split at &lt;p&gt;, &lt;br&gt; or line breaks) and how to name it in an error.</summary>
public sealed record SourceCell(string Name, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Where the text came from: read from the document, or recognised by OCR in a scanned image.</summary>
    public CellSource Source { get; init; } = CellSource.Text;

    /// <summary>OCR's mean word confidence for the cell, 0–1; null for text read from the document.</summary>
    public double? Confidence { get; init; }

    public bool IsEmpty => Paragraphs.All(string.IsNullOrWhiteSpace);

    public string Text => string.Join("\n", Paragraphs);
}

public enum CellSource
{
    Text,
    Ocr,
}
