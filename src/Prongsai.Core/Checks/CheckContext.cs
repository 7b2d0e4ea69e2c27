using Prongsai.Catalog;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Checks;

/// <summary>What every rule sees: the document, its fiscal year and that year's framework.</summary>
public sealed record CheckContext(MeasuresDocument Document, Framework Framework)
{
    public FiscalYear FiscalYear => new(Document.FiscalYear);

    /// <summary>Each measure with its 1-based number in the document, as findings name it.</summary>
    public IEnumerable<(int Number, Measure Measure)> Measures => Document.Measures.Select((m, i) => (i + 1, m));

    /// <summary>Every text of a measure with the field and 1-based item it sits in (item is null for single texts).</summary>
    public static IEnumerable<(string Field, int? Item, string Text)> TextsOf(Measure measure)
    {
        if (measure.Name is { } name)
        {
            yield return ("name", null, name);
        }

        foreach (var (field, list) in new[]
        {
            ("responsibleUnits", measure.ResponsibleUnits), ("responsiblePersons", measure.ResponsiblePersons),
            ("steps", measure.Steps), ("monitoring", measure.Monitoring), ("results", measure.Results),
        })
        {
            for (var i = 0; i < list.Count; i++)
            {
                yield return (field, i + 1, list[i]);
            }
        }

        if (measure.Reporting.Text is { } reporting)
        {
            yield return ("reporting", null, reporting);
        }
    }
}
