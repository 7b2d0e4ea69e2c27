using System.Globalization;
using System.Net;
using System.Text;
using Prongsai.Data;
using Prongsai.Measures;
using Prongsai.Thai;

namespace Prongsai.Dashboard;

/// <summary>
/// The fiscal year month by month as an SVG drawn on the server: one bar per measure across the months of its period,
/// coloured by status. Plain shapes and text, so it prints as it shows.
/// </summary>
public static class Timeline
{
    const int LabelWidth = 260;
    const int MonthWidth = 62;
    const int RowHeight = 26;
    const int HeaderHeight = 30;

    public static string Render(FiscalYear year, IReadOnlyList<AgencyMeasure> measures, DateOnly today)
    {
        var months = year.Months().ToList();
        var width = LabelWidth + months.Count * MonthWidth;
        var height = HeaderHeight + Math.Max(1, measures.Count) * RowHeight + 4;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(Shared.Ui.English ? $"Timeline, FY {year.BuddhistYear}" : $"ไทม์ไลน์ปีงบประมาณ {year.BuddhistYear}")}\" font-family=\"Sarabun, sans-serif\" font-size=\"13\">");
        for (var i = 0; i < months.Count; i++)
        {
            var x = LabelWidth + i * MonthWidth;
            var current = today.Year == months[i].Year && today.Month == months[i].Month;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"0\" width=\"{MonthWidth}\" height=\"{height}\" fill=\"{(current ? "#fff3cd" : i % 2 == 0 ? "#f6f8fb" : "#ffffff")}\" stroke=\"#d5dbe3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + MonthWidth / 2}\" y=\"20\" text-anchor=\"middle\">{Encode(MonthLabel(months[i]))}</text>");
        }

        for (var row = 0; row < measures.Count; row++)
        {
            var measure = measures[row];
            var y = HeaderHeight + row * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 17}\">{Encode(Label(measure))}</text>");
            if (Span(months, measure) is var (first, last))
            {
                var x = LabelWidth + first * MonthWidth + 3;
                var barWidth = (last - first + 1) * MonthWidth - 6;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y + 5}\" width=\"{barWidth}\" height=\"{RowHeight - 10}\" rx=\"3\" fill=\"{Colour(measure, today)}\"><title>{Encode(MeasureText.Status(measure.Status))}</title></rect>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    static string Label(AgencyMeasure measure)
    {
        var text = $"{measure.Tool} · {MeasureText.Heading(measure.Indicators)}";
        return text.Length > 34 ? text[..33] + "…" : text;
    }

    /// <summary>The first and last month index of the measure's period within the year, or null when it has no period in it.</summary>
    static (int First, int Last)? Span(List<DateOnly> months, AgencyMeasure measure)
    {
        if (measure.PeriodStart is null && measure.PeriodEnd is null)
        {
            return null;
        }

        var start = measure.PeriodStart ?? measure.PeriodEnd!.Value;
        var end = measure.PeriodEnd ?? start;
        var first = months.FindIndex(m => m.Year == start.Year && m.Month == start.Month);
        var last = months.FindLastIndex(m => m.Year == end.Year && m.Month == end.Month);
        first = first < 0 ? (start < months[0] ? 0 : -1) : first;
        last = last < 0 ? (end > months[^1] ? months.Count - 1 : -1) : last;
        return first < 0 || last < 0 || last < first ? null : (first, last);
    }

    static string Colour(AgencyMeasure measure, DateOnly today) =>
        measure.IsOverdue(today) ? "#a3261b" : measure.Status switch
        {
            Documents.MeasureStatus.Done => "#1d6b3a",
            Documents.MeasureStatus.InProgress => "#c08a00",
            _ => "#8a96a3",
        };

    static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>"ต.ค. ๖๕" or "Oct 65": the month and the short Buddhist-era year.</summary>
    static string MonthLabel(DateOnly month) => Shared.Ui.English
        ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month.Month)} {(month.Year + 543) % 100:00}"
        : ThaiDates.FormatMonth(month).Replace(" ๒๕", " ", StringComparison.Ordinal);
}
