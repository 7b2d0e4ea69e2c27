using System.IO.Compression;
using System.Xml;

namespace Prongsai.Import.Readers;

/// <summary>
/// The parts of an XLSX found as the package's relationships name them, not by fixed file names, so that workbooks
/// from Excel, LibreOffice Calc, Google Sheets, WPS and Numbers are found alike: targets relative or absolute
/// ("/xl/worksheets/sheet1.xml"), Transitional or Strict relationship types, part names in any letter case.
/// A relationship that leads outside the package, or to a part the package does not hold, is refused by name.
/// </summary>
sealed class XlsxPackage : IDisposable
{
    public sealed record Relationship(string Id, string Type, string Target, bool External)
    {
        /// <summary>Transitional and Strict types differ only before the last segment: …/relationships/worksheet.</summary>
        public bool Is(string kind) => Type.EndsWith("/" + kind, StringComparison.OrdinalIgnoreCase);
    }

    readonly ZipArchive _zip;
    readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    XlsxPackage(string file, ZipArchive zip)
    {
        File = file;
        _zip = zip;
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }
    }

    public string File { get; }

    public static XlsxPackage Open(string file, Stream stream) => new(file, new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false));

    public void Dispose() => _zip.Dispose();

    public bool Has(string part) => _entries.ContainsKey(part);

    /// <summary>The main part: the package's officeDocument relationship, else xl/workbook.xml as every producer names it.</summary>
    public string WorkbookPart(ReadBudget budget)
    {
        var main = Relationships("", budget).Values.FirstOrDefault(r => r.Is("officeDocument"));
        var part = main is null ? "xl/workbook.xml" : Resolve("", main, "the package's workbook relationship");
        return Has(part)
            ? part
            : throw new ImportException(new ImportLocation(File), $"the XLSX has no workbook: {part} is not in the file");
    }

    /// <summary>The relationships of a part ("" for the package itself) by id; none when it has no .rels part.</summary>
    public Dictionary<string, Relationship> Relationships(string part, ReadBudget budget)
    {
        var slash = part.LastIndexOf('/');
        var relsPart = $"{part[..(slash + 1)]}_rels/{part[(slash + 1)..]}.rels";
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        if (!Has(relsPart))
        {
            return relationships;
        }

        Read(relsPart, xml =>
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                    && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                {
                    var type = xml.GetAttribute("Type") ?? "";
                    budget.Text(id.Length + target.Length, relsPart);
                    relationships.TryAdd(id, new Relationship(id, type, target, xml.GetAttribute("TargetMode") == "External"));
                }
            }
        });
        return relationships;
    }

    /// <summary>
    /// The part a relationship of <paramref name="source"/> leads to. <paramref name="what"/> says in the error
    /// which relationship it was ("the sheet "IIT""). The part need not exist: the caller says what is missing.
    /// </summary>
    public string Resolve(string source, Relationship relationship, string what)
    {
        var target = Uri.UnescapeDataString(relationship.Target).Replace('\\', '/');
        if (relationship.External || target.Contains(':', StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ImportException(new ImportLocation(File),
                $"{what} points outside the workbook, to {relationship.Target}: a workbook must hold its own parts");
        }

        var path = target.StartsWith('/') ? target : source[..(source.LastIndexOf('/') + 1)] + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    throw new ImportException(new ImportLocation(File),
                        $"{what} points outside the workbook, to {relationship.Target}: a workbook must hold its own parts");
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// Reads a part with an XmlReader; bad XML or a damaged entry becomes an error naming the part and where in it.
    /// <paramref name="where"/> names the place read last (a cell), for the error.
    /// </summary>
    public void Read(string part, Action<XmlReader> read, Func<(int? Row, string? Cell)>? where = null)
    {
        try
        {
            using var xml = XmlReader.Create(_entries[part].Open(), DocxTableReader.Settings);
            read(xml);
        }
        catch (XmlException e)
        {
            var (row, cell) = where?.Invoke() ?? (null, null);
            var after = cell is null ? "" : $", in or after cell {cell}";
            throw new ImportException(new ImportLocation(File, row, cell),
                $"{part} is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}{after}): {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            var (row, cell) = where?.Invoke() ?? (null, null);
            throw new ImportException(new ImportLocation(File, row, cell), $"{part} is damaged in the zip archive: {e.Message}", e);
        }
    }
}
