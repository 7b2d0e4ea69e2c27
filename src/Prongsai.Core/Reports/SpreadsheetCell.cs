namespace Prongsai.Reports;

/// <summary>Text for a CSV or XLSX cell that a spreadsheet never runs as a formula (= + - @ get an invisible U+200B in front).</summary>
public static class SpreadsheetCell
{
    public static string Text(string? text) => XlsxReportWriter.Cell(text);
}
