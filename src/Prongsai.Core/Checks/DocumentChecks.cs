using Prongsai.Catalog;
using Prongsai.Checks.Rules;
using Prongsai.Documents;

namespace Prongsai.Checks;

/// <summary>Runs every rule over a document: on import, on every save, and before publishing.</summary>
public static class DocumentChecks
{
    /// <summary>Every rule, by id. Each is one small class in Rules/.</summary>
    public static readonly IReadOnlyList<(string Id, Func<CheckContext, IEnumerable<Finding>> Check)> Rules =
    [
        (ElementMissing.Id, ElementMissing.Check),
        (IndicatorUnrecognised.Id, IndicatorUnrecognised.Check),
        (PeriodUnreadable.Id, PeriodUnreadable.Check),
        (PeriodOutsideFiscalYear.Id, PeriodOutsideFiscalYear.Check),
        (StatusMissing.Id, StatusMissing.Check),
        (StatusDoneWithoutResults.Id, StatusDoneWithoutResults.Check),
        (StatusNotStartedWithResults.Id, StatusNotStartedWithResults.Check),
        (ForeignAgencyName.Id, ForeignAgencyName.Check),
    ];

    public static IReadOnlyList<Finding> Run(MeasuresDocument document, FrameworkCatalog? catalog = null)
    {
        var context = new CheckContext(document, (catalog ?? FrameworkCatalog.Default).For(document.FiscalYear));
        return [.. Rules.SelectMany(rule => rule.Check(context))
            .OrderBy(f => f.Measure ?? 0)
            .ThenByDescending(f => f.Severity)];
    }
}
