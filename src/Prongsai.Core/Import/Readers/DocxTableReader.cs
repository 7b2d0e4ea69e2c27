using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Import.Readers;

/// <summary>
/// Word documents: body paragraphs are text lines; each table row is a row whose cells keep their
/// paragraphs. Horizontally merged cells are widened to their grid columns so that columns line up
/// with the header; a vertically merged cell repeats the content of the cell it continues.
/// </summary>
static class DocxTableReader
{
    public static SourceDocument Read(string file, Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new ImportException(new ImportLocation(file), "the DOCX has no document body");
        var blocks = new List<SourceBlock>();
        var state = new State();
        Walk(body, blocks, state);
        return new SourceDocument(file, blocks);
    }

    sealed class State
    {
        public int Paragraphs { get; set; }

        public int Tables { get; set; }
    }

    static void Walk(OpenXmlElement container, List<SourceBlock> blocks, State state)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    state.Paragraphs++;
                    var text = Thai.ThaiText.Tidy(TextOf(paragraph));
                    if (text.Length > 0)
                    {
                        blocks.Add(new SourceText(state.Paragraphs, text));
                    }

                    break;
                case Table table:
                    state.Tables++;
                    ReadTable(table, state.Tables, blocks);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Walk(element, blocks, state);
                    break;
            }
        }
    }

    static void ReadTable(Table table, int tableNumber, List<SourceBlock> blocks)
    {
        var above = new Dictionary<int, IReadOnlyList<string>>();
        var rowNumber = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            rowNumber++;
            var cells = new List<SourceCell>();
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = (int?)cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var paragraphs = continues && above.TryGetValue(column, out var previous)
                    ? previous
                    : ParagraphsOf(cell);
                above[column] = paragraphs;
                var name = $"table {tableNumber}, row {rowNumber}, column {column + 1}";
                cells.Add(new SourceCell(name, paragraphs));
                for (var extra = 1; extra < Math.Clamp(span, 1, 64); extra++)
                {
                    cells.Add(new SourceCell($"table {tableNumber}, row {rowNumber}, column {column + extra + 1}", []));
                }

                column += Math.Clamp(span, 1, 64);
            }

            blocks.Add(new SourceRow(rowNumber, cells));
        }
    }

    static IReadOnlyList<string> ParagraphsOf(TableCell cell)
    {
        var paragraphs = new List<string>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            paragraphs.AddRange(CellText.SplitLines(TextOf(paragraph)));
        }

        return paragraphs;
    }

    /// <summary>The paragraph's text; tabs become spaces and line breaks split it.</summary>
    static string TextOf(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
            }
        }

        return builder.ToString();
    }
}
