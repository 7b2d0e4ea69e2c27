using Prongsai.Import;
using Prongsai.Reports;
using Prongsai.Thai;

namespace Prongsai.Tests.Reports;

public class DocxRoundTripTests
{
    [Fact]
    public void Our_docx_imports_back_to_the_same_measures()
    {
        var seed = Seed.Document();
        var path = Path.Combine(Directory.CreateTempSubdirectory("prongsai-docx-").FullName, "seed.docx");
        File.WriteAllBytes(path, DocxReportWriter.Write(seed));

        var imported = DocumentImporter.Import(path);

        Assert.Equal(seed.Measures.Count, imported.Measures.Count);
        foreach (var (expected, actual) in seed.Measures.Zip(imported.Measures))
        {
            Assert.Equal(expected.Tool, actual.Tool);
            Assert.Equal(expected.Indicators, actual.Indicators);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.Period?.Start, actual.Period?.Start);
            Assert.Equal(expected.Period?.End, actual.Period?.End);
            Assert.Equal(expected.Reporting.Cadences, actual.Reporting.Cadences);
            foreach (var (want, got) in new[]
            {
                (expected.ResponsibleUnits, actual.ResponsibleUnits), (expected.ResponsiblePersons, actual.ResponsiblePersons),
                (expected.Steps, actual.Steps), (expected.Monitoring, actual.Monitoring), (expected.Results, actual.Results),
            })
            {
                Assert.Equal(want.Select(ThaiText.Compact), got.Select(ThaiText.Compact));
            }
        }
    }
}
