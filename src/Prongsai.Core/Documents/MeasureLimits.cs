namespace Prongsai.Documents;

/// <summary>
/// How much one measure may hold. Real documents have steps of a few hundred characters and a handful of items per
/// element; the limits leave ten times that room and keep a report printable (the largest allowed measure prints).
/// Refused with the field named in pages, the API and import.
/// </summary>
public static class MeasureLimits
{
    public const int NameLength = 500;

    /// <summary>One item of a list (a step, a unit, a result) and the free-text fields (indicator, period, reporting).</summary>
    public const int TextLength = 5_000;

    public const int ItemsPerList = 100;

    public const int MeasuresPerDocument = 200;

    public static (string Path, string Problem)? FirstProblem(Measure measure)
    {
        if (TooLong("name", measure.Name, NameLength) is { } name)
        {
            return name;
        }

        foreach (var (path, text) in new[] { ("indicatorText", measure.IndicatorText), ("period.text", measure.Period?.Text), ("reporting.text", measure.Reporting.Text) })
        {
            if (TooLong(path, text, TextLength) is { } problem)
            {
                return problem;
            }
        }

        foreach (var (path, list) in new[] { ("responsibleUnits", measure.ResponsibleUnits), ("responsiblePersons", measure.ResponsiblePersons), ("steps", measure.Steps), ("monitoring", measure.Monitoring), ("results", measure.Results) })
        {
            if (list.Count > ItemsPerList)
            {
                return (path, $"{list.Count:N0} items; at most {ItemsPerList:N0}");
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (TooLong($"{path}[{i}]", list[i], TextLength) is { } problem)
                {
                    return problem;
                }
            }
        }

        return measure.Indicators.Count > 10 ? ("indicators", "at most the ten indicators") : null;
    }

    static (string, string)? TooLong(string path, string? text, int limit) =>
        text is not null && text.Length > limit ? (path, $"{text.Length:N0} characters; at most {limit:N0}") : null;
}
