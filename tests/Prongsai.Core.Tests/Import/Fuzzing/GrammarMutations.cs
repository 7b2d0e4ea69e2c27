using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Prongsai.Tests.Import.Fuzzing;

/// <summary>
/// Mutations that know the formats' grammar — rows, cells, numbering, Thai dates, Open XML table and sheet elements,
/// zip structure, JSON values — so the damage reaches the interpreter instead of stopping at the first byte check.
/// </summary>
static partial class GrammarMutations
{
    static readonly string[] Fragments =
    [
        "\t", "\n", "\r\n", "<p>", "</p>", "<br>", "<br/>", "๑.", "๒)", "(๓)", "1.", "10.1", "๑.๑.๑", "/", "✓", "√", "x", "มี.ค.", "ก.ย. ๖๖",
        "๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖", "31 ก.พ. 2566", "๓๒ ธ.ค. ๒๕๖๖", "๒๕๖๖", "2566", "9999", "ตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖", "ถึง", "ตลอดปีงบประมาณ",
        "ตัวชี้วัดที่", "ตัวชี้วัดที่ ๑๑", "ตัวชี้วัดที่ 0", "ผู้รับผิดชอบ", "ขั้นตอน", "ระยะเวลา", "ยังไม่ดำเนินการ", "ดำเนินการแล้ว", "(IIT)", "(EIT)", "(OIT)",
        "ทต.", "อบต.", "\"", "|", "| --- |", "\\|", "\u0E4A\u0E4A\u0E4A", "\u0E31", "\u200B", "\u200D", "\u202E", "\uFEFF", "\uD800", "\0", "&amp;", "&#0;", "<script>",
        "รายเดือน", "รายไตรมาส", "ทุก ๖ เดือน", new string('ก', 5000),
    ];

    public static string Text(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var n = random.Next(1, 5); n > 0 && lines.Count > 0; n--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 2: (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]); break;
                case 3: lines[at] = Cells(lines[at], '\t', random); break;
                case 4: lines[at] = Cells(lines[at], '|', random); break;
                case 5: lines[at] = Numbering().Replace(lines[at], _ => Pick(random)); break;
                case 6: lines[at] = ThaiDate().Replace(lines[at], _ => Pick(random)); break;
                case 7: lines[at] = Insert(lines[at], Pick(random), random); break;
                default: lines[at] = lines[at][..random.Next(lines[at].Length + 1)]; break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Drops, duplicates, swaps or rewrites one cell of a delimited row.</summary>
    static string Cells(string line, char separator, Random random)
    {
        var cells = line.Split(separator).ToList();
        var at = random.Next(cells.Count);
        switch (random.Next(4))
        {
            case 0: cells.RemoveAt(at); break;
            case 1: cells.Insert(at, cells[at]); break;
            case 2: cells[at] = Pick(random); break;
            default: cells.AddRange(Enumerable.Repeat("", random.Next(1, 40))); break;
        }

        return string.Join(separator, cells);
    }

    /// <summary>Rows (w:tr) and cells (w:tc) of a Word table, spans and merges, and the text inside.</summary>
    public static string DocumentXml(string xml, Random random) => random.Next(7) switch
    {
        0 => Element(xml, "w:tr", random),
        1 => Element(xml, "w:tc", random),
        2 => Element(xml, "w:p", random),
        3 => Attribute(xml, "<w:tcPr>", $"<w:tcPr><w:gridSpan w:val=\"{Number(random)}\"/>", random),
        4 => Attribute(xml, "<w:tcPr>", random.Next(2) == 0 ? "<w:tcPr><w:vMerge w:val=\"restart\"/>" : "<w:tcPr><w:vMerge/>", random),
        5 => WordText().Replace(xml, m => random.Next(4) == 0 ? $"<w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(Pick(random))}</w:t>" : m.Value),
        _ => Text(xml, random),
    };

    /// <summary>Rows, cells, cell references, cell types and shared-string indexes of a sheet.</summary>
    public static string SheetXml(string xml, Random random) => random.Next(6) switch
    {
        0 => Element(xml, "row", random),
        1 => Element(xml, "c", random),
        2 => CellReference().Replace(xml, m => random.Next(3) == 0 ? $"r=\"{Reference(random)}\"" : m.Value),
        3 => CellValue().Replace(xml, m => random.Next(3) == 0 ? $"<v>{Number(random)}</v>" : m.Value),
        4 => CellType().Replace(xml, m => random.Next(3) == 0 ? $"t=\"{new[] { "s", "str", "inlineStr", "b", "e", "n", "d", "x" }[random.Next(8)]}\"" : m.Value),
        _ => Text(xml, random),
    };

    public static string Json(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var nodes = Descendants(root).ToList();
            var target = nodes[random.Next(nodes.Count)];
            JsonNode? replacement = random.Next(10) switch
            {
                0 => null,
                1 => JsonValue.Create(-1),
                2 => JsonValue.Create(1e308),
                3 => JsonValue.Create(Pick(random)),
                4 => new JsonArray(),
                5 => new JsonObject(),
                6 => JsonValue.Create("2566-13-45"),
                7 => new JsonArray(JsonValue.Create("x"), null, JsonValue.Create(3)),
                8 => JsonValue.Create(long.MaxValue),
                _ => JsonValue.Create(true),
            };
            Replace(target, replacement);
        }

