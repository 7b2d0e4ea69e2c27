using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Measures;

/// <summary>The measure as the edit form posts it: lists as one item per line, indicators and units as checkboxes.</summary>
public sealed class MeasureForm
{
    public Tool Tool { get; set; } = Tool.IIT;
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

    public static MeasureForm From(AgencyMeasure row) => new()
    {
        Tool = row.Tool,
        Indicators = [.. row.Indicators],
        IndicatorText = row.IndicatorText,
        ResponsibleUnits = [.. row.ResponsibleUnits],
        ResponsiblePersons = Lines(row.ResponsiblePersons),
        Steps = Lines(row.Steps),
        Monitoring = Lines(row.Monitoring),
        PeriodStart = row.PeriodStart,
        PeriodEnd = row.PeriodEnd,
        PeriodText = row.PeriodText,
        Status = row.Status,
        ReportingCadences = [.. row.ReportingCadences],
        ReportingText = row.ReportingText,
        Results = Lines(row.Results),
        Version = row.Version,
    };

    public Measure ToMeasure() => new()
    {
        Tool = Tool,
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
