using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Prongsai.Import;
using Prongsai.Thai;

namespace Prongsai.Scores;

/// <summary>One agency's ITA result for a year as a score file gives it, with the line it came from.</summary>
public sealed record ScoreRow(int Line, string AgencySlug, int FiscalYear, decimal Total, decimal? Iit, decimal? Eit, decimal? Oit, IReadOnlyList<decimal?> Indicators);

/// <summary>A refused cell: line (1 = the header), column name, and why.</summary>
public sealed record ScoreFileError(int Line, string Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}

/// <summary>
/// Reads a score file — CSV (UTF-8, with or without BOM) or XLSX — with a header row naming the columns
/// <c>agency, fiscal year, total, iit, eit, oit, i1 … i10</c> in any order. Every row is validated; a caller imports
/// only when <see cref="Result.Errors"/> is empty. Thai digits are read like Arabic ones.
/// </summary>
public static class ScoreFile
{
    public sealed record Result(IReadOnlyList<ScoreRow> Rows, IReadOnlyList<ScoreFileError> Errors);

    static readonly string[] ToolColumns = ["iit", "eit", "oit"];

    public static Result Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        List<string[]> lines;
        try
        {
            lines = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? XlsxLines(content) : CsvLines(content, fileName);
        }
        catch (ImportException e)
        {
            return new Result([], [new ScoreFileError(1, "-", $"ไม่ใช่ไฟล์ที่อ่านได้ (unreadable file): {e.Reason}")]);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or FormatException or NotSupportedException)
        {
            return new Result([], [new ScoreFileError(1, "-", $"ไม่ใช่ไฟล์ที่อ่านได้ (unreadable file): {e.Message}")]);
        }

        return Interpret(lines);
    }

    static Result Interpret(List<string[]> lines)
    {
        if (lines.Count == 0)
        {
            return new Result([], [new ScoreFileError(1, "-", "ไฟล์ว่าง (the file is empty)")]);
        }

        var columns = HeaderColumns(lines[0]);
        var errors = new List<ScoreFileError>();
        foreach (var required in new[] { "agency", "fiscalyear", "total" }.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new ScoreFileError(1, required, "ไม่มีคอลัมน์นี้ในแถวหัวตาราง (missing from the header row)"));
        }

        if (errors.Count > 0)
        {
            return new Result([], errors);
        }

        var rows = new List<ScoreRow>();
        var seen = new Dictionary<(string, int), int>();
        for (var index = 1; index < lines.Count; index++)
        {
            var cells = lines[index];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = ReadRow(index + 1, cells, columns, errors);
            if (row is null)
            {
                continue;
            }

            if (seen.TryGetValue((row.AgencySlug, row.FiscalYear), out var first))
            {
                errors.Add(new ScoreFileError(row.Line, "agency", $"หน่วยงานและปีนี้ซ้ำกับบรรทัด {first} (same agency and year as line {first})"));
                continue;
            }

            seen[(row.AgencySlug, row.FiscalYear)] = row.Line;
            rows.Add(row);
        }

        return new Result(rows, errors);
    }

    static ScoreRow? ReadRow(int line, string[] cells, Dictionary<string, int> columns, List<ScoreFileError> errors)
    {
        var before = errors.Count;
        string Cell(string column) => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";

        var slug = Cell("agency");
        if (slug.Length == 0)
        {
            errors.Add(new ScoreFileError(line, "agency", "ว่าง (empty)"));
        }

        var yearText = ThaiDigits.ToArabic(Cell("fiscalyear"));
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2500 or > 2700)
        {
            errors.Add(new ScoreFileError(line, "fiscal year", $"'{Cell("fiscalyear")}' ไม่ใช่ปีงบประมาณ พ.ศ. (not a Buddhist-era fiscal year)"));
        }

        var total = Score(line, "total", Cell("total"), required: true, errors);
        var tools = ToolColumns.Select(c => Score(line, c, Cell(c), required: false, errors)).ToArray();
        var indicators = Enumerable.Range(1, 10).Select(n => Score(line, $"i{n}", Cell($"i{n}"), required: false, errors)).ToArray();
        return errors.Count > before ? null : new ScoreRow(line, slug, year, total!.Value, tools[0], tools[1], tools[2], indicators);
    }

    /// <summary>A score from 0 to 100; blank is null unless required.</summary>
    static decimal? Score(int line, string column, string text, bool required, List<ScoreFileError> errors)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new ScoreFileError(line, column, "ว่าง (empty)"));
            }

            return null;
        }

        if (!decimal.TryParse(ThaiDigits.ToArabic(text), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100)
        {
            errors.Add(new ScoreFileError(line, column, $"'{text}' ไม่ใช่คะแนน ๐–๑๐๐ (not a score from 0 to 100)"));
            return null;
        }

        return value;
    }

    static Dictionary<string, int> HeaderColumns(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            // Thai vowel and tone marks are not letters to char.IsLetter, yet ปีงบประมาณ needs them.
            var key = new string([.. header[i].ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)]);
            key = key switch
            {
                "agencyslug" or "slug" => "agency",
                "year" or "ปีงบประมาณ" => "fiscalyear",
                _ => key,
            };
            columns.TryAdd(key, i);
        }

        return columns;
    }

    static List<string[]> XlsxLines(Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                throw new InvalidDataException("not an XLSX workbook");
            }
        }

        copy.Position = 0;
        return [.. copy.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray())];
    }

    /// <summary>
    /// RFC 4180: commas, quoted fields with doubled quotes and line breaks inside. Decoded like imported text: Excel in
    /// Thai saves "CSV" in windows-874, not UTF-8.
    /// </summary>
    static List<string[]> CsvLines(Stream content, string fileName)
    {
        using var bytes = new MemoryStream();
        content.CopyTo(bytes);
        var text = TextDecoding.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), fileName);
        var lines = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
                cells.Add(cell.ToString()); cell.Clear();
                lines.Add([.. cells]); cells.Clear();
            }
            else { cell.Append(c); }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            lines.Add([.. cells]);
        }

        return lines;
    }
}
