using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Prongsai.Catalog;
using Prongsai.Scores;

namespace Prongsai.Core.Tests.Scores;

public class ScoreFileEdgesTests
{
    const string Header = "agency,fiscal year,total,iit,eit,oit,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10";

    static ScoreFile.Result Read(string csv, string name = "scores.csv") => ScoreFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name);

    static ScoreFileError OnlyError(string csv) => Assert.Single(Read(csv).Errors);

    [Fact]
    public void An_xlsx_score_file_is_read_like_the_csv()
    {
        using var file = new MemoryStream();
        file.SaveAs(new[]
        {
            new Dictionary<string, object> { ["agency"] = "banchang", ["fiscal year"] = 2566, ["total"] = 88.5, ["oit"] = 93.75, ["i5"] = 70 },
        });
        file.Position = 0;

        var result = ScoreFile.Read(file, "คะแนน.XLSX");

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("banchang", 2566, 88.5m, (decimal?)93.75m, (decimal?)70m, (decimal?)null), (row.AgencySlug, row.FiscalYear, row.Total, row.Oit, row.Indicators[4], row.Iit));
    }

    [Fact]
    public void A_file_that_is_no_workbook_is_refused_at_line_one_saying_why()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("word/document.xml");
        }

        zip.Position = 0;
        var notWorkbook = Assert.Single(ScoreFile.Read(zip, "scores.xlsx").Errors);
        Assert.Equal("line 1, column -: ไม่ใช่ไฟล์ที่อ่านได้ (unreadable file): not an XLSX workbook", notWorkbook.ToString());

        var garbage = Assert.Single(Read("agency,fiscal year,total", "scores.xlsx").Errors);
        Assert.StartsWith("ไม่ใช่ไฟล์ที่อ่านได้ (unreadable file): ", garbage.Message);

        var binary = Assert.Single(ScoreFile.Read(new MemoryStream([0x61, 0x2C, 0x00, 0x0A]), "scores.csv").Errors);
        Assert.Equal((1, "-"), (binary.Line, binary.Column));
        Assert.StartsWith("ไม่ใช่ไฟล์ที่อ่านได้ (unreadable file): binary content", binary.Message);
    }

    [Fact]
    public void A_csv_saved_by_thai_excel_in_windows_874_is_read()
    {
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(874)!.GetBytes("หน่วยงาน,ปีงบประมาณ,total,agency\nบ้านฉาง,๒๕๖๖,88,banchang\n");

        var row = Assert.Single(ScoreFile.Read(new MemoryStream(bytes), "scores.csv").Rows);

        Assert.Equal(("banchang", 2566), (row.AgencySlug, row.FiscalYear));
    }

    [Fact]
    public void An_empty_file_says_so()
    {
        Assert.Equal(new ScoreFileError(1, "-", "ไฟล์ว่าง (the file is empty)"), OnlyError(""));
    }

    [Fact]
    public void Every_missing_required_column_is_named_and_no_row_is_read()
    {
        var result = Read("iit,eit\n90,80\n");

        Assert.Empty(result.Rows);
        Assert.Equal(["agency", "fiscalyear", "total"], result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal((1, "ไม่มีคอลัมน์นี้ในแถวหัวตาราง (missing from the header row)"), (e.Line, e.Message)));
    }

    [Theory]
    [InlineData("slug,year,total")]
    [InlineData("Agency Slug,Fiscal-Year,TOTAL")]
    [InlineData("agency,ปีงบประมาณ,total")]
    public void The_header_names_columns_in_the_ways_people_write_them(string header)
    {
        var row = Assert.Single(Read($"{header}\nbanchang,2566,88\n").Rows);

        Assert.Equal(("banchang", 2566, 88m), (row.AgencySlug, row.FiscalYear, row.Total));
    }

    [Theory]
    [InlineData("2500", true)]
    [InlineData("2700", true)]
    [InlineData("2499", false)]
    [InlineData("2701", false)]
    [InlineData("+2566", false)]
    [InlineData("2023", false)]
    public void The_fiscal_year_is_a_buddhist_era_year_from_2500_to_2700(string year, bool accepted)
    {
        var result = Read($"agency,year,total\nbanchang,{year},88\n");

        Assert.Equal(accepted ? 1 : 0, result.Rows.Count);
        if (!accepted)
        {
            Assert.Equal(new ScoreFileError(2, "fiscal year", $"'{year}' ไม่ใช่ปีงบประมาณ พ.ศ. (not a Buddhist-era fiscal year)"), Assert.Single(result.Errors));
        }
    }

    [Theory]
    [InlineData("100", true)]
    [InlineData("0", true)]
    [InlineData("๙๙.๕", true)]
    [InlineData("100.01", false)]
    [InlineData("-1", false)]
    [InlineData("1e2", false)]
    public void A_score_is_from_0_to_100(string score, bool accepted)
    {
        var result = Read($"agency,year,total,i3\nbanchang,2566,88,{score}\n");

        if (accepted)
        {
            Assert.Empty(result.Errors);
            Assert.NotNull(Assert.Single(result.Rows).Indicators[2]);
        }
        else
        {
            Assert.Equal(new ScoreFileError(2, "i3", $"'{score}' ไม่ใช่คะแนน ๐–๑๐๐ (not a score from 0 to 100)"), Assert.Single(result.Errors));
        }
    }

    [Fact]
    public void An_empty_agency_or_total_is_refused_but_empty_optional_scores_are_null()
    {
        var result = Read("agency,year,total,iit\n,2566,88,\nbanchang,2566,,90\nthakham,2566,70,\n");

        Assert.Equal([new ScoreFileError(2, "agency", "ว่าง (empty)"), new ScoreFileError(3, "total", "ว่าง (empty)")], result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("thakham", (decimal?)null), (row.AgencySlug, row.Iit));
    }

    [Fact]
    public void A_row_shorter_than_the_header_has_its_missing_cells_blank()
    {
        var row = Assert.Single(Read($"{Header}\nbanchang,2566,88\n").Rows);

        Assert.Equal(("banchang", 88m), (row.AgencySlug, row.Total));
        Assert.All(row.Indicators, Assert.Null);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_a_repeated_agency_and_year_names_the_first_line()
    {
        var result = Read("agency,year,total\nbanchang,2566,88\n , ,\n\nbanchang,2566,90\nbanchang,2567,91\n");

        Assert.Equal([2, 6], result.Rows.Select(r => r.Line));
        Assert.Equal(new ScoreFileError(5, "agency", "หน่วยงานและปีนี้ซ้ำกับบรรทัด 2 (same agency and year as line 2)"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Csv_quotes_carry_commas_doubled_quotes_and_line_breaks_and_any_line_ending_ends_a_row()
    {
        var result = Read("agency,year,total,note\r\n\"ban,chang\",2566,88,\"said \"\"ok\"\"\r\nnext\"\rthakham,2566,70,x\nkhao,2566,60,last");

        Assert.Empty(result.Errors);
        Assert.Equal(["ban,chang", "thakham", "khao"], result.Rows.Select(r => r.AgencySlug));
        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_doubled_quote_inside_quotes_is_one_quote_and_a_file_may_end_on_a_closing_quote_or_a_carriage_return()
    {
        var quoted = Assert.Single(Read("agency,year,total\n\"ban\"\"chang\",2566,\"88\"").Rows);
        Assert.Equal(("ban\"chang", 88m), (quoted.AgencySlug, quoted.Total));

        Assert.Equal(2, Assert.Single(Read("agency,year,total\r\nbanchang,2566,88\r").Rows).Line);
    }

    [Fact]
    public void A_last_line_without_a_line_break_is_read_even_when_it_ends_in_an_empty_cell_or_holds_one_cell()
    {
        var row = Assert.Single(Read("agency,year,total,oit\nbanchang,2566,88,").Rows);
        Assert.Equal(("banchang", (decimal?)null), (row.AgencySlug, row.Oit));

        Assert.Equal([2, 2], Read("agency,year,total\nbanchang").Errors.Select(e => e.Line));
    }

    [Fact]
    public void Each_tool_score_is_read_from_its_own_column()
    {
        var row = Assert.Single(Read("agency,year,total,oit,eit,iit\nbanchang,2566,88,91,82.5,77").Rows);

        Assert.Equal(((decimal?)77m, (decimal?)82.5m, (decimal?)91m), (row.Iit, row.Eit, row.Oit));
    }

    [Fact]
    public void The_analysis_counts_a_score_equal_to_the_target_as_met_and_names_unknown_indicators_by_number()
    {
        var framework = FrameworkCatalog.Default.For(2566);
        decimal?[] scores = [85, 84, 90, 90, 90, 90, 90, 90, 90, 90, 10];

        var below = ScoreAnalysis.BelowTarget(framework, scores, 85);

        Assert.Equal([(2, 84m), (11, 10m)], below.Select(s => (s.Indicator, s.Score)));
        Assert.Equal(framework.Indicator(2)!.Name, below[0].Name);
        Assert.Equal("ตัวชี้วัดที่ 11", below[1].Name);
        Assert.Throws<ArgumentNullException>(() => ScoreAnalysis.BelowTarget(null!, scores, 85));
        Assert.Throws<ArgumentNullException>(() => ScoreAnalysis.BelowTarget(framework, null!, 85));
        Assert.Throws<ArgumentNullException>(() => ItemHistory.Trace(null!));
    }

    [Fact]
    public void The_analysis_paragraphs_read_in_thai_digits_lowest_score_first()
    {
        var framework = FrameworkCatalog.Default.For(2566);
        decimal?[] scores = [95, 80, 90, 70.25m, 90, 90, 90, 90, 90, null];

        var paragraphs = ScoreAnalysis.Paragraphs(framework, 2566, 88.50m, "ผ่าน", scores, 85);

        Assert.Equal(
        [
            "ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๖ ได้คะแนนรวม ๘๘.๕ คะแนน อยู่ในระดับผ่าน",
            $"ตัวชี้วัดที่ได้คะแนนต่ำกว่าเป้าหมาย ๘๕ คะแนน ซึ่งหน่วยงานกำหนดมาตรการเพื่อปรับปรุง ได้แก่ ตัวชี้วัดที่ ๔ {framework.Indicator(4)!.Name} (๗๐.๒๕ คะแนน) ตัวชี้วัดที่ ๒ {framework.Indicator(2)!.Name} (๘๐ คะแนน)",
        ], paragraphs);
        Assert.Equal("ทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าเป้าหมาย ๗๐ คะแนน", ScoreAnalysis.Paragraphs(framework, 2566, 88.5m, "ผ่าน", scores, 70)[1]);
    }
}
