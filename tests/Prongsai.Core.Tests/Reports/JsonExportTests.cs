using Prongsai.Documents;

namespace Prongsai.Tests.Reports;

public class JsonExportTests
{
    [Fact]
    public void Json_export_round_trips_the_interchange_document()
    {
        var document = Seed.Document();
        var json = InterchangeJson.Serialize(document);
        var again = InterchangeJson.Deserialize(json);

        Assert.Equal(json, InterchangeJson.Serialize(again));
        Assert.Contains("\"kind\": \"progress\"", json);
        Assert.Contains("\"tool\": \"EIT\"", json);
        Assert.Contains("ทต.บ้านฉาง", json);
        Assert.Equal(document.Measures.Select(m => m.Steps.Count), again.Measures.Select(m => m.Steps.Count));
    }
}
