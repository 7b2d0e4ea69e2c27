using System.Text;

namespace Prongsai.Import.Readers;

/// <summary>Markdown pipe tables (| a | b |), with &lt;br&gt; inside cells; other lines are text.</summary>
static class MarkdownTableReader
{
    public static bool LooksLikeMarkdownTable(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("|") && IsSeparator(trimmed.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    public static SourceDocument Read(string file, string text)
    {
        var blocks = new List<SourceBlock>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith('|'))
            {
                blocks.Add(new SourceText(i + 1, Unescape(line.TrimStart('#', '>', ' '))));
                continue;
            }

            if (IsSeparator(line))
            {
                continue;
            }

            var cells = SplitCells(line);
            blocks.Add(new SourceRow(i + 1, [.. cells.Select((c, n) => new SourceCell($"{n + 1}", CellText.Paragraphs(Unescape(c))))]));
        }

        return new SourceDocument(file, blocks);
    }

    static bool IsSeparator(string line) =>
        SplitCells(line) is { Count: > 0 } cells &&
        cells.All(c => c.Trim().Trim(':').Length >= 3 && c.Trim().Trim(':').All(ch => ch == '-'));

    static List<string> SplitCells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var body = line.Trim();
        if (body.StartsWith('|'))
        {
            body = body[1..];
        }

        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (body[i] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(body[i]);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString());
        }

        return cells;
    }

    /// <summary>Markdown escapes (\*, \_) and emphasis markers are not part of the text.</summary>
    static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsPunctuation(text[i + 1]) | char.IsSymbol(text[i + 1]))
            {
                builder.Append(text[++i]);
            }
            else if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
