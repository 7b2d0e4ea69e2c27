using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Documents;

namespace Prongsai.Reports;

/// <summary>
/// The report as a Word document: A4 landscape, TH Sarabun New 16 pt on the complex-script slot (where Word
/// takes Thai from), one real table per tool whose header row repeats on every page, one row per measure and
/// one paragraph per list item — the shape the DOCX importer reads back.
/// </summary>
public static class DocxReportWriter
{
    const string FontName = "TH Sarabun New";
    const string SizeHalfPoints = "32";
    const int PageWidth = 16838; // A4 landscape in twentieths of a point
    const int PageHeight = 11906;
    const int Margin = 1000;
    const int TableWidth = PageWidth - 2 * Margin;

    public static byte[] Write(MeasuresDocument document, ReportOptions? options = null) =>
        Write(ReportLayoutBuilder.Build(document, options));

    public static byte[] Write(ReportLayout layout)
    {
        using var memory = new MemoryStream();
        Write(layout, memory);
        return memory.ToArray();
    }

    public static void Write(ReportLayout layout, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        body.Append(
            Paragraph(layout.Title, JustificationValues.Center, bold: true),
            Paragraph(layout.Subtitle, JustificationValues.Center, bold: true),
            Paragraph(layout.Opening, JustificationValues.Both, bold: false, firstLineIndent: 720));
        if (layout.Analysis.Count > 0)
        {
            body.Append(Paragraph("ผลการวิเคราะห์ผลการประเมิน", JustificationValues.Left, bold: true, keepWithNext: true));
            body.Append(layout.Analysis.Select(p => Paragraph(p, JustificationValues.Both, bold: false, firstLineIndent: 720)));
        }

        foreach (var section in layout.Sections)
        {
            body.Append(Paragraph(section.Heading, JustificationValues.Left, bold: true, keepWithNext: true));
            body.Append(Table(layout, section));
        }

        AppendClosing(body, layout);
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(AddPageNumberFooter(main)) },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 500, Footer = 500, Gutter = 0 },
            new PageNumberType { Format = NumberFormatValues.ThaiNumbers }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    static Table Table(ReportLayout layout, ReportSection section)
    {
        var widths = layout.Columns.Select(c => TableWidth * c.WidthPercent / 100).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TableWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                    Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            header.Append(Cell(widths[i], [layout.Columns[i].Title], JustificationValues.Center, bold: true));
        }

        table.Append(header);
        foreach (var row in section.Rows)
        {
            var cells = layout.CellsOf(row);
            var tableRow = new TableRow();
            for (var i = 0; i < cells.Count; i++)
            {
                var justification = cells[i].IsMark ? JustificationValues.Center : JustificationValues.Left;
                tableRow.Append(Cell(widths[i], cells[i].Paragraphs, justification, bold: false));
            }

            table.Append(tableRow);
        }

        return table;
    }

    static T Border<T>()
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4 };

    static TableCell Cell(int width, IReadOnlyList<string> paragraphs, JustificationValues justification, bool bold)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        if (paragraphs.Count == 0)
        {
            // Word requires at least one paragraph in every cell.
            cell.Append(Paragraph("", justification, bold));
        }

        foreach (var text in paragraphs)
        {
            cell.Append(Paragraph(text, justification, bold));
        }

        return cell;
    }

    static void AppendClosing(Body body, ReportLayout layout)
    {
        if (layout.ReportDate is { } date)
        {
            body.Append(Paragraph(date, JustificationValues.Left, bold: false));
        }

        foreach (var signature in layout.Signatures)
        {
            body.Append(
                Paragraph("", JustificationValues.Center, bold: false),
                Paragraph($"ลงชื่อ ........................................ {signature.Role}", JustificationValues.Center, bold: false, keepWithNext: true),
                Paragraph($"({signature.Name})", JustificationValues.Center, bold: false, keepWithNext: true),
                Paragraph(signature.Position, JustificationValues.Center, bold: false));
        }
    }

    static Paragraph Paragraph(string text, JustificationValues justification, bool bold, int firstLineIndent = 0, bool keepWithNext = false)
    {
        var properties = new ParagraphProperties();
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        if (firstLineIndent > 0)
        {
            properties.Append(new Indentation { FirstLine = firstLineIndent.ToString() });
        }

        properties.Append(new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(RunProperties(bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>Thai is complex script: Word sets it with the cs font and size, and only when the run says so.</summary>
    static RunProperties RunProperties(bool bold)
    {
        var properties = new RunProperties(new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName });
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        properties.Append(
            new FontSize { Val = SizeHalfPoints },
            new FontSizeComplexScript { Val = SizeHalfPoints },
            new ComplexScript(),
            new Languages { Val = "th-TH", Bidi = "th-TH" });
        return properties;
    }

    /// <summary>
    /// "หน้า 1/3" in the footer. The page number format of the section is thaiNumbers; LibreOffice ignores it
    /// (and renders the \* ThaiArabic field switch as Thai letters ก/ข), so the fields carry no switch.
    /// </summary>
    static FooterPart AddPageNumberFooter(MainDocumentPart main)
    {
        var footerPart = main.AddNewPart<FooterPart>();
        var paragraph = Paragraph("หน้า ", JustificationValues.Center, bold: false);
        paragraph.Append(
            Field(" PAGE ", "๑"),
            new Run(RunProperties(bold: false), new Text("/")),
            Field(" NUMPAGES ", "๑"));
        footerPart.Footer = new Footer(paragraph);
        footerPart.Footer.Save();
        return footerPart;
    }

    static SimpleField Field(string instruction, string placeholder) =>
        new(new Run(RunProperties(bold: false), new Text(placeholder))) { Instruction = instruction };

    static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                    new FontSize { Val = SizeHalfPoints },
                    new FontSizeComplexScript { Val = SizeHalfPoints },
                    new Languages { Val = "th-TH", Bidi = "th-TH" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }
}
