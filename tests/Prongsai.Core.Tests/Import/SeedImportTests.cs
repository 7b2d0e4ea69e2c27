using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class SeedImportTests
{
    [Fact]
    public void Importing_the_seed_text_yields_the_expected_document()
    {
        var actual = DocumentImporter.Import(Fixtures.BanchangText);

        MeasuresAssert.SameDocument(Fixtures.Expected(), actual);
    }

    [Fact]
    public void The_seed_keeps_what_it_says_about_periods_and_reporting_as_text()
    {
        var document = DocumentImporter.Import(Fixtures.BanchangText);

        Assert.Equal("ต.ค. ๒๕๖๕ ถึง มี.ค. ๒๕๖๖", document.Measures[2].Period?.Text);
        Assert.Equal("รายไตรมาส", document.Measures[0].Reporting.Text);
        Assert.Contains("การแก้ไขปัญหามูลค่าการทุจริต", document.Measures[1].IndicatorText);
    }

    [Fact]
    public void The_seed_as_a_hand_written_markdown_table_imports_to_the_same_measures()
    {
        var actual = DocumentImporter.Import(Fixtures.BanchangMarkdown);

        MeasuresAssert.SameDocument(Fixtures.Expected(), actual);
    }

    [Fact]
    public void The_seed_as_a_docx_table_imports_to_the_same_measures()
    {
        var bytes = TestDocuments.Docx(Fixtures.Expected());

        var actual = DocumentImporter.Read(bytes, "seed.docx").Document;

        MeasuresAssert.SameDocument(Fixtures.Expected(), actual);
    }

    [Fact]
    public void The_seed_as_an_xlsx_sheet_imports_to_the_same_measures()
    {
        var bytes = TestDocuments.Xlsx(Fixtures.Expected());

        var actual = DocumentImporter.Read(bytes, "seed.xlsx").Document;

        MeasuresAssert.SameDocument(Fixtures.Expected(), actual);
    }

    [Fact]
    public void Interchange_json_round_trips_the_imported_document()
    {
        var document = DocumentImporter.Import(Fixtures.BanchangText);

        var json = InterchangeJson.Serialize(document);
        var back = InterchangeJson.Deserialize(json);

        MeasuresAssert.SameDocument(document, back);
        Assert.Contains("\"tool\": \"EIT\"", json);
        Assert.Contains("\"status\": \"done\"", json);
        Assert.Contains("\"cadences\": [\n          \"semiannual\",\n          \"annual\"", json);
    }
}
