namespace Prongsai.Documents;

/// <summary>
/// What the JSON deserializer lets through but the model promises never happens: nulls inside lists, missing
/// names, numbers where an enum was expected. Returns where the first problem is, or null when there is none.
/// </summary>
public static class InterchangeValidation
{
    public const int MinFiscalYear = 2400;

    public const int MaxFiscalYear = 3000;

    public static (string Path, string Problem)? FirstProblem(MeasuresDocument document)
    {
        if (document.Agency is null || document.Agency.Name is null)
        {
            return ("agency", "\"agency\" needs a \"name\"");
        }

        if (document.FiscalYear is < MinFiscalYear or > MaxFiscalYear)
        {
            return ("fiscalYear", $"\"fiscalYear\" is a Buddhist-era year between {MinFiscalYear} and {MaxFiscalYear}");
        }

        if (!Enum.IsDefined(document.Kind))
        {
            return ("kind", "\"kind\" is \"measures\" or \"progress\"");
        }

        if (document.Measures is null)
        {
            return ("measures", "\"measures\" is missing");
        }

        if (document.Measures.Count > MeasureLimits.MeasuresPerDocument)
        {
            return ("measures", $"{document.Measures.Count:N0} measures; at most {MeasureLimits.MeasuresPerDocument:N0} in one document");
        }

        for (var i = 0; i < document.Measures.Count; i++)
        {
            if (document.Measures[i] is not { } measure)
            {
                return ($"measures[{i}]", "a measure is null");
            }

            if (FirstProblem(measure) is { } problem)
            {
                return ($"measures[{i}].{problem.Path}", problem.Problem);
            }
        }

        return null;
    }

    public static (string Path, string Problem)? FirstProblem(Measure measure)
    {
        if (!Enum.IsDefined(measure.Tool))
        {
            return ("tool", "\"tool\" is IIT, EIT or OIT");
        }

        if (measure.Status is { } status && !Enum.IsDefined(status))
        {
            return ("status", "\"status\" is notStarted, inProgress or done");
        }

        if (measure.Indicators is null)
        {
            return ("indicators", "\"indicators\" is null");
        }

        if (measure.Reporting is null || measure.Reporting.Cadences is null)
        {
            return ("reporting", "\"reporting\" needs \"cadences\"");
        }

        if (measure.Reporting.Cadences.FirstOrDefault(c => !Enum.IsDefined(c)) is var cadence && !Enum.IsDefined(cadence))
        {
            return ("reporting.cadences", "a cadence is monthly, quarterly, semiannual or annual");
        }

        foreach (var (name, list) in new[] { ("responsibleUnits", measure.ResponsibleUnits), ("responsiblePersons", measure.ResponsiblePersons), ("steps", measure.Steps), ("monitoring", measure.Monitoring), ("results", measure.Results) })
        {
            if (list is null)
            {
                return (name, $"\"{name}\" is null");
            }

            var blank = list.ToList().IndexOf(null!);
            if (blank >= 0)
            {
                return ($"{name}[{blank}]", "an item is null");
            }
        }

        return MeasureLimits.FirstProblem(measure);
    }
}
