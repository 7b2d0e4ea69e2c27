using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Prongsai.Documents;

namespace Prongsai.Reports;

/// <summary>
/// The report as one self-contained, printable HTML page: fonts inline, A4 landscape print CSS,
/// the header row repeated on every printed page. Every text from the document is HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    // Thai stays readable in the source; markup characters are always encoded.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    const string PageCss = """
        @page {
          size: A4 landscape; margin: 12mm 10mm 14mm 10mm;
          @bottom-center { content: "หน้า " counter(page, thai) "/" counter(pages, thai); font-family: 'Sarabun', sans-serif; font-size: 9pt; }
        }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: 'Sarabun', sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; margin: 0 auto; max-width: 277mm; padding: 8mm 0; }
        @media print { body { padding: 0; max-width: none; } }
        h1 { font-size: 13pt; font-weight: 700; text-align: center; margin: 0; }
        .subtitle { font-size: 12pt; font-weight: 700; text-align: center; margin: 0 0 3mm; }
        .opening { text-indent: 15mm; margin: 0 0 4mm; text-align: justify; }
        h2 { font-size: 11.5pt; font-weight: 700; margin: 4mm 0 2mm; break-after: avoid; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        th, td { border: 0.6pt solid #000; padding: 1mm 1.2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        th { font-weight: 700; text-align: center; vertical-align: middle; background: #f2f2f2; }
        th.status { font-size: 9pt; overflow-wrap: normal; }
        td p { margin: 0 0 0.8mm; }
        td.mark { text-align: center; font-weight: 700; }
        tr { break-inside: auto; }
        .report-date { margin: 6mm 0 0; }
        .signatures { display: flex; justify-content: space-around; margin-top: 10mm; break-inside: avoid; }
        .signature { text-align: center; }
        .signature p { margin: 0; }
        a { overflow-wrap: anywhere; }
        /* On a phone each measure becomes a card: indicator and status first, then the elements under their headings.
           Screen only, so print and the PDF keep the official table. */
        @media screen and (max-width: 640px) {
          body { padding: 3mm; font-size: 12pt; overflow-wrap: anywhere; }
          .opening { text-indent: 0; text-align: left; }
          table, tbody, tr, td { display: block; width: auto; }
          colgroup, thead { display: none; }
          tr { display: flex; flex-direction: column; border: 0.6pt solid #000; margin: 0 0 4mm; }
          td { border: 0; border-top: 0.6pt solid #ccc; order: 2; }
          td::before { content: attr(data-label); display: block; font-weight: 700; }
          td.indicator { order: 0; border-top: 0; background: #f2f2f2; }
          td.mark { order: 1; text-align: left; }
          td.mark:empty { display: none; }
          td.mark::before { display: inline; }
          td.mark p { display: inline; margin-left: 2mm; }
          .signatures { flex-direction: column; gap: 6mm; }
        }
        """;

    public static string Write(MeasuresDocument document, ReportOptions? options = null) =>
        Write(ReportLayoutBuilder.Build(document, options));

    public static string Write(ReportLayout layout)
    {
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(layout.Title)).Append(' ').Append(Encode(layout.Subtitle)).Append("</title>\n")
            .Append("<style>\n").Append(SarabunFonts.FontFaceCss).Append(PageCss).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(layout.Title)).Append("</h1>\n")
            .Append("<p class=\"subtitle\">").Append(Encode(layout.Subtitle)).Append("</p>\n")
            .Append("<p class=\"opening\">").Append(Encode(layout.Opening)).Append("</p>\n");
        if (layout.Analysis.Count > 0)
        {
            html.Append("<section class=\"analysis\">\n<h2>ผลการวิเคราะห์ผลการประเมิน</h2>\n");
            foreach (var paragraph in layout.Analysis)
            {
                html.Append("<p class=\"opening\">").Append(Encode(paragraph)).Append("</p>\n");
            }

            html.Append("</section>\n");
        }

        foreach (var section in layout.Sections)
        {
            AppendSection(html, layout, section);
        }

        AppendClosing(html, layout);
        return html.Append("</body>\n</html>\n").ToString();
    }

    static void AppendSection(StringBuilder html, ReportLayout layout, ReportSection section)
    {
        html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n<table>\n<colgroup>");
        foreach (var column in layout.Columns)
        {
            html.Append("<col style=\"width:").Append(column.WidthPercent).Append("%\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        foreach (var column in layout.Columns)
        {
            html.Append(column.IsStatus ? "<th scope=\"col\" class=\"status\">" : "<th scope=\"col\">").Append(Encode(column.Title)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in section.Rows)
        {
            html.Append("<tr>");
            var cells = layout.CellsOf(row);
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                // The column title travels with the cell so the phone card can label it (see PageCss).
                var label = Encode(cell.IsMark ? $"สถานะ: {layout.Columns[i].Title}" : layout.Columns[i].Title);
                var cssClass = cell.IsMark ? " class=\"mark\"" : i == 0 ? " class=\"indicator\"" : "";
                html.Append("<td").Append(cssClass).Append(" data-label=\"").Append(label).Append("\">");
                foreach (var paragraph in cell.Paragraphs)
                {
                    html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    static void AppendClosing(StringBuilder html, ReportLayout layout)
    {
        if (layout.ReportDate is { } date)
        {
            html.Append("<p class=\"report-date\">").Append(Encode(date)).Append("</p>\n");
        }

        if (layout.Signatures.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"signatures\">\n");
        foreach (var signature in layout.Signatures)
        {
            html.Append("<div class=\"signature\"><p>ลงชื่อ ........................................ ")
                .Append(Encode(signature.Role)).Append("</p><p>(").Append(Encode(signature.Name)).Append(")</p><p>")
                .Append(Encode(signature.Position)).Append("</p></div>\n");
        }

        html.Append("</div>\n");
    }

    static string Encode(string text) => Encoder.Encode(text);
}
