namespace Prongsai.Shared;

/// <summary>
/// What a write did, for pages and the API alike, which each turn it into their own answer: saved, refused with errors
/// keyed by field (interchange names), or lost to someone else's newer save.
/// </summary>
public sealed record WriteResult<T>
{
    public T? Value { get; init; }

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public bool Conflict { get; init; }

    public bool Succeeded => Errors.Count == 0 && !Conflict;
}

public static class WriteResult
{
    public static WriteResult<T> Ok<T>(T value) => new() { Value = value };

    public static WriteResult<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors) => new() { Errors = errors };

    public static WriteResult<T> Conflicted<T>() => new() { Conflict = true };
}
