using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;
using Prongsai.Oit;
using Prongsai.Shared;
using Prongsai.Thai;

namespace Prongsai.Audit;

/// <summary>One row of an entry's diff: the field in domain words, its value before and after (null: none), and the topic the sentence names.</summary>
public sealed record AuditFieldChange(string Topic, string Field, string? Before, string? After);

/// <summary>How a stored value reads: the kind decides the formatting; lists are compared item by item.</summary>
public enum FieldKind
{
    Text,
    Number,
    Decimal,
    Date,
    Instant,
    Flag,
    MeasureStatus,
    OitStatus,
    Role,
    Tool,
    Cadences,
    /// <summary>A list whose items are numbered in the document (ขั้นตอนที่ ๓).</summary>
    NumberedList,
    /// <summary>A list whose items are names or addresses: what was added and removed.</summary>
    List,
    Indicators,
    Scores,
}

/// <summary>A field the trail shows: its property name, label (Thai key), kind, topic in the sentence, and item label for numbered lists.</summary>
public sealed record AuditField(string Name, string Label, FieldKind Kind = FieldKind.Text, string? Topic = null, string? Item = null);

/// <summary>The values of one side of an entry, as the interceptor wrote them (a JSON object of property names).</summary>
public sealed class AuditValues
{
    readonly Dictionary<string, JsonElement> _values;

    AuditValues(Dictionary<string, JsonElement> values) => _values = values;

    public static readonly AuditValues None = new([]);

    public static AuditValues Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new(document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal))
                : None;
        }
        catch (JsonException)
        {
            return None;
        }
    }

    public bool IsEmpty => _values.Count == 0;

    public IEnumerable<string> Names => _values.Keys;

    public JsonElement? this[string name] => _values.TryGetValue(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value : null;

    public string? Text(string name) => this[name] is { } value ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    public int? Int(string name) => this[name] is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public bool Flag(string name) => this[name] is { ValueKind: JsonValueKind.True };

    public List<string> List(string name) => this[name] is { ValueKind: JsonValueKind.Array } value
        ? [.. value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() ?? "" : item.GetRawText())]
        : [];

    public bool Same(string name, AuditValues other) =>
        (this[name]?.GetRawText() ?? "") == (other[name]?.GetRawText() ?? "");
}

/// <summary>Field-level differences between two snapshots, in the UI language, secrets never shown.</summary>
public static class AuditDiff
{
    /// <summary>Never shown, whatever an old row holds.</summary>
    static readonly HashSet<string> Secret = new(StringComparer.OrdinalIgnoreCase)
        { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Hash", "Token", "Secret", "TokenHash" };

    /// <summary>Bookkeeping no reader needs: ids, versions, timestamps of the row itself.</summary>
    static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
        { "Id", "AgencyId", "Version", "UpdatedAt", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount", "LockoutEnabled", "LockoutEnd",
          "EmailConfirmed", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled" };

    public static bool IsSecret(string name) => Secret.Contains(name);

    /// <summary>
    /// The changes of the listed fields; with no list (an unknown kind of row) every field but secrets and bookkeeping,
    /// labelled by its name.
    /// </summary>
    public static List<AuditFieldChange> Changes(AuditValues before, AuditValues after, IReadOnlyList<AuditField>? fields, IStringLocalizer t)
    {
        fields ??= [.. before.Names.Concat(after.Names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(n => !IsSecret(n) && !Bookkeeping.Contains(n)).Select(n => new AuditField(n, n))];
        var changes = new List<AuditFieldChange>();
        foreach (var field in fields.Where(f => !IsSecret(f.Name)))
        {
            if (before.Same(field.Name, after))
            {
                continue;
            }

            var label = field.Label == field.Name ? field.Name : t[field.Label].Value;
            var topic = field.Topic is { } topicKey ? t[topicKey].Value : label;
            if (field.Kind is FieldKind.NumberedList or FieldKind.List)
            {
                changes.AddRange(ListChanges(before.List(field.Name), after.List(field.Name), field, label, topic, t));
                continue;
            }

            changes.Add(new AuditFieldChange(topic, label, Format(before, field, t), Format(after, field, t)));
        }

        return changes;
    }

    /// <summary>
    /// The same number of items: each changed position. Otherwise what was removed and what was added, each at its
    /// position in its own list, so an inserted step is one row rather than every later step.
    /// </summary>
    static IEnumerable<AuditFieldChange> ListChanges(List<string> before, List<string> after, AuditField field, string label, string topic, IStringLocalizer t)
    {
        string ItemLabel(int index) => field.Item is { } item ? t[item, Ui.Num(index + 1)].Value : label;
        string ItemTopic(int index) => field.Item is not null && field.Topic is null ? ItemLabel(index) : topic;

        if (before.Count == after.Count)
        {
            for (var i = 0; i < before.Count; i++)
            {
                if (before[i] != after[i])
                {
                    yield return new AuditFieldChange(ItemTopic(i), ItemLabel(i), before[i], after[i]);
                }
            }

            yield break;
        }

        var remaining = after.ToList();
        for (var i = 0; i < before.Count; i++)
        {
            if (!remaining.Remove(before[i]))
            {
                yield return new AuditFieldChange(ItemTopic(i), t["{0} (ลบ)", ItemLabel(i)].Value, before[i], null);
            }
        }

        var gone = before.ToList();
        for (var i = 0; i < after.Count; i++)
        {
            if (!gone.Remove(after[i]))
            {
                yield return new AuditFieldChange(ItemTopic(i), t["{0} (เพิ่ม)", ItemLabel(i)].Value, null, after[i]);
            }
        }
    }

    public static string? Format(AuditValues values, AuditField field, IStringLocalizer t)
    {
        if (values[field.Name] is not { } value)
        {
            return null;
        }

        var text = values.Text(field.Name) ?? "";
        return field.Kind switch
        {
            FieldKind.Number or FieldKind.Decimal => Digits(text),
            FieldKind.Date => DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) ? Ui.Date(date) : text,
            FieldKind.Instant => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? Ui.Time(at) : text,
            FieldKind.Flag => value.ValueKind == JsonValueKind.True ? t["ใช่"] : t["ไม่ใช่"],
            FieldKind.MeasureStatus => Enum.TryParse<MeasureStatus>(text, ignoreCase: true, out var status) ? MeasureText.Status(status) : text,
            FieldKind.OitStatus => Enum.TryParse<OitStatus>(text, ignoreCase: true, out var oit) ? OitStatusName(oit) : text,
            FieldKind.Role => Ui.English ? Roles.EnglishName(text) : Roles.ThaiName(text),
            FieldKind.Tool => Enum.TryParse<Tool>(text, ignoreCase: true, out var tool) ? MeasureText.ToolName(tool) : text,
            FieldKind.Cadences => string.Join(", ", values.List(field.Name).Select(c => Enum.TryParse<ReportingCadence>(c, ignoreCase: true, out var cadence) ? MeasureText.Cadence(cadence) : c)),
            FieldKind.Indicators => string.Join(", ", values.List(field.Name).Select(Digits)),
            FieldKind.Scores => string.Join(", ", values.List(field.Name).Select((s, i) => $"{Ui.Num(i + 1)}: {(s == "null" ? "–" : Digits(s))}")),
            _ => text,
        };
    }

    public static string OitStatusName(OitStatus status) => Ui.English ? Capitalise(OitWorkbook.StatusEnglish(status)) : OitWorkbook.StatusThai(status);

    /// <summary>Thai digits in Thai, the number as written in English.</summary>
    public static string Digits(string text) => Ui.English ? text : ThaiDigits.ToThai(text);

    static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