        var text = root.ToJsonString();
        return random.Next(20) == 0 ? text[..random.Next(text.Length)] : random.Next(20) == 0 ? new string('[', random.Next(60, 5000)) + text : text;
    }

    /// <summary>Structure of the package: entries dropped, duplicated, renamed, stored instead of deflated, junk around it.</summary>
    public static byte[] Zip(byte[] package, Random random)
    {
        var entries = ReadEntries(package);
        var names = entries.Keys.ToList();
        var victim = names[random.Next(names.Count)];
        switch (random.Next(7))
        {
            case 0: entries.Remove(victim); break;
            case 1: entries[victim.ToUpperInvariant()] = entries[victim]; entries.Remove(victim); break;
            case 2: entries[victim] = []; break;
            case 3: entries["word/document.xml"] = entries.GetValueOrDefault("word/document.xml", [1, 2, 3]); entries["xl/workbook.xml"] = entries.GetValueOrDefault("xl/workbook.xml", [1]); break;
            case 4: entries[victim] = entries[victim][..random.Next(entries[victim].Length + 1)]; break;
            case 5: entries["../../" + victim] = entries[victim]; break;
            default: entries[victim + "/"] = []; break;
        }

        var rebuilt = WriteEntries(entries, random.Next(3) == 0 ? CompressionLevel.NoCompression : CompressionLevel.Fastest, duplicate: random.Next(6) == 0 ? victim : null);
        return random.Next(8) == 0 ? [.. rebuilt, .. Encoding.ASCII.GetBytes("trailing junk PK\x05\x06")] : rebuilt;
    }

    public static byte[] Part(byte[] package, string part, Func<string, Random, string> mutate, Random random)
    {
        var entries = ReadEntries(package);
        if (entries.TryGetValue(part, out var xml))
        {
            entries[part] = Encoding.UTF8.GetBytes(mutate(Encoding.UTF8.GetString(xml), random));
        }

        return WriteEntries(entries, CompressionLevel.Fastest, duplicate: null);
    }

    static Dictionary<string, byte[]> ReadEntries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    static byte[] WriteEntries(Dictionary<string, byte[]> entries, CompressionLevel level, string? duplicate)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries.Append(duplicate is not null && entries.TryGetValue(duplicate, out var d) ? new(duplicate, d) : default).Where(e => e.Key is not null))
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>Deletes, duplicates or swaps one whole element of the given tag.</summary>
    static string Element(string xml, string tag, Random random)
    {
        var matches = Regex.Matches(xml, $"<{Regex.Escape(tag)}[ >].*?</{Regex.Escape(tag)}>", RegexOptions.Singleline, TimeSpan.FromSeconds(2));
        if (matches.Count == 0)
        {
            return xml;
        }

        var chosen = matches[random.Next(matches.Count)];
        return random.Next(3) switch
        {
            0 => xml.Remove(chosen.Index, chosen.Length),
            1 => xml.Insert(chosen.Index, string.Concat(Enumerable.Repeat(chosen.Value, random.Next(1, 4)))),
            _ => xml.Remove(chosen.Index, chosen.Length).Insert(chosen.Index, matches[random.Next(matches.Count)].Value),
        };
    }

    static string Attribute(string xml, string at, string with, Random random)
    {
        var index = xml.IndexOf(at, random.Next(Math.Max(1, xml.Length / 2)), StringComparison.Ordinal);
        return index < 0 ? xml : xml.Remove(index, at.Length).Insert(index, with);
    }

    static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }

    static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject o: o[target.GetPropertyName()] = replacement; break;
            case JsonArray a: a[target.GetElementIndex()] = replacement; break;
        }
    }

    static string Insert(string text, string fragment, Random random) => text.Insert(random.Next(text.Length + 1), fragment);

    static string Pick(Random random) => Fragments[random.Next(Fragments.Length)];

    static string Number(Random random) => new[] { "0", "-1", "1", "2", "63", "16385", "2147483648", "99999999999999999999", "1e9", "NaN", "" }[random.Next(11)];

    static string Reference(Random random) => new[] { "A0", "XFD1048576", "XFE1", "1A", "", "A-1", "ZZZZZZ99999999999", "B2", "A1048577" }[random.Next(9)];

    [GeneratedRegex("[๐-๙0-9]{1,2}[.)]")]
    private static partial Regex Numbering();

    [GeneratedRegex("[๐-๙0-9]{1,2} ?[ก-ฮ]\\.[ก-ฮ]\\.( ?[๐-๙0-9]{2,4})?")]
    private static partial Regex ThaiDate();

    [GeneratedRegex("<w:t(?: [^>]*)?>[^<]*</w:t>")]
    private static partial Regex WordText();

    [GeneratedRegex("r=\"[A-Z]+[0-9]+\"")]
    private static partial Regex CellReference();

    [GeneratedRegex("<v>[^<]*</v>")]
    private static partial Regex CellValue();

    [GeneratedRegex("t=\"[a-zA-Z]+\"")]
    private static partial Regex CellType();
}
