using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Tests.Import;

/// <summary>Compares measures as the fixture asks: texts ignoring whitespace, lists exactly these items in this order.</summary>
static class MeasuresAssert
{
    public static void SameDocument(MeasuresDocument expected, MeasuresDocument actual)
    {
        Assert.Equal(Compact(expected.Agency.Name), Compact(actual.Agency.Name));
        Assert.Equal(Compact(expected.Agency.ShortName), Compact(actual.Agency.ShortName));
        Assert.Equal(expected.FiscalYear, actual.FiscalYear);
        Assert.Equal(expected.Kind, actual.Kind);
        SameMeasures(expected.Measures, actual.Measures);
    }

    public static void SameMeasures(IReadOnlyList<Measure> expected, IReadOnlyList<Measure> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            SameMeasure(expected[i], actual[i], $"measure {i + 1}");
        }
    }

    public static void SameMeasure(Measure e, Measure a, string where)
    {
        Assert.True(e.Tool == a.Tool, $"{where}: tool {a.Tool}, expected {e.Tool}");
        Assert.True(e.Indicators.SequenceEqual(a.Indicators), $"{where}: indicators [{string.Join(",", a.Indicators)}], expected [{string.Join(",", e.Indicators)}]");
        SameList(e.ResponsibleUnits, a.ResponsibleUnits, $"{where} responsibleUnits");
        SameList(e.ResponsiblePersons, a.ResponsiblePersons, $"{where} responsiblePersons");
        SameList(e.Steps, a.Steps, $"{where} steps");
        SameList(e.Monitoring, a.Monitoring, $"{where} monitoring");
        Assert.True(e.Period?.Start == a.Period?.Start && e.Period?.End == a.Period?.End,
            $"{where}: period {a.Period?.Start}–{a.Period?.End}, expected {e.Period?.Start}–{e.Period?.End}");
        Assert.True(e.Status == a.Status, $"{where}: status {a.Status}, expected {e.Status}");
        Assert.True(e.Reporting.Cadences.SequenceEqual(a.Reporting.Cadences),
            $"{where}: cadences [{string.Join(",", a.Reporting.Cadences)}], expected [{string.Join(",", e.Reporting.Cadences)}]");
        SameList(e.Results, a.Results, $"{where} results");
    }

    static void SameList(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string where)
    {
        var e = expected.Select(Compact).ToList();
        var a = actual.Select(Compact).ToList();
        Assert.True(e.SequenceEqual(a), $"{where}:\n  actual   [{string.Join(" | ", a)}]\n  expected [{string.Join(" | ", e)}]");
    }

    static string Compact(string? text) => ThaiText.Compact(text);
}
