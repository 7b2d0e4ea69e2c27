using System.Text;
using Prongsai.Import;
using Prongsai.Import.Readers;
using static Prongsai.Tests.Import.HandWorkbook;

namespace Prongsai.Tests.Import;

/// <summary>
/// The XLSX reader's table model, read straight from hand-written SpreadsheetML: where each cell lands and how it is
/// named, merged ranges, shared and inline strings, the cell formats that make a date, and the limits that keep a
/// hostile sheet within its memory bound. (XlsxProducersTests imports whole workbooks as measures.)
/// </summary>
public class XlsxSheetReaderTests
{
    static SourceDocument Read(byte[] xlsx) => XlsxTableReader.Read("test.xlsx", new MemoryStream(xlsx));

    static SourceDocument ReadSheet(string sheetData, string after = "", string? sharedStrings = null, string? styles = null) =>
        Read(new HandWorkbook { SharedStrings = sharedStrings, Styles = styles }.Sheet("Sheet1", sheetData, after: after).Build());

    static ImportException Refused(string sheetData, string after = "") => Assert.Throws<ImportException>(() => ReadSheet(sheetData, after));

    static List<SourceRow> Rows(SourceDocument document) => [.. document.Blocks.OfType<SourceRow>()];

    static string Value(string? reference, string value, string attributes = "") => $"""<c{(reference is null ? "" : $" r=\"{reference}\"")}{attributes}><v>{value}</v></c>""";

    static string Text(SourceDocument document, string cell) => Rows(document).SelectMany(r => r.Cells).Single(c => c.Name == cell).Text;

    [Fact]
    public void Each_sheet_starts_with_its_name_and_its_rows_keep_their_numbers_and_cell_names()
    {
        var document = ReadSheet(InlineRow(2, "ที่", "มาตรการ") + $"""<row r="5">{Inline("B5", "ประชุม")}</row>""");

        Assert.Equal(new SourceText(0, "Sheet1"), document.Blocks[0]);
        var rows = Rows(document);
        Assert.Equal([2, 5], rows.Select(r => r.Row));
        Assert.Equal(["Sheet1!A2", "Sheet1!B2", "Sheet1!A5", "Sheet1!B5"], rows.SelectMany(r => r.Cells).Select(c => c.Name));
        Assert.Equal(["ที่", "มาตรการ", "", "ประชุม"], rows.SelectMany(r => r.Cells).Select(c => c.Text));
    }

    [Fact]
    public void Columns_past_z_are_counted_in_base_26_letters()
    {
        var document = ReadSheet($"""<row r="1">{Inline("A1", "ก")}{Inline("AB1", "ข")}</row>""");

        var cells = Rows(document).Single().Cells;
        Assert.Equal(28, cells.Count);
        Assert.Equal("Sheet1!Z1", cells[25].Name);
        Assert.Equal(("Sheet1!AB1", "ข"), (cells[27].Name, cells[27].Text));
    }

    [Fact]
    public void Rows_and_cells_without_a_reference_follow_the_one_before_them()
    {
        var document = ReadSheet($"""<row r="3">{Inline("C3", "ก")}{Inline(null, "ข")}</row><row>{Inline(null, "ค")}</row>""");

        Assert.Equal("ข", Text(document, "Sheet1!D3"));
        Assert.Equal("ค", Text(document, "Sheet1!A4"));
    }

    [Theory]
    [InlineData("AB")]     // letters without a row
    [InlineData("12")]     // a row without letters
    [InlineData("XFE1")]   // past the last column a spreadsheet has
    [InlineData("A0")]     // row 0
    [InlineData("A1048577")]
    public void A_reference_that_names_no_cell_is_read_as_a_cell_without_one(string reference)
    {
        var document = ReadSheet($"""<row r="2">{Inline("A2", "ก")}{Inline(reference, "ข")}</row>""");

        Assert.Equal("ข", Text(document, "Sheet1!B2"));
    }

    [Fact]
    public void A_row_numbered_zero_or_past_the_last_row_follows_the_row_before_it()
    {
        var document = ReadSheet($"""<row r="2">{Inline(null, "ก")}</row><row r="0">{Inline(null, "ข")}</row><row r="1048577">{Inline(null, "ค")}</row>""");

        Assert.Equal([2, 3, 4], Rows(document).Select(r => r.Row));
    }

