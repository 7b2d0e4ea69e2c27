using Prongsai.Catalog;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>
/// Turns the table model of any reader into a measures document: finds the header rows (given once or repeated
/// before every measure), the tool sections (IIT, EIT, OIT) from their headings, one measure per data row
/// (a row with no indicator and no responsible continues the measure above), then the agency and fiscal year.
/// </summary>
static class MeasuresInterpreter
{
    public static ImportResult Interpret(SourceDocument source, ImportOptions options)
    {
        // Next year's plan is written before its fiscal year begins; nothing later is plausible.
        var latestYear = Thai.FiscalYear.Of(DateOnly.FromDateTime(DateTime.UtcNow)).BuddhistYear + 1;
        source = Ocr.OcrYears.Repair(source, options.FiscalYear, latestYear);
        var walk = Walk(source);
        if (walk.Rows.Count == 0)
        {
            var reason = walk.SawHeader
                ? "the table of measures has a header row but no measures under it"
                : "no table of measures found: expected a header row naming ตัวชี้วัด, ผู้รับผิดชอบ, ขั้นตอน, ระยะเวลา …";
            throw new ImportException(new ImportLocation(source.File), reason);
        }

        var texts = walk.Texts;
        var fiscalYear = options.FiscalYear ?? DocumentFacts.FiscalYearOf(texts, walk.Rows.Select(r => r.Cell(ColumnRole.Period)))
            ?? throw new ImportException(new ImportLocation(source.File),
                "the fiscal year could not be found: write it in the title (ปีงบประมาณ ๒๕๖๗) or give periods with years");
        var framework = options.Catalog.For(fiscalYear);
        var notes = new List<ImportNote>(walk.Notes);
        var measures = walk.Rows.Select(r => r.ToMeasure(framework, fiscalYear, source.File, notes)).ToList();
        var isProgress = walk.SawStatusColumns || texts.Take(3).Any(t => ThaiText.Compact(t).Contains("ความก้าวหน้า"));
        var document = new MeasuresDocument
        {
            Agency = options.Agency ?? DocumentFacts.AgencyOf(texts, measures),
            FiscalYear = fiscalYear,
            Kind = isProgress ? DocumentKind.Progress : DocumentKind.Measures,
            Measures = measures,
        };
        return new ImportResult(document, notes, [.. walk.Rows.Select(r => r.Location)]);
    }

    sealed record WalkResult(List<string> Texts, List<RawMeasure> Rows, List<ImportNote> Notes, bool SawHeader, bool SawStatusColumns);

    static WalkResult Walk(SourceDocument source)
    {
        var texts = new List<string>();
        var rows = new List<RawMeasure>();
        var notes = new List<ImportNote>();
        HeaderColumns? header = null;
        var headerJustRead = false;
        var sawHeader = false;
        var sawStatus = false;
        Tool? tool = null;
        foreach (var block in source.Blocks)
        {
            if (block is SourceText text)
            {
                texts.Add(text.Text);
                tool = DocumentFacts.ToolOfHeading(text.Text) ?? tool;
                continue;
            }

            var row = (SourceRow)block;
            if (HeaderColumns.TryRead(row) is { } newHeader)
            {
                header = newHeader;
                headerJustRead = sawHeader = true;
                sawStatus |= header.HasStatusColumns;
                continue;
            }

            if (header is not null && headerJustRead && header.Refine(row) is { } refined)
            {
                header = refined;
                sawStatus |= header.HasStatusColumns;
                continue;
            }

            headerJustRead = false;
            var nonEmpty = row.NonEmptyCells.ToList();
            if (nonEmpty.Count == 0)
            {
                continue;
            }

            if (nonEmpty.Count == 1 && (header is null || DocumentFacts.ToolOfHeading(nonEmpty[0].Text) is not null))
            {
                var line = ThaiText.Tidy(nonEmpty[0].Text.Replace('\n', ' '));
                texts.Add(line);
                tool = DocumentFacts.ToolOfHeading(line) ?? tool;
                continue;
            }

            if (header is not null && IsSignature(nonEmpty))
            {
                // The signature block after the table ("ลงชื่อ … ผู้รายงาน") ends it: what follows is no measure.
                header = null;
            }

            if (header is null)
            {
                texts.Add(ThaiText.Tidy(string.Join(" ", nonEmpty.Select(c => c.Text.Replace('\n', ' ')))));
                continue;
            }

            var raw = new RawMeasure(header, row, tool, new ImportLocation(source.File, row.Row, nonEmpty[0].Name));
            if (raw.IsEmpty)
            {
                texts.Add(ThaiText.Tidy(string.Join(" ", nonEmpty.Select(c => c.Text.Replace('\n', ' ')))));
                continue;
            }

            if (raw.IsContinuation && rows.Count > 0 && ReferenceEquals(rows[^1].Header, header))
            {
                rows[^1].Continue(raw);
                notes.Add(new ImportNote(raw.Location, "แถวนี้ไม่มีตัวชี้วัดและผู้รับผิดชอบ จึงนำไปต่อท้ายมาตรการก่อนหน้า",
                    "this row has no indicator and no responsible, so it continues the measure above"));
                continue;
            }

            rows.Add(raw);
        }

        return new WalkResult(texts, rows, notes, sawHeader, sawStatus);
    }

    static bool IsSignature(List<SourceCell> cells) =>
        cells.Any(c => ThaiText.Compact(c.Text).TrimStart('(', '-').StartsWith("ลงชื่อ", StringComparison.Ordinal));
}
