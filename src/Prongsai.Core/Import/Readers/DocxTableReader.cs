using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Prongsai.Import.Readers;

/// <summary>
/// Word documents, from Word, LibreOffice and others, read streaming (an XmlReader over the main part, never the whole
/// DOM) within <see cref="ReadBudget"/>. Body paragraphs are text lines; each table row is a row whose cells keep
/// their paragraphs. Horizontally merged cells are widened to their grid columns so that columns line up with the
/// header; a vertically merged cell repeats the content of the cell it continues. A table of one column is a frame
/// around the content: its paragraphs are lines and the tables inside it are tables. A table inside a cell of a real
/// table adds its paragraphs to that cell. Paragraphs Word numbers itself (a list style) get their number written
/// out, so that items split as they do when typed. Text boxes are read once (not again from their fallback copy);
/// deleted revisions and field codes are not text.
/// </summary>
static class DocxTableReader
{
    const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static SourceDocument Read(string file, Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart ?? throw new ImportException(new ImportLocation(file), "the DOCX has no document body");
        var numberedStyles = main.StyleDefinitionsPart is { } styles ? NumberedStyles(styles) : [];
        using var xml = XmlReader.Create(main.GetStream(FileMode.Open, FileAccess.Read), Settings);
        var walker = new DocxWalker(file, numberedStyles);
        walker.Walk(xml);
        return new SourceDocument(file, walker.Blocks);
    }

    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Paragraph styles that carry numbering themselves ("List Number"), read streaming like the body.</summary>
    static HashSet<string> NumberedStyles(StyleDefinitionsPart part)
    {
        var numbered = new HashSet<string>(StringComparer.Ordinal);
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings);
        string? style = null;
        var characters = 0L;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != W)
            {
                continue;
            }

            if (xml.LocalName == "style")
            {
                style = xml.GetAttribute("styleId", W);
                characters += style?.Length ?? 0;
                if (characters > ReadBudget.MaxCharacters)
                {
                    break;
                }
            }
            else if (xml.LocalName == "numPr" && style is not null)
            {
                numbered.Add(style);
            }
        }

        return numbered;
    }

    /// <summary>The walk over the body: a stack of open tables, the paragraphs being read, and the blocks so far.</summary>
    sealed class DocxWalker(string file, HashSet<string> numberedStyles)
    {
        readonly ReadBudget _budget = new(file);
        readonly Stack<TableState> _tables = new();

        // A text box's paragraphs sit inside the paragraph that anchors it.
        readonly Stack<(StringBuilder Text, bool Numbered)> _paragraphs = new();
        readonly char[] _chunk = new char[4096];
        int _tableCount;
        int _paragraphCount;
        bool _inTabStops;

        public List<SourceBlock> Blocks { get; } = [];

        /// <summary>The innermost open table that tabulates (not a frame, not a table inside a cell), if any.</summary>
        TableState? Content => _tables.FirstOrDefault(t => !t.IsFrame && !t.InsideCell);

        string Where => Content is { } t ? $"table {t.Number}, row {t.RowNumber}, column {t.Column + 1}" : $"paragraph {_paragraphCount + 1}";

        public void Walk(XmlReader xml)
        {
            var inText = false;
            var more = xml.Read();
            while (more)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Mc && xml.LocalName == "Fallback")
                {
                    xml.Skip();
                    more = !xml.EOF;
                    continue;
                }

                switch (xml.NodeType)
                {
                    case XmlNodeType.Element when xml.NamespaceURI == W:
                        inText = Start(xml);
                        if (xml.IsEmptyElement)
                        {
                            End(xml.LocalName);
                        }

                        break;
                    case XmlNodeType.EndElement when xml.NamespaceURI == W:
                        inText = false;
                        End(xml.LocalName);
                        break;
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                        ReadText(xml);
                        break;
                }

                more = xml.Read();
            }
        }

        /// <summary>An element starts; true when it is a w:t whose text follows.</summary>
        bool Start(XmlReader xml)
        {
            switch (xml.LocalName)
            {
                case "p":
                    _paragraphs.Push((new StringBuilder(), false));
                    break;
                case "numPr":
                    Number();
                    break;
                case "pStyle" when xml.GetAttribute("val", W) is { } style && numberedStyles.Contains(style):
                    Number();
                    break;
                case "t":
                    return !xml.IsEmptyElement;
                case "tabs":
                    _inTabStops = true;
                    break;
                case "tab" when !_inTabStops:
                    Append(' ');
                    break;
                case "br" or "cr":
                    Append('\n');
                    break;
                case "tbl":
                    _tables.Push(new TableState(++_tableCount, insideCell: Content is { InCell: true }));
                    break;
                case "gridCol" when _tables.TryPeek(out var table):
                    table.GridColumns++;
                    break;
                case "tr" when Tabulating(out var table):
                    table.StartRow();
                    break;
                case "tc" when Tabulating(out var table):
                    table.StartCell();
                    break;
                case "gridSpan" when Tabulating(out var table) && table.InCell && int.TryParse(xml.GetAttribute("val", W), out var span):
                    table.Span = Math.Clamp(span, 1, 64);
                    break;
                case "vMerge" when Tabulating(out var table) && table.InCell:
                    table.Continues = xml.GetAttribute("val", W) is null or "continue";
                    break;
            }

            return false;
        }

        void End(string name)
        {
            switch (name)
            {
                case "p":
                    EndParagraph();
                    break;
                case "tabs":
                    _inTabStops = false;
                    break;
                case "tc" when Tabulating(out var table):
                    table.EndCell(_budget);
                    break;
                case "tr" when Tabulating(out var table):
                    Blocks.Add(table.EndRow());
                    break;
                case "tbl" when _tables.Count > 0:
                    _tables.Pop();
                    break;
            }
        }

        /// <summary>The innermost open table, when it is the one that tabulates.</summary>
        bool Tabulating(out TableState table)
        {
            table = _tables.Count > 0 ? _tables.Peek() : null!;
            return _tables.Count > 0 && ReferenceEquals(table, Content);
        }

        void Number()
        {
            if (_paragraphs.TryPop(out var paragraph))
            {
                _paragraphs.Push((paragraph.Text, true));
            }
        }

        void Append(char c)
        {
            if (_paragraphs.TryPeek(out var paragraph))
            {
                _budget.Text(1, Where);
                paragraph.Text.Append(c);
            }
        }

        void ReadText(XmlReader xml)
        {
            int read;
            while ((read = xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
            {
                _budget.Text(read, Where);
                if (_paragraphs.TryPeek(out var paragraph))
                {
                    paragraph.Text.Append(_chunk, 0, read);
                }
            }
        }

        void EndParagraph()
        {
            if (!_paragraphs.TryPop(out var paragraph))
            {
                return;
            }

            _paragraphCount++;
            var text = paragraph.Text.ToString();
            if (Content is { InCell: true } table)
            {
                var lines = CellText.SplitLines(text);
                if (paragraph.Numbered && lines.Count > 0 && !Thai.ThaiDigits.IsAnyDigit(lines[0][0]))
                {
                    table.Numbered++;
                    lines = [$"{table.Numbered}. {lines[0]}", .. lines.Skip(1)];
                }

                table.Paragraphs.AddRange(lines);
                return;
            }

            var tidy = Thai.ThaiText.Tidy(text);
            if (tidy.Length > 0)
            {
                Blocks.Add(new SourceText(_paragraphCount, tidy));
            }
        }
    }

    /// <summary>An open table: its grid, the row being read and the cell being read.</summary>
    sealed class TableState(int number, bool insideCell)
    {
        readonly Dictionary<int, IReadOnlyList<string>> _above = [];
        List<SourceCell> _cells = [];

        public int Number { get; } = number;

        /// <summary>A table inside a cell of another adds its paragraphs to that cell.</summary>
        public bool InsideCell { get; } = insideCell;

        public int GridColumns { get; set; }

        /// <summary>A one-column table frames content (a title box, a border around the whole document) rather than tabulating it.</summary>
        public bool IsFrame => GridColumns == 1;

        public int RowNumber { get; private set; }

        public int Column { get; private set; }

        public bool InCell { get; private set; }

        public int Span { get; set; } = 1;

        public bool Continues { get; set; }

        public int Numbered { get; set; }

        public List<string> Paragraphs { get; private set; } = [];

        public void StartRow()
        {
            RowNumber++;
            Column = 0;
            _cells = [];
        }

        public void StartCell()
        {
            InCell = true;
            Span = 1;
            Continues = false;
            Numbered = 0;
            Paragraphs = [];
        }

        public void EndCell(ReadBudget budget)
        {
            InCell = false;
            var paragraphs = Continues && _above.TryGetValue(Column, out var previous) ? previous : Paragraphs;
            _above[Column] = paragraphs;
            for (var i = 0; i < Span; i++)
            {
                var name = $"table {Number}, row {RowNumber}, column {Column + i + 1}";
                budget.Cell(_cells.Count + 1, name);
                _cells.Add(new SourceCell(name, i == 0 ? paragraphs : []));
            }

            Column += Span;
        }

        public SourceRow EndRow() => new(RowNumber, _cells);
    }
}