    [Fact]
    public void The_last_row_and_column_a_spreadsheet_has_are_cells_and_one_past_them_is_refused()
    {
        Assert.Equal(1_048_576, Rows(ReadSheet($"""<row r="1048576">{Inline("A1048576", "ท้ายสุด")}</row>""")).Single().Row);

        var pastRow = Refused($"""<row r="1048576">{Inline("A1048576", "ก")}</row><row>{Inline(null, "ข")}</row>""");
        Assert.Contains("past the last row or column a spreadsheet has (row 1,048,577, column 0)", pastRow.Reason);
        Assert.Equal(1_048_577, pastRow.Location.Row);

        var pastColumn = Refused($"""<row r="1">{Value("XFD1", "1")}{Inline(null, "ข")}</row>""");
        Assert.Contains("(row 1, column 16,385)", pastColumn.Reason);
    }

    [Fact]
    public void A_sheet_wider_than_a_row_may_be_is_refused_naming_its_last_cell()
    {
        var error = Refused($"""<row r="1">{Inline("A1", "ก")}</row><row r="2">{Value("XFD2", "1")}</row>""");

        Assert.Equal("Sheet1!XFD2", error.Location.Cell);
        Assert.Contains("spans 2 rows × 16,384 columns", error.Reason);
    }

    [Fact]
    public void Empty_cells_neither_widen_the_rows_nor_make_a_row()
    {
        var document = ReadSheet($"""<row r="1">{Inline("A1", "ก")}<c r="J1"/><c r="K1"><v></v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t></t></is></c></row>""");

        Assert.Equal(["Sheet1!A1"], Rows(document).SelectMany(r => r.Cells).Select(c => c.Name));
    }

    [Fact]
    public void A_sheet_of_no_values_gives_its_name_alone()
    {
        var document = ReadSheet("""<row r="1"><c r="A1"/></row>""");

        Assert.Equal([new SourceText(0, "Sheet1")], document.Blocks);
    }

    [Fact]
    public void A_vertically_merged_range_repeats_its_value_down_its_first_column_only()
    {
        var sheet = $"""<row r="1">{Inline("B1", "หัว")}</row>"""
            + $"""<row r="2">{Inline("A2", "มาตรการ ๑")}{Inline("B2", "ก")}</row><row r="3">{Inline("B3", "ข")}</row><row r="4">{Inline("B4", "ค")}</row><row r="5">{Inline("B5", "ง")}</row>""";

        var document = ReadSheet(sheet, after: """<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="C2:D2"/></mergeCells>""");

        Assert.Equal(["", "มาตรการ ๑", "มาตรการ ๑", "มาตรการ ๑", ""], Rows(document).Select(r => r.Cells[0].Text));
        Assert.Equal(2, Rows(document)[1].Cells.Count);
    }

    [Fact]
    public void A_merged_range_repeated_past_the_cell_budget_is_refused()
    {
        var error = Refused(InlineRow(1, "ก"), after: """<mergeCells count="1"><mergeCell ref="A1:A60000"/></mergeCells>""");

        Assert.Contains($"more than {ReadBudget.MaxCells:N0} cells", error.Reason);
        Assert.Equal($"Sheet1!A{ReadBudget.MaxCells + 1}", error.Location.Cell);
    }

    [Fact]
    public void Cells_past_the_cell_budget_are_refused_naming_the_first_one_over()
    {
        var rows = new StringBuilder();
        for (var row = 1; row <= ReadBudget.MaxCells / 10 + 1; row++)
        {
            rows.Append($"<row r=\"{row}\">");
            for (var column = 0; column < 10; column++)
            {
                rows.Append(Value($"{Column(column)}{row}", "1"));
            }

            rows.Append("</row>");
        }

        var error = Refused(rows.ToString());

        Assert.Equal($"Sheet1!A{ReadBudget.MaxCells / 10 + 1}", error.Location.Cell);
    }

    [Fact]
    public void Text_past_the_character_budget_is_refused_naming_the_cell_that_went_over()
    {
        // Below the budget by 200 characters after two cells (the sheet's name and id count too), over it in the third.
        var half = new string('ก', ReadBudget.MaxCharacters / 2 - 100);
        var error = Refused(InlineRow(1, half, half, new string('ข', 300)));

        Assert.Equal("Sheet1!C1", error.Location.Cell);
        Assert.Contains($"more than {ReadBudget.MaxCharacters:N0} characters", error.Reason);
    }

