using Prongsai.Catalog;
using Prongsai.Import;
using Prongsai.Thai;

namespace Prongsai.Checks.Rules;

/// <summary>Every indicator the measure names must be one of the framework's.</summary>
static class IndicatorUnrecognised
{
    public const string Id = "indicator-unrecognised";

    public static IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var (number, m) in context.Measures)
        {
            var unknown = m.Indicators.Where(i => context.Framework.Indicator(i) is null).ToList();
            foreach (var indicator in unknown)
            {
                yield return new Finding(Id, Severity.Error,
                    $"ไม่มีตัวชี้วัดที่ {ThaiDigits.ToThai(indicator)} ในกรอบการประเมินปี {ThaiDigits.ToThai(context.Document.FiscalYear)}",
                    $"indicator {indicator} is not in the {context.Document.FiscalYear} framework", number, "indicators", null, indicator.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var items = NumberedItems.Parse(m.IndicatorText is null ? [] : [m.IndicatorText]).ItemsOrHead;
            for (var i = 0; i < items.Count; i++)
            {
                if (IndicatorMatcher.Match(context.Framework, items[i]) is null)
                {
                    yield return new Finding(Id, Severity.Error, $"ไม่รู้จักตัวชี้วัด “{items[i]}”", $"indicator not recognised: “{items[i]}”",
                        number, "indicators", i + 1, items[i]);
                }
            }

            if (m.Indicators.Count == 0 && items.Count == 0)
            {
                yield return new Finding(Id, Severity.Error, "ไม่ได้ระบุตัวชี้วัด", "no indicator given", number, "indicators");
            }
        }
    }
}
