using System.Reflection;
using System.Text.Json;
using Prongsai.Documents;

namespace Prongsai.Catalog;

/// <summary>
/// The ITA frameworks by fiscal year: those shipped in the assembly, overlaid by any ita-YYYY.json an
/// administrator puts in a folder, so next year's framework needs no code change.
/// </summary>
public sealed class FrameworkCatalog
{
    const string ResourcePrefix = "Prongsai.Catalog.Frameworks.";

    readonly SortedDictionary<int, Framework> _byYear;

    FrameworkCatalog(SortedDictionary<int, Framework> byYear) => _byYear = byYear;

    /// <summary>The frameworks shipped with Prongsai.</summary>
    public static FrameworkCatalog Default { get; } = Load();

    public IEnumerable<int> FiscalYears => _byYear.Keys;

    /// <summary>Loads the shipped frameworks, then those in <paramref name="folder"/> (which win for the same year).</summary>
    public static FrameworkCatalog Load(string? folder = null)
    {
        var byYear = new SortedDictionary<int, Framework>();
        var assembly = typeof(FrameworkCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            Add(byYear, Parse(stream, name));
        }

        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "ita-*.json"))
            {
                using var stream = File.OpenRead(path);
                Add(byYear, Parse(stream, path));
            }
        }

        return new FrameworkCatalog(byYear);
    }

    /// <summary>The framework of that year, or the nearest earlier one (frameworks carry over until replaced).</summary>
    public Framework For(int fiscalYear)
    {
        if (_byYear.TryGetValue(fiscalYear, out var exact))
        {
            return exact;
        }

        var earlier = _byYear.Keys.Where(y => y < fiscalYear).DefaultIfEmpty(_byYear.Keys.First()).Max();
        return _byYear[earlier];
    }

    public bool Has(int fiscalYear) => _byYear.ContainsKey(fiscalYear);

    static void Add(SortedDictionary<int, Framework> byYear, Framework framework) => byYear[framework.FiscalYear] = framework;

    static Framework Parse(Stream stream, string source)
    {
        try
        {
            var framework = JsonSerializer.Deserialize<Framework>(stream, InterchangeJson.Options)
                ?? throw new InvalidDataException($"{source}: empty framework file");
            Validate(framework, source);
            return framework;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a valid framework file: {e.Message}", e);
        }
    }

    static void Validate(Framework framework, string source)
    {
        if (framework.FiscalYear is < 2500 or > 2700)
        {
            throw new InvalidDataException($"{source}: fiscalYear {framework.FiscalYear} is not a Buddhist-era year");
        }

        if (framework.Indicators.Count == 0 || framework.Levels.Bands.Count == 0)
        {
            throw new InvalidDataException($"{source}: a framework needs indicators and level bands");
        }

        var duplicate = framework.Indicators.GroupBy(i => i.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{source}: indicator {duplicate.Key} appears twice");
        }
    }
}
