namespace Prongsai.Checks;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// What a check found, and where: measure (1-based, in document order), field (interchange name,
/// e.g. "steps"), item (1-based within a list field), the offending text when there is one, and the fix when one is
/// obvious.
/// </summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    string MessageTh,
    string MessageEn,
    int? Measure = null,
    string? Field = null,
    int? Item = null,
    string? Text = null,
    FindingFix? Fix = null)
{
    /// <summary>"measure 3, steps 5" — for one-line reports.</summary>
    public string Location()
    {
        var parts = new List<string>();
        if (Measure is not null)
        {
            parts.Add($"measure {Measure}");
        }

        if (Field is not null)
        {
            parts.Add(Item is null ? Field : $"{Field} {Item}");
        }

        return parts.Count == 0 ? "document" : string.Join(", ", parts);
    }
}

/// <summary>Replace <paramref name="Find"/> with <paramref name="Replace"/> in the finding's field and item.</summary>
public sealed record FindingFix(string Find, string Replace);
