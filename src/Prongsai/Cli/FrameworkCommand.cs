using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Prongsai.Catalog;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Cli;

/// <summary>`prongsai framework show YEAR [--regime R] [--json]`: one assessment year's framework as the catalog holds it.</summary>
static class FrameworkCommand
{
    // role and covers are printed even when null or 0: a script reads every item the same way.
    static readonly JsonSerializerOptions Json = new(InterchangeJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var year = new Argument<int>("year") { Description = "The assessment year (Buddhist era), e.g. 2566" };
        var regime = new Option<string>("--regime") { Description = "The regime (default nacc); others come from DATA/frameworks/REGIME-YYYY.json", DefaultValueFactory = _ => FrameworkCatalog.DefaultRegime };
        var json = new Option<bool>("--json") { Description = "Print the framework as JSON: tools, indicators, calendar, sources and items" };
        var show = new Command("show", "Print a year's framework: tools, indicators and OIT items with their roles, covered fiscal year and criteria") { year, regime, json };
        options.AddTo(show);
        show.SetAction(parseResult => CliErrors.Guard(error, () =>
        {
            FrameworkCatalog catalog;
            try
            {
                catalog = FrameworkCatalog.Load(options.Settings(parseResult).FrameworksDirectory);
            }
            catch (InvalidDataException e)
            {
                error.WriteLine($"prongsai: {e.Message}");
                return ExitCodes.InputUnreadable;
            }

            var (wanted, name) = (parseResult.GetValue(year), parseResult.GetValue(regime)!);
            if (!catalog.Has(wanted, name))
            {
                var known = catalog.HasRegime(name) ? string.Join(", ", catalog.YearsOf(name)) : "none";
                error.WriteLine($"prongsai: ไม่มีกรอบการประเมินปี {wanted} ของ {name} / no {name} framework for {wanted} (years: {known}; regimes: {string.Join(", ", catalog.Regimes)})");
                return ExitCodes.InputUnreadable;
            }

            var framework = catalog.For(wanted, name);
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(Shape(framework), Json));
            }
            else
            {
                WriteText(output, framework);
            }

            return ExitCodes.Fine;
        }));
        return new Command("framework", "The ITA frameworks in the catalog") { show };
    }

    static object Shape(Framework f) => new
    {
        fiscalYear = f.FiscalYear,
        regime = f.Regime,
        regimeName = f.RegimeName,
        passMark = f.PassMark,
        note = f.Note,
        sources = f.Sources,
        calendar = f.Calendar,
        tools = f.Tools,
        indicators = f.Indicators.Select(i => new { number = i.Number, name = i.Name, tool = i.Tool }),
        items = f.Items.Select(i => new
        {
            code = i.Code,
            name = i.Name,
            role = i.Role,
            covers = i.Covers,
            fiscalYear = f.FiscalYearCovered(i),
            indicator = i.Indicator,
            criteria = i.Criteria,
            provisional = i.Provisional,
            criteriaProvisional = i.CriteriaProvisional,
            previous = i.Previous,
        }),
    };

    static void WriteText(TextWriter output, Framework f)
    {
        output.WriteLine($"กรอบการประเมิน ITA ปี {ThaiDigits.ToThai(f.FiscalYear)} ({f.Regime}) — {f.Items.Count} items");
        if (f.Note is not null)
        {
            output.WriteLine(f.Note);
        }

        foreach (var tool in f.Tools)
        {
            output.WriteLine($"{tool.Code} {tool.Name} ×{tool.Weight}");
        }

        foreach (var indicator in f.Indicators)
        {
            output.WriteLine($"  ตัวชี้วัดที่ {indicator.Number} {indicator.Name} ({indicator.Tool})");
        }

        foreach (var item in f.Items)
        {
            var role = item.Role is { } r ? $" [{r.ToString().ToLowerInvariant()}]" : "";
            var covers = item.Covers != 0 ? $" (ปีงบประมาณ {ThaiDigits.ToThai(f.FiscalYearCovered(item))})" : "";
            var provisional = item.Provisional ? " (provisional)" : "";
            output.WriteLine($"{item.Code} {item.Name}{role}{covers}{provisional}");
            foreach (var criterion in item.Criteria)
            {
                output.WriteLine($"    - {criterion}");
            }
        }

        foreach (var source in f.Sources)
        {
            output.WriteLine($"source: {source.Title}{(source.Url is null ? "" : $" <{source.Url}>")}: {source.Confirms}");
        }
    }
}
