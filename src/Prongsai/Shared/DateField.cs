using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prongsai.Thai;

namespace Prongsai.Shared;

/// <summary>
/// A date field (Shared/_DateField.cshtml): a text input bound by ThaiDateBinder, shown "๓๑ มี.ค. ๒๕๖๖" in Thai and
/// "31 Mar 2023" in English (Gregorian, as English readers type dates; a year from 2400 is read as Buddhist era, so
/// either form is accepted in either language). <paramref name="Default"/> is the month the calendar opens on when empty.
/// </summary>
public sealed record DateField(string Name, string Label, DateOnly? Value, DateOnly? Default = null, bool Disabled = false)
{
    public string Id => Name.Replace('.', '_');

    public static string Show(DateOnly? date) => date is { } d ? Ui.English ? ThaiDates.FormatEnglish(d) : ThaiDates.Format(d) : "";

    /// <summary>What the person typed when it was refused (nothing they typed is lost), else the value shown.</summary>
    public string Text(ModelStateDictionary state) =>
        state.TryGetValue(Name, out var entry) && entry.Errors.Count > 0 ? entry.AttemptedValue ?? "" : Show(Value);

    public IReadOnlyList<string> Errors(ModelStateDictionary state) =>
        state.TryGetValue(Name, out var entry) ? [.. entry.Errors.Select(e => Ui.Message(e.ErrorMessage))] : [];

    /// <summary>For the error summary: each refused field's label and message, linking to its input.</summary>
    public static IEnumerable<(string Id, string Text)> Summary(ModelStateDictionary state, params DateField[] fields) =>
        fields.SelectMany(f => f.Errors(state).Select(message => (f.Id, $"{f.Label}: {message}")));

    /// <summary>True when any of these posted dates could not be read: the handler then saves nothing.</summary>
    public static bool Refused(ModelStateDictionary state, params string[] names) =>
        names.Any(name => state.TryGetValue(name, out var entry) && entry.Errors.Count > 0);
}
