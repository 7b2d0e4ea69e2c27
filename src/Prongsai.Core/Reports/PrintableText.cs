using System.Text;
using Prongsai.Documents;

namespace Prongsai.Reports;

/// <summary>
/// Drops the characters that XML 1.0 cannot hold (control characters other than tab and line breaks, lone
/// surrogates, U+FFFE/U+FFFF) before any report is drawn: one NUL in a typed or imported field would otherwise
/// make the DOCX and XLSX writers throw, and nobody can see those characters anyway.
/// </summary>
public static class PrintableText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    public static MeasuresDocument Clean(MeasuresDocument document) => document with
    {
        Agency = new AgencyName(Clean(document.Agency.Name), document.Agency.ShortName is { } shortName ? Clean(shortName) : null),
        Measures = [.. document.Measures.Select(Clean)],
    };

    static Measure Clean(Measure measure) => measure with
    {
        Name = Optional(measure.Name),
        IndicatorText = Optional(measure.IndicatorText),
        ResponsibleUnits = [.. measure.ResponsibleUnits.Select(Clean)],
        ResponsiblePersons = [.. measure.ResponsiblePersons.Select(Clean)],
        Steps = [.. measure.Steps.Select(Clean)],
        Monitoring = [.. measure.Monitoring.Select(Clean)],
        Period = measure.Period is { } period ? period with { Text = Optional(period.Text) } : null,
        Reporting = measure.Reporting with { Text = Optional(measure.Reporting.Text) },
        Results = [.. measure.Results.Select(Clean)],
    };

    static string? Optional(string? text) => text is null ? null : Clean(text);

    static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return true;
            }
        }

        return false;
    }

    static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
}
