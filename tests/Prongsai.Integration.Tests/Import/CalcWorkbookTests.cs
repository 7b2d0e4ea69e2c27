using System.IO.Compression;
using Prongsai.Documents;
using Prongsai.Import;
using Prongsai.Reports;

namespace Prongsai.Tests.Import;

/// <summary>
/// Workbooks LibreOffice Calc writes: our XLSX report opened and saved again (Calc rewrites every part its own way:
/// its shared strings, styles, relationships), and a plan typed into Calc with its periods as date cells.
/// </summary>
[Trait("Category", "Slow")]
public class CalcWorkbookTests
{
    /// <summary>Converts with soffice into <paramref name="directory"/>/saved, on a private profile (LibreOffice refuses to run twice on one).</summary>
    static async Task<string> SaveWithCalc(string directory, string input, string? inputFilter = null)
    {
        var saved = Path.Combine(directory, "saved");
        Directory.CreateDirectory(saved);
        var output = Path.Combine(saved, Path.ChangeExtension(Path.GetFileName(input), ".xlsx"));
        File.Delete(output);
        var profile = new Uri(Path.Combine(directory, "profile")).AbsoluteUri;
        string[] filter = inputFilter is null ? [] : [$"--infilter={inputFilter}"];
        await ExternalTools.RunAsync("soffice",
            [$"-env:UserInstallation={profile}", "--headless", .. filter, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved, input],
            TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(output), "LibreOffice Calc wrote no XLSX (is libreoffice-calc-nogui installed? scripts/install-test-deps.sh installs it)");
        Assert.Contains("LibreOffice", Application(output));
        return output;
    }

    [Fact]
    public async Task Our_xlsx_report_saved_again_by_libreoffice_calc_imports_to_the_same_measures()
    {
        var directory = Path.Combine(ExternalTools.OutputDirectory, "calc-round-trip");
        Directory.CreateDirectory(directory);
        var report = Path.Combine(directory, "report.xlsx");
        var expected = Fixtures.Expected();
        await File.WriteAllBytesAsync(report, XlsxReportWriter.Write(expected));

        var output = await SaveWithCalc(directory, report);

        var direct = DocumentImporter.Import(report);
        var afterCalc = DocumentImporter.Import(output);
        Assert.Equal(Json(direct.Measures), Json(afterCalc.Measures));
        Assert.Equal(expected.Measures.Select(m => m.Name), afterCalc.Measures.Select(m => m.Name));
        Assert.Equal(expected.Measures.Select(m => (m.Tool, m.Status, m.Period?.Start, m.Period?.End)),
            afterCalc.Measures.Select(m => (m.Tool, m.Status, m.Period?.Start, m.Period?.End)));
        Assert.Equal(expected.Measures.Select(m => m.Steps.Count), afterCalc.Measures.Select(m => m.Steps.Count));
        Assert.Equal(expected.Measures.Select(m => string.Join(",", m.Indicators)), afterCalc.Measures.Select(m => string.Join(",", m.Indicators)));
    }

    [Fact]
    public async Task A_plan_typed_into_calc_keeps_the_periods_of_its_date_cells()
    {
        var directory = Path.Combine(ExternalTools.OutputDirectory, "calc-dates");
        Directory.CreateDirectory(directory);
        var csv = Path.Combine(directory, "plan.csv");
        await File.WriteAllLinesAsync(csv,
        [
            "ความก้าวหน้าการดำเนินงานตามมาตรการ เทศบาลตำบลบ้านฉาง",
            "ที่,มาตรการ,ตัวชี้วัด,ผู้รับผิดชอบ,ขั้นตอนหรือวิธีปฏิบัติ,ระยะเวลาดำเนินการ,สถานะ",
            "1,มาตรการใช้งบประมาณ,การใช้งบประมาณ,กองคลัง,ประชุม,31/3/2024,ดำเนินการแล้ว",
            "2,มาตรการสื่อสาร,ประสิทธิภาพการสื่อสาร,สำนักปลัด,ประชาสัมพันธ์,2023-10-01,อยู่ระหว่างดำเนินการ",
        ]);

        // Comma-separated UTF-8 from line 1, Thai (1054), unquoted fields detected as numbers and dates: Calc makes date cells.
        var output = await SaveWithCalc(directory, csv, "Text - txt - csv (StarCalc):44,34,76,1,,1054,false,true");

        var document = DocumentImporter.Import(output);
        Assert.Equal(2567, document.FiscalYear);
        Assert.Equal(["มาตรการใช้งบประมาณ", "มาตรการสื่อสาร"], document.Measures.Select(m => m.Name));
        Assert.Equal([new DateOnly(2024, 3, 31), new DateOnly(2023, 10, 1)], document.Measures.Select(m => m.Period?.Start));
        Assert.Equal(["31 มี.ค. 2567", "1 ต.ค. 2566"], document.Measures.Select(m => m.Period?.Text));
    }

    static string Json(IReadOnlyList<Measure> measures) =>
        InterchangeJson.Serialize(Fixtures.Expected() with { Measures = measures });

    /// <summary>The producer the workbook names in docProps/app.xml.</summary>
    static string Application(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        using var reader = new StreamReader(zip.GetEntry("docProps/app.xml")?.Open() ?? Stream.Null);
        return reader.ReadToEnd();
    }
}
