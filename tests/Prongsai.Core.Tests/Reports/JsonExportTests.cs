using System.Text.Json.Nodes;
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

    /// <summary>
    /// Checked by System.Text.Json's own reader against the hand-written fixture (not by our deserializer): every
    /// value the fixture states is in the export at the same path, and the export names no property the fixture's
    /// shape does not have.
    /// </summary>
    [Fact]
    public void Json_export_holds_every_value_of_the_hand_written_fixture()
    {
        var expected = JsonNode.Parse(File.ReadAllText(Fixtures.BanchangExpected))!.AsObject();
        // The fixture's notes for the tests, not part of the document.
        expected.Remove("_comment");
        expected.Remove("expectedFindings");
        var exported = JsonNode.Parse(InterchangeJson.Serialize(Fixtures.Expected()))!;

        var missing = Leaves(expected).Where(leaf => !JsonNode.DeepEquals(leaf.Value, At(exported, leaf.Path))).Select(l => l.Path).ToList();
        Assert.True(missing.Count == 0, "not in the export as the fixture has it: " + string.Join(", ", missing.Take(10)));
        var shape = Leaves(expected).Select(l => Shape(l.Path)).ToHashSet();
        var unknown = Leaves(exported).Where(l => l.Value is not null and not JsonArray).Select(l => Shape(l.Path)).Where(p => !shape.Contains(p)).Distinct().ToList();
        Assert.True(unknown.Count == 0, "in the export but not in the fixture's shape: " + string.Join(", ", unknown));
    }

    static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string path = "$") => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value, $"{path}.{p.Key}")),
        JsonArray a when a.Count > 0 => a.SelectMany((item, i) => Leaves(item, $"{path}[{i}]")),
        _ => [(path, node)],
    };

    static JsonNode? At(JsonNode? node, string path)
    {
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = step.Groups[1].Success
                ? (node as JsonObject)?[step.Groups[1].Value]
                : node is JsonArray array && int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null;
        }

        return node;
    }

    /// <summary>The path without its array indexes: $.measures[2].steps[0] → $.measures[].steps[].</summary>
    static string Shape(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]");
}