    [Fact]
    public void One_cell_larger_than_the_character_budget_is_refused()
    {
        var error = Refused($"""<row r="1"><c r="B1" t="inlineStr"><is><r><t>{new string('ก', ReadBudget.MaxCharacters)}</t></r><r><t>ข</t></r></is></c></row>""");

        Assert.Equal("Sheet1!B1", error.Location.Cell);
    }

    [Fact]
    public void Inline_strings_keep_their_runs_and_leave_phonetic_guides_out()
    {
        var document = ReadSheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><r><t>มาตร</t></r><rPh sb="0" eb="1"><t>ไม่ใช่</t></rPh><r><t>การ</t></r><rPh/><r><t>ที่ ๑</t></r></is></c></row>
            """);

        Assert.Equal("มาตรการที่ ๑", Text(document, "Sheet1!A1"));
    }

    [Fact]
    public void An_inline_string_is_text_even_in_a_cell_formatted_as_a_date()
    {
        const string styles = """<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""";

        var document = ReadSheet("""<row r="1"><c r="A1" s="1"><is><t>45200</t></is></c><c r="B1" s="1"><v>45200</v></c></row>""", styles: styles);

        Assert.Equal("45200", Text(document, "Sheet1!A1"));
        Assert.Equal("1 ต.ค. 2566", Text(document, "Sheet1!B1"));
    }

    [Fact]
    public void A_shared_string_index_outside_the_table_is_a_cell_that_shows_nothing()
    {
        const string strings = "<si><t>ศูนย์</t></si><si/><si><t>สอง</t></si>";
        var cells = string.Concat(new[] { "0", "1", "2", "3", "-1", "x" }.Select((index, i) => Value($"{Column(i)}1", index, " t=\"s\"")));

        var document = ReadSheet($"<row r=\"1\">{cells}</row>", sharedStrings: strings);

        Assert.Equal(["ศูนย์", "", "สอง", "", "", ""], Rows(document).Single().Cells.Select(c => c.Text));
    }

    [Fact]
    public void Shared_strings_join_their_runs_leave_phonetic_guides_out_and_ignore_other_namespaces()
    {
        const string strings = """<si><r><t>มาตร</t></r><rPh sb="0" eb="1"><t>ไม่ใช่</t></rPh><r><t>การ</t></r><x:t xmlns:x="urn:other">ไม่ใช่</x:t></si><si><t>สอง</t></si>""";

        var document = ReadSheet($"<row r=\"1\">{Value("A1", "0", " t=\"s\"")}{Value("B1", "1", " t=\"s\"")}</row>", sharedStrings: strings);

        Assert.Equal(["มาตรการ", "สอง"], Rows(document).Single().Cells.Select(c => c.Text));
    }

    [Fact]
    public void Shared_strings_past_the_character_budget_are_refused_naming_the_string()
    {
        var half = new string('ก', ReadBudget.MaxCharacters / 2 - 100);
        var error = Assert.Throws<ImportException>(() => ReadSheet(InlineRow(1, "ก"), sharedStrings: $"<si><t>{half}</t></si><si><t>{half}</t></si><si><t>{new string('ข', 300)}</t></si>"));

        Assert.Equal("shared string 3", error.Location.Cell);
    }

    [Fact]
    public void Damaged_shared_strings_are_refused_naming_the_string_that_broke()
    {
        var error = Assert.Throws<ImportException>(() => ReadSheet(InlineRow(1, "ก"), sharedStrings: "<si><t>หนึ่ง</t></si><si><t>สอง</si>"));

        Assert.Equal("shared string 2", error.Location.Cell);
    }

    [Fact]
    public void A_damaged_sheet_is_refused_naming_the_cell_it_reached_or_nothing_before_the_first_row()
    {
        var inRow = Refused($"""<row r="3">{Inline("A3", "ก")}<c r="B3"><v>1</v></row>""");
        Assert.Equal((3, "Sheet1!B3"), (inRow.Location.Row, inRow.Location.Cell));

        var beforeRows = Refused("<row r=\"1\"");
        Assert.Equal((null, null), (beforeRows.Location.Row, beforeRows.Location.Cell));
    }

    [Fact]
    public void Cell_formats_are_counted_in_cellxfs_alone()
    {
        // Style 1 is the date format: the cell style formats before, the format's own children and another namespace's xf do not count.
        const string styles = """
            <cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="0"/></cellStyleXfs>
            <cellXfs count="2"><xf numFmtId="0"><alignment horizontal="center"/></xf><x:xf xmlns:x="urn:other" numFmtId="0"/><xf numFmtId="14"/></cellXfs>
            """;

        var document = ReadSheet($"<row r=\"1\">{Value("A1", "45200", " s=\"1\"")}</row>", styles: styles);

        Assert.Equal("1 ต.ค. 2566", Text(document, "Sheet1!A1"));
    }

    [Theory]
    [InlineData("1", "2 ต.ค. 2570")]
    [InlineData("true", "2 ต.ค. 2570")]
    [InlineData("0", "1 ต.ค. 2566")]
    [InlineData("false", "1 ต.ค. 2566")]
    public void A_workbook_on_the_1904_date_system_shows_its_dates_four_years_later(string date1904, string shown)
    {
        var xlsx = new HandWorkbook { Styles = """<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>""" }
            .Sheet("Sheet1", $"<row r=\"1\">{Value("A1", "45200", " s=\"1\"")}</row>")
            .Part("xl/workbook.xml", Workbook($"""<workbookPr date1904="{date1904}"/>""", """<sheet name="Sheet1" sheetId="1" r:id="rIdSheet1"/>"""))
            .Build();

        Assert.Equal(shown, Text(Read(xlsx), "Sheet1!A1"));
    }

    [Fact]
    public void A_sheet_listed_without_a_name_gives_an_empty_name_line()
    {
        var xlsx = new HandWorkbook().Sheet("Sheet1", InlineRow(1, "ก")).Part("xl/workbook.xml", Workbook("", """<sheet sheetId="1" r:id="rIdSheet1"/>""")).Build();

        Assert.Equal(new SourceText(0, ""), Read(xlsx).Blocks[0]);
    }

    static string Workbook(string properties, string sheets) =>
        $"""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{properties}<sheets>{sheets}</sheets></workbook>""";

    [Fact]
    public void A_styles_part_the_workbook_names_but_the_file_lacks_is_refused()
    {
        var xlsx = new HandWorkbook { Styles = "<cellXfs/>" }.Sheet("Sheet1", InlineRow(1, "ก")).Part("xl/styles.xml", null).Build();

        var error = Assert.Throws<ImportException>(() => Read(xlsx));

        Assert.Equal("test.xlsx: the workbook's styles part xl/styles.xml is not in the file", error.Message);
    }

    [Fact]
    public void Sheets_of_another_namespace_and_chart_sheets_are_not_read()
    {
        const string r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var xlsx = new HandWorkbook().Sheet("Sheet1", InlineRow(1, "ก"))
            .Part("xl/workbook.xml", Workbook("", """<x:sheet xmlns:x="urn:other" name="ส่วนขยาย" r:id="rIdSheet1"/><sheet name="แผนภูมิ" r:id="rIdChart"/><sheet name="Sheet1" r:id="rIdSheet1"/>"""))
            .Part("xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdSheet1" Type="{r}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdChart" Type="{r}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>""")
            .Build();

