using System.IO.Compression;
using System.Security;
using System.Text;

namespace Prongsai.Tests.Import;

/// <summary>
/// An XLSX written part by part, as small as another producer than Excel writes it: no styles or shared strings
/// unless given, Transitional or Strict namespaces, sheets in any file and any relationship target. Parts can be
/// replaced or left out afterwards to make a damaged workbook.
/// </summary>
sealed class HandWorkbook
{
    public sealed record SheetEntry(string Name, string SheetData, string File, string? Target, string? State, string After);

    readonly List<SheetEntry> _sheets = [];
    readonly Dictionary<string, string?> _overrides = [];

    public bool Strict { get; init; }

    public bool Date1904 { get; init; }

    /// <summary>The inside of &lt;sst&gt;: &lt;si&gt; elements.</summary>
    public string? SharedStrings { get; init; }

    /// <summary>The inside of &lt;styleSheet&gt;: numFmts and cellXfs.</summary>
    public string? Styles { get; init; }

    string Main => Strict ? "http://purl.oclc.org/ooxml/spreadsheetml/main" : "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    string RelationshipsNs => Strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Adds a sheet; <paramref name="target"/> is the workbook relationship's Target (relative to xl/ unless it starts with /).</summary>
    public HandWorkbook Sheet(string name, string sheetData, string? file = null, string? target = null, string? state = null, string after = "")
    {
        _sheets.Add(new SheetEntry(name, sheetData, file ?? $"xl/worksheets/sheet{_sheets.Count + 1}.xml", target, state, after));
        return this;
    }

    /// <summary>Replaces a part's text, or leaves the part out with null.</summary>
    public HandWorkbook Part(string path, string? xml)
    {
        _overrides[path] = xml;
        return this;
    }

    public byte[] Build()
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(),
            ["_rels/.rels"] = Rels(("rId1", "officeDocument", "xl/workbook.xml", null)),
            ["xl/workbook.xml"] = Workbook(),
            ["xl/_rels/workbook.xml.rels"] = WorkbookRels(),
        };
        foreach (var sheet in _sheets)
        {
            parts[sheet.File] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>{sheet.SheetData}</sheetData>{sheet.After}</worksheet>""";
        }

        if (SharedStrings is not null)
        {
            parts["xl/sharedStrings.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">{SharedStrings}</sst>""";
        }

        if (Styles is not null)
        {
            parts["xl/styles.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}">{Styles}</styleSheet>""";
        }

        foreach (var (path, xml) in _overrides)
        {
            if (xml is null)
            {
                parts.Remove(path);
            }
            else
            {
                parts[path] = xml;
            }
        }

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, xml) in parts)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(Encoding.UTF8.GetBytes(xml));
            }
        }

        return stream.ToArray();
    }

    string Workbook()
    {
        var sheets = string.Concat(_sheets.Select((s, i) =>
            $"""<sheet name="{SecurityElement.Escape(s.Name)}" sheetId="{i + 1}" r:id="rIdSheet{i + 1}"{(s.State is null ? "" : $" state=\"{s.State}\"")}/>"""));
        var properties = Date1904 ? """<workbookPr date1904="1"/>""" : "";
        return $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{RelationshipsNs}">{properties}<sheets>{sheets}</sheets></workbook>""";
    }

    string WorkbookRels()
    {
        var relationships = _sheets.Select((s, i) => ($"rIdSheet{i + 1}", "worksheet", s.Target ?? s.File["xl/".Length..], (string?)null)).ToList();
        if (SharedStrings is not null)
        {
            relationships.Add(("rIdStrings", "sharedStrings", "sharedStrings.xml", null));
        }

        if (Styles is not null)
        {
            relationships.Add(("rIdStyles", "styles", "styles.xml", null));
        }

        return Rels([.. relationships]);
    }

    string Rels(params (string Id, string Kind, string Target, string? Mode)[] relationships)
    {
        var typeBase = Strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        var items = string.Concat(relationships.Select(r =>
            $"""<Relationship Id="{r.Id}" Type="{typeBase}{r.Kind}" Target="{SecurityElement.Escape(r.Target)}"{(r.Mode is null ? "" : $" TargetMode=\"{r.Mode}\"")}/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>""";
    }

    string ContentTypes()
    {
        var sheets = string.Concat(_sheets.Select(s =>
            $"""<Override PartName="/{s.File}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}</Types>""";
    }

    /// <summary>An inline-string cell, as generators and Numbers write text: &lt;c t="inlineStr"&gt;&lt;is&gt;&lt;t&gt;…</summary>
    public static string Inline(string? reference, string text) =>
        $"""<c{Ref(reference)} t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""";

    /// <summary>A row of inline-string cells A, B, C … (empty texts written as no cell).</summary>
    public static string InlineRow(int row, params string[] texts) =>
        $"""<row r="{row}">{string.Concat(texts.Select((t, i) => t.Length == 0 ? "" : Inline($"{Column(i)}{row}", t)))}</row>""";

    public static string Column(int index) => ((char)('A' + index)).ToString();

    static string Ref(string? reference) => reference is null ? "" : $" r=\"{reference}\"";
}
