using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Tests.Import;

/// <summary>
/// Writes a document the way agencies lay it out in Word and Excel — built here, independently of the
/// report writers, so the importer is tested against layouts it did not produce.
/// </summary>
static class TestDocuments
{
    static readonly string[] Headings =
    [
        "ตัวชี้วัดของการประเมิน ITA", "(๑) ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง", "(๒) ขั้นตอนหรือวิธีปฏิบัติ",
        "(๓) แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล", "(๔) ระยะเวลาดำเนินการ",
        "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว", "(๕) การรายงานผลการดำเนินการ",
    ];

    static readonly Dictionary<int, string> IndicatorNames = new()
    {
        [1] = "การปฏิบัติหน้าที่", [2] = "การใช้งบประมาณ", [3] = "การใช้อำนาจ", [4] = "การใช้ทรัพย์สินของราชการ",
        [5] = "การแก้ไขปัญหาการทุจริต", [6] = "คุณภาพการดำเนินงาน", [7] = "ประสิทธิภาพการสื่อสาร",
        [8] = "การปรับปรุงระบบการทำงาน", [9] = "การเปิดเผยข้อมูล", [10] = "การป้องกันการทุจริต",
    };

    static readonly Dictionary<Tool, string> ToolHeadings = new()
    {
        [Tool.IIT] = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
        [Tool.EIT] = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
        [Tool.OIT] = "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
    };

    static string Title(MeasuresDocument d) =>
        $"ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {ThaiDigits.ToThai(d.FiscalYear)}";

    static string Opening(MeasuresDocument d) => $"ตามที่ {d.Agency.Name} มีแนวทางหรือมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    /// <summary>One cell's paragraphs per column, as a person types them: numbered items, units joined by "/".</summary>
    static List<string[]> Cells(Measure m) =>
    [
        [.. Numbered(m.Indicators.Select(i => IndicatorNames[i]).ToList())],
        [string.Join("/", m.ResponsibleUnits), .. Numbered(m.ResponsiblePersons)],
        [.. Numbered(m.Steps)],
        [.. Numbered(m.Monitoring)],
        [ThaiDates.FormatPeriod(m.Period?.Start, m.Period?.End)],
        m.Status == MeasureStatus.NotStarted ? ["✓"] : [],
        m.Status == MeasureStatus.InProgress ? ["✓"] : [],
        m.Status == MeasureStatus.Done ? ["✓"] : [],
        [Cadence(m.Reporting.Cadences), .. Numbered(m.Results)],
    ];

    static IEnumerable<string> Numbered(IReadOnlyList<string> items) => items.Select((item, i) => $"{ThaiDigits.ToThai(i + 1)}. {item}");

    static string Cadence(IReadOnlyList<ReportingCadence> cadences) => string.Join(" และ ", cadences.Select(c => c switch
    {
        ReportingCadence.Monthly => "รายเดือน",
        ReportingCadence.Quarterly => "รายไตรมาส",
        ReportingCadence.Semiannual => "ราย ๖ เดือน",
        _ => "๑๒ เดือน",
    }));

    /// <summary>Title and opening as paragraphs; one table with a two-row header (statuses under a spanning cell) and tool headings as full-width rows.</summary>
    public static byte[] Docx(MeasuresDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(Paragraph(Title(document)), Paragraph(Opening(document)));
            var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
            table.Append(Row([Headings[0], Headings[1], Headings[2], Headings[3], Headings[4], "สถานะการดำเนินการ", Headings[8]], spanAt: 5, span: 3));
            table.Append(Row(["", "", "", "", "", Headings[5], Headings[6], Headings[7], ""]));
            foreach (var group in document.Measures.GroupBy(m => m.Tool))
            {
                table.Append(Row([ToolHeadings[group.Key]], spanAt: 0, span: 9));
                foreach (var measure in group)
                {
                    table.Append(new TableRow(Cells(measure).Select(Cell)));
                }
            }

            body.Append(table);
            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>Title rows, a header row once, tool headings in column A, cells with line breaks between items.</summary>
    public static byte[] Xlsx(MeasuresDocument document)
    {
        var rows = new List<Dictionary<string, object?>>
        {
            XlsxRow([Title(document)]),
            XlsxRow([Opening(document)]),
            XlsxRow(Headings),
        };
        foreach (var group in document.Measures.GroupBy(m => m.Tool))
        {
            rows.Add(XlsxRow([ToolHeadings[group.Key]]));
            rows.AddRange(group.Select(m => XlsxRow([.. Cells(m).Select(c => string.Join("\n", c))])));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    static Dictionary<string, object?> XlsxRow(IReadOnlyList<string> cells)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < Headings.Length; i++)
        {
            row[((char)('A' + i)).ToString()] = i < cells.Count ? cells[i] : null;
        }

        return row;
    }

    static TableRow Row(IReadOnlyList<string> texts, int spanAt = -1, int span = 1)
    {
        var row = new TableRow();
        for (var i = 0; i < texts.Count; i++)
        {
            var cell = Cell([texts[i]]);
            if (i == spanAt)
            {
                cell.PrependChild(new TableCellProperties(new GridSpan { Val = span }));
            }

            row.Append(cell);
        }

        return row;
    }

    static TableCell Cell(string[] paragraphs) =>
        new(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs.Select(Paragraph));

    static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
