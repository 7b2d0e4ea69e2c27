using Prongsai.Catalog;
using System.Text.RegularExpressions;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Reports;

/// <summary>Lays a measures or progress document out as the official table.</summary>
public static partial class ReportLayoutBuilder
{
    static readonly Tool[] ToolOrder = [Tool.IIT, Tool.EIT, Tool.OIT];

    public static ReportLayout Build(MeasuresDocument document, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        document = PrintableText.Clean(document);
        var progress = document.Kind == DocumentKind.Progress;
        return new ReportLayout(
            document.Kind,
            progress ? ReportText.ProgressTitle : ReportText.MeasuresTitle,
            $"{document.Agency.Name} ประจำปีงบประมาณ พ.ศ. {ThaiDigits.ToThai(document.FiscalYear)}",
            ReportText.Opening(document),
            Columns(progress),
            Sections(document.Measures, progress, FrameworkCatalog.Default.For(document.FiscalYear)),
            Signatures(options),
            options.ReportDate is { } date ? $"ข้อมูล ณ วันที่ {ThaiDates.Format(date, fullMonth: true)}" : null,
            options.StatusMark)
        {
            Analysis = options.AnalysisParagraphs,
        };
    }

    static IReadOnlyList<ReportColumn> Columns(bool progress)
    {
        List<ReportColumn> columns =
        [
            new(ReportText.IndicatorColumn, 11),
            new(ReportText.ResponsibleColumn, 13),
            new(ReportText.StepsColumn, progress ? 18 : 25),
            new(ReportText.MonitoringColumn, progress ? 16 : 23),
            new(ReportText.PeriodColumn, progress ? 8 : 10),
        ];
        if (progress)
        {
            columns.AddRange(ReportText.StatusColumns.Select(s => new ReportColumn(ReportText.Status(s), 7, IsStatus: true)));
        }

        columns.Add(new(ReportText.ReportingColumn, progress ? 13 : 18));
        return columns;
    }

    static IReadOnlyList<ReportSection> Sections(IReadOnlyList<Measure> measures, bool progress, Framework framework) =>
    [
        .. ToolOrder
            .Select(tool => (Tool: tool, Measures: measures.Where(m => m.Tool == tool).OrderBy(FirstIndicator).ToList()))
            .Where(group => group.Measures.Count > 0)
            .Select(group => new ReportSection(group.Tool, ReportText.ToolHeading(group.Tool), Rows(group.Measures, progress, framework))),
    ];

    static int FirstIndicator(Measure measure) => measure.Indicators.Count > 0 ? measure.Indicators.Min() : int.MaxValue;

    /// <summary>Indicators are numbered locally within a tool, across its rows, as agencies number them.</summary>
    static IReadOnlyList<ReportRow> Rows(IReadOnlyList<Measure> measures, bool progress, Framework framework)
    {
        var rows = new List<ReportRow>(measures.Count);
        var nextIndicatorNumber = 1;
        foreach (var measure in measures)
        {
            var names = measure.Indicators.Select(n => framework.Indicator(n)?.Name).OfType<string>().ToList();
            var indicators = names.Count > 0 ? names : IndicatorText(measure);
            rows.Add(new ReportRow(
                measure,
                ThaiNumbering.Items(indicators, nextIndicatorNumber),
                Responsible(measure),
                Steps(measure),
                Numbered(measure.Monitoring),
                ReportText.Period(measure.Period),
                progress ? measure.Status : null,
                Reporting(measure, progress)) { IndicatorNames = names });
            nextIndicatorNumber += indicators.Count;
        }

        return rows;
    }

    /// <summary>A measure with its own name opens its steps with it, as measures documents head each row.</summary>
    static IReadOnlyList<string> Steps(Measure measure) =>
        string.IsNullOrWhiteSpace(measure.Name)
            ? Numbered(measure.Steps)
            : [$"{ReportText.NamePrefix}{Display(measure.Name)}", .. Numbered(measure.Steps)];

    /// <summary>Without indicators the framework knows, the document's own words stand in the cell.</summary>
    static IReadOnlyList<string> IndicatorText(Measure measure) =>
        string.IsNullOrWhiteSpace(measure.IndicatorText) ? [] : [Display(measure.IndicatorText)];

    static IReadOnlyList<string> Responsible(Measure measure)
    {
        var lines = new List<string>();
        if (measure.ResponsibleUnits.Count > 0)
        {
            lines.Add(string.Join("/", measure.ResponsibleUnits.Select(Display)));
        }

        lines.AddRange(Numbered(measure.ResponsiblePersons));
        return lines;
    }

    static IReadOnlyList<string> Reporting(Measure measure, bool progress)
    {
        var lines = new List<string>();
        var cadence = ReportText.Cadence(measure.Reporting);
        if (cadence.Length > 0)
        {
            lines.Add($"- {cadence}");
        }

        if (progress)
        {
            lines.AddRange(Numbered(measure.Results));
        }

        return lines;
    }

    static IReadOnlyList<string> Numbered(IReadOnlyList<string> items) => ThaiNumbering.Items(items.Select(Display));

    /// <summary>Thai digits throughout, as official documents require — except inside web addresses, which must keep working.</summary>
    static string Display(string text)
    {
        var tidy = ThaiText.Tidy(text);
        var result = new System.Text.StringBuilder(tidy.Length);
        var at = 0;
        foreach (Match url in WebAddress().Matches(tidy))
        {
            result.Append(ThaiDigits.ToThai(tidy[at..url.Index])).Append(url.Value);
            at = url.Index + url.Length;
        }

        return result.Append(ThaiDigits.ToThai(tidy[at..])).ToString();
    }

    static IReadOnlyList<SignatureBlock> Signatures(ReportOptions options)
    {
        var blocks = new List<SignatureBlock>(2);
        if (options.Reporter is { } reporter)
        {
            blocks.Add(new("ผู้รายงาน", reporter.Name, reporter.Position));
        }

        if (options.Executive is { } executive)
        {
            blocks.Add(new("ผู้บริหาร", executive.Name, executive.Position));
        }

        return blocks;
    }

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
