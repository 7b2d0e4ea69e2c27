using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Prongsai.Documents;

/// <summary>Reads and writes the interchange JSON (camelCase names, enums as camelCase strings).</summary>
public static class InterchangeJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: true);

    static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Thai text stays readable in the output; the JSON is never embedded in HTML unencoded.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.Converters.Add(new ToolConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(MeasuresDocument document) => JsonSerializer.Serialize(document, Options);

    public static MeasuresDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<MeasuresDocument>(json, Options)
        ?? throw new JsonException("The JSON is null, not a measures document.");

    /// <summary>Tools are written as the assessors write them: IIT, EIT, OIT.</summary>
    sealed class ToolConverter : JsonConverter<Tool>
    {
        public override Tool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Enum.TryParse<Tool>(reader.GetString(), ignoreCase: true, out var tool)
                ? tool
                : throw new JsonException($"Unknown tool '{reader.GetString()}': expected IIT, EIT or OIT.");

        public override void Write(Utf8JsonWriter writer, Tool value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
