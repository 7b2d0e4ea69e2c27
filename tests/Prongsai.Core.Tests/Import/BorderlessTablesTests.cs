using Prongsai.Import;
using Prongsai.Import.Readers.Pdf;

namespace Prongsai.Tests.Import;

/// <summary>
/// A table printed without borders (a Word table with its borders removed, an HTML table with border 0), found from
/// where its words sit: a header naming the measures elements, rows apart by more than the line spacing, and the end
/// of the table at text that runs across its columns. (The Integration tests read such a PDF printed by Chromium.)
/// </summary>
public class BorderlessTablesTests
{
    static int _order;

    static TextPiece Word(string text, double x, double baseline) => new(text, x, baseline, text.Length * 5, 10, _order++);

    static readonly TextPiece[] Header =
        [Word("ที่", 20, 100), Word("มาตรการ", 60, 100), Word("ผู้รับผิดชอบ", 160, 100), Word("ขั้นตอนการดำเนินการ", 260, 100)];

    static SourceDocument Read(params TextPiece[] pieces) => PageTables.Read("borderless.pdf", [new PageLayout(1, 600, 800, [], pieces)]);

    [Fact]
    public void A_header_naming_the_elements_makes_a_table_whose_rows_are_the_blocks_under_it()
    {
        var document = Read(
        [
            Word("ความก้าวหน้าการดำเนินงาน", 20, 60),
            .. Header,
            Word("๑", 20, 125), Word("มาตรการใช้งบ", 60, 125), Word("กองคลัง", 160, 125), Word("๑. ประชุม", 260, 125),
            Word("ประมาณ", 60, 137), Word("๒. รายงานผล", 260, 137),
            Word("๒", 20, 165), Word("มาตรการเปิดเผย", 60, 165), Word("กองกลาง", 160, 165), Word("๑. เผยแพร่", 260, 165),
        ]);

        Assert.Equal("ความก้าวหน้าการดำเนินงาน", Assert.IsType<SourceText>(document.Blocks[0]).Text);
        var rows = document.Blocks.OfType<SourceRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ขั้นตอนการดำเนินการ"], rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["๑", "มาตรการใช้งบประมาณ", "กองคลัง", "๑. ประชุม\n๒. รายงานผล"], rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["๒", "มาตรการเปิดเผย", "กองกลาง", "๑. เผยแพร่"], rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void The_table_ends_at_text_that_runs_across_its_columns()
    {
        var note = Enumerable.Range(0, 14).Select(i => Word("หมายเหตุ", 20 + i * 20, 200)).ToArray();

        var document = Read([.. Header, Word("๑", 20, 125), Word("มาตรการใช้งบประมาณ", 60, 125), Word("กองคลัง", 160, 125), Word("๑. ประชุม", 260, 125), .. note]);

        Assert.Equal(2, document.Blocks.OfType<SourceRow>().Count());
        Assert.IsType<SourceText>(document.Blocks[^1]);
        Assert.StartsWith("หมายเหตุ", ((SourceText)document.Blocks[^1]).Text);
    }

    [Fact]
    public void Words_in_columns_under_no_header_of_the_elements_stay_lines_of_text()
    {
        var document = Read(Word("วันที่", 20, 100), Word("สถานที่", 160, 100), Word("หมายเหตุ", 300, 100), Word("๑ ต.ค.", 20, 125), Word("ห้องประชุม", 160, 125), Word("-", 300, 125));

        Assert.Empty(document.Blocks.OfType<SourceRow>());
        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public void A_header_of_two_columns_is_no_table()
    {
        var document = Read(Word("มาตรการ", 60, 100), Word("ผู้รับผิดชอบ", 160, 100), Word("มาตรการใช้งบประมาณ", 60, 125), Word("กองคลัง", 160, 125));

        Assert.Empty(document.Blocks.OfType<SourceRow>());
    }
}
