using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Measures;

/// <summary>The measure as the edit form posts it: lists as one item per line, indicators and units as checkboxes.</summary>
public sealed class MeasureForm
{
    public Tool Tool { get; set; } = Tool.IIT;
    public string? Name { get; set; }
    public List<int> Indicators { get; set; } = [];
    public string? IndicatorText { get; set; }
    public List<string> ResponsibleUnits { get; set; } = [];
    public string? ResponsiblePersons { get; set; }
    public string? Steps { get; set; }
    public string? Monitoring { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? PeriodText { get; set; }
    public MeasureStatus Status { get; set; }
    public List<ReportingCadence> ReportingCadences { get; set; } = [];
    public string? ReportingText { get; set; }
    public string? Results { get; set; }
    public int Version { get; set; }

    public static MeasureForm From(AgencyMeasure row) => From(row.ToDocument(), row.Version);

    public static MeasureForm From(Measure measure, int version) => new()
    {
        Tool = measure.Tool,
        Name = measure.Name,
        Indicators = [.. measure.Indicators],
        IndicatorText = measure.IndicatorText,
        ResponsibleUnits = [.. measure.ResponsibleUnits],
        ResponsiblePersons = Lines(measure.ResponsiblePersons),
        Steps = Lines(measure.Steps),
        Monitoring = Lines(measure.Monitoring),
        PeriodStart = measure.Period?.Start,
        PeriodEnd = measure.Period?.End,
        PeriodText = measure.Period?.Text,
        Status = measure.Status ?? MeasureStatus.NotStarted,
        ReportingCadences = [.. measure.Reporting.Cadences],
        ReportingText = measure.Reporting.Text,
        Results = Lines(measure.Results),
        Version = version,
    };

    public Measure ToMeasure() => new()
    {
        Tool = Tool,
        Name = Blank(Name),
        Indicators = [.. Indicators.Distinct().Order()],
        IndicatorText = Blank(IndicatorText),
        ResponsibleUnits = [.. ResponsibleUnits.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct()],
        ResponsiblePersons = Items(ResponsiblePersons),
        Steps = Items(Steps),
        Monitoring = Items(Monitoring),
        Period = PeriodStart is null && PeriodEnd is null && Blank(PeriodText) is null ? null : new Period(PeriodStart, PeriodEnd, Blank(PeriodText)),
        Status = Status,
        Reporting = new Reporting { Cadences = [.. ReportingCadences.Distinct()], Text = Blank(ReportingText) },
        Results = Items(Results),
    };

    static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    static List<string> Items(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