        Assert.Equal(["Sheet1"], Read(xlsx).Blocks.OfType<SourceText>().Select(t => t.Text));
    }

    [Fact]
    public void A_sheet_without_its_relationship_id_is_refused_naming_it()
    {
        var xlsx = new HandWorkbook().Sheet("Sheet1", InlineRow(1, "ก"))
            .Part("xl/workbook.xml", Workbook("", """<sheet name="ไม่มีรหัส"/>"""))
            .Build();

        var error = Assert.Throws<ImportException>(() => Read(xlsx));

        Assert.Equal("test.xlsx: the sheet \"ไม่มีรหัส\" names the relationship \"\", which the workbook's relationships do not hold", error.Message);
    }

    [Fact]
    public void Sheet_names_and_ids_count_against_the_character_budget()
    {
        var sheets = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            sheets.Append($"""<sheet name="{new string('ก', 2_000)}{i}" r:id="{new string('r', 2_100)}{i}"/>""");
        }

        var xlsx = new HandWorkbook().Sheet("Sheet1", InlineRow(1, "ก"))
            .Part("xl/workbook.xml", Workbook("", sheets.ToString()))
            .Build();

        var error = Assert.Throws<ImportException>(() => Read(xlsx));

        Assert.Contains($"more than {ReadBudget.MaxCharacters:N0} characters", error.Reason);
    }
}
