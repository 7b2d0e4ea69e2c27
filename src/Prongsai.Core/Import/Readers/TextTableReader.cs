using System.Text;

namespace Prongsai.Import.Readers;

/// <summary>
/// Text exported like the seed: a row per line, cells separated by tabs, cells split into paragraphs by
/// &lt;p&gt;…&lt;/p&gt; or &lt;br&gt;. A cell in double quotes may span lines, as spreadsheets copy them.
/// </summary>
static class TextTableReader
{
    public static SourceDocument Read(string file, string text)
    {
        var blocks = new List<SourceBlock>();
        var reader = new Cursor(text);
        while (!reader.AtEnd)
        {
            var row = reader.Line + 1;
            var cells = reader.ReadRow();
            if (cells.Count == 1)
            {
                var paragraphs = CellText.Paragraphs(cells[0]);
                if (paragraphs.Count > 0)
                {
                    blocks.Add(new SourceText(row, string.Join(" ", paragraphs)));
                }

                continue;
            }

            blocks.Add(new SourceRow(row, [.. cells.Select((c, i) => new SourceCell($"{i + 1}", CellText.Paragraphs(c)))]));
        }

        return new SourceDocument(file, blocks);
    }

    sealed class Cursor(string text)
    {
        int _at;

        public int Line { get; private set; }

        public bool AtEnd => _at >= text.Length;

        public List<string> ReadRow()
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            var cellStart = true;
            while (_at < text.Length)
            {
                var c = text[_at++];
                if (quoted)
                {
                    if (c == '"' && _at < text.Length && text[_at] == '"')
                    {
                        cell.Append('"');
                        _at++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            Line++;
                        }

                        cell.Append(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when cellStart && HasClosingQuote():
                        quoted = true;
                        cellStart = false;
                        break;
                    case '\t':
                        cells.Add(cell.ToString());
                        cell.Clear();
                        cellStart = true;
                        break;
                    case '\r':
                        break;
                    case '\n':
                        Line++;
                        cells.Add(cell.ToString());
                        return cells;
                    default:
                        cell.Append(c);
                        cellStart = false;
                        break;
                }
            }

            cells.Add(cell.ToString());
            return cells;
        }

        /// <summary>A quote opens a quoted cell only when it is closed before the next tab outside it; a lone quote is text.</summary>
        bool HasClosingQuote()
        {
            var close = text.IndexOf('"', _at);
            return close >= 0 && (close + 1 == text.Length || text[close + 1] is '\t' or '\n' or '\r' or '"');
        }
    }
}
