using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Prongsai.Tests.Import;

/// <summary>
/// Documents shaped like those agencies publish beyond the seed: an O42 measures plan in Word (a name column, a
/// row-number column, no status, list paragraphs Word numbers itself, empty paragraphs as spacing, a table inside a
/// cell, the whole inside a one-column frame, a signature table after it) and an Excel workbook with one sheet per
/// tool under title rows.
/// </summary>
static class RealDocuments
{
    public static readonly string[] PlanHeader =
        ["ที่", "มาตรการ/แนวทาง", "ตัวชี้วัด", "ผู้รับผิดชอบ", "ขั้นตอนหรือวิธีปฏิบัติ", "แนวทางการกำกับติดตาม", "ระยะเวลาดำเนินการ", "การรายงานผล"];

    /// <summary>A cell's content: plain paragraphs, Word-numbered list paragraphs (numPr), or a table of paragraphs.</summary>
    public sealed record CellContent(string[] Paragraphs, bool WordNumbered = false, string[][]? Nested = null);

    public static CellContent Plain(params string[] paragraphs) => new(paragraphs);

    public static CellContent Listed(params string[] paragraphs) => new(paragraphs, WordNumbered: true);

    public static byte[] WordPlan(IReadOnlyList<CellContent[]> rows, bool framed = true, bool signature = true)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "Table Contents" }, new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }))
            { Type = StyleValues.Paragraph, StyleId = "TableContents" });
            var table = new Table(new TableGrid(PlanHeader.Select(_ => new GridColumn { Width = "1200" })));
            table.Append(new TableRow(PlanHeader.Select(h => Cell(Plain(h)))));
            table.Append(rows.Select(r => new TableRow(r.Select(Cell))));
            var content = new OpenXmlElement[]
            {
                Paragraph("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
                Paragraph("เทศบาลตำบลบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง"),
                new Paragraph(), new Paragraph(),
                table,
                new Paragraph(),
            };
            var body = new Body();
            if (framed)
            {
                // LibreOffice and Word users often put the whole page in a one-column bordered table.
                var frame = new Table(new TableGrid(new GridColumn { Width = "9600" }), new TableRow(new TableCell(content)));
                body.Append(frame, new Paragraph());
            }
            else
            {
                body.Append(content);
            }

            if (signature)
            {
                body.Append(new Table(new TableGrid(new GridColumn(), new GridColumn()),
                    new TableRow(Cell(Plain("ลงชื่อ ............................ ผู้รายงาน")), Cell(Plain("ลงชื่อ ............................ ผู้อนุมัติ"))),
                    new TableRow(Cell(Plain("(นางสาวสมใจ ใจดี)")), Cell(Plain("(นายสมชาย รักดี)"))),
                    new TableRow(Cell(Plain("นักวิเคราะห์นโยบายและแผน")), Cell(Plain("นายกเทศมนตรีตำบลบ้านฉาง")))));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    static TableCell Cell(CellContent content)
    {
        var cell = new TableCell();
        foreach (var text in content.Paragraphs)
        {
            var paragraph = Paragraph(text, "TableContents");
            if (content.WordNumbered)
            {
                paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
            }

            cell.Append(paragraph);
            if (content.WordNumbered)
            {
                cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableContents" })));
            }
        }

        if (content.Nested is { } nested)
        {
            var table = new Table(new TableGrid(nested[0].Select(_ => new GridColumn())));
            table.Append(nested.Select(r => new TableRow(r.Select(t => new TableCell(Paragraph(t))))));
            cell.Append(table);
            cell.Append(new Paragraph());
        }

        if (!cell.HasChildren)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    static Paragraph Paragraph(string text, string? style = null) => new(
        new ParagraphProperties(style is null ? [] : [new ParagraphStyleId { Val = style }]),
        new Run(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>One sheet per tool, each under two title rows, with its own header row; plus a hidden-free layout.</summary>
    public static byte[] WorkbookPerTool(IReadOnlyDictionary<string, string[][]> sheets, string[] header)
    {
        var book = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets)
        {
            var sheetRows = new List<Dictionary<string, object?>>
            {
                Row(["ความก้าวหน้าการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๗"], header.Length),
                Row(["เทศบาลตำบลบ้านฉาง"], header.Length),
                Row(header, header.Length),
            };
            sheetRows.AddRange(rows.Select(r => Row(r, header.Length)));
            book[name] = sheetRows;
        }

        using var stream = new MemoryStream();
        stream.SaveAs(book, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    static Dictionary<string, object?> Row(IReadOnlyList<string> cells, int width)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < width; i++)
        {
            row[((char)('A' + i)).ToString()] = i < cells.Count ? cells[i] : null;
        }

        return row;
    }
}
