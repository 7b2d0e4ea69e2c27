using System.Reflection;
using System.Text.Json;
using Prongsai.Documents;

namespace Prongsai.Catalog;

/// <summary>
/// The ITA frameworks by regime and assessment year: those shipped in the assembly (the NACC's), overlaid by any
/// REGIME-YYYY.json an administrator puts in a folder (DATA/frameworks), so next year's framework, a correction or a
/// ministry's own regime needs no code change. A file's "regime" field wins over its name; without one it is the NACC's.
/// </summary>
public sealed class FrameworkCatalog
{
    public const string DefaultRegime = "nacc";

    const string ResourcePrefix = "Prongsai.Catalog.Frameworks.";

    readonly Dictionary<string, SortedDictionary<int, Framework>> _byRegime;

    FrameworkCatalog(Dictionary<string, SortedDictionary<int, Framework>> byRegime) => _byRegime = byRegime;

    /// <summary>The frameworks shipped with Prongsai.</summary>
    public static FrameworkCatalog Default { get; } = Load();

    /// <summary>The NACC's assessment years.</summary>
    public IEnumerable<int> FiscalYears => YearsOf(DefaultRegime);

    public IEnumerable<string> Regimes => _byRegime.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<int> YearsOf(string regime) => _byRegime.TryGetValue(regime, out var years) ? years.Keys : [];

    /// <summary>Loads the shipped frameworks, then those in <paramref name="folder"/> (which win for the same regime and year).</summary>
    public static FrameworkCatalog Load(string? folder = null)
    {
        var byRegime = new Dictionary<string, SortedDictionary<int, Framework>>(StringComparer.OrdinalIgnoreCase);
        var sources = new Dictionary<Framework, string>();
        var assembly = typeof(FrameworkCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            Add(byRegime, sources, Parse(stream, name), name);
        }

        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*-*.json").Order(StringComparer.Ordinal))
            {
                using var stream = File.OpenRead(path);
                Add(byRegime, sources, Parse(stream, path), path);
            }
        }

        foreach (var years in byRegime.Values)
        {
            foreach (var framework in years.Values)
            {
                years.TryGetValue(framework.FiscalYear - 1, out var previous);
                FrameworkValidation.CheckPrevious(framework, previous, sources[framework]);
            }
        }

        return new FrameworkCatalog(byRegime);
    }

    /// <summary>The NACC framework of that year, or the nearest earlier one (frameworks carry over until replaced).</summary>
    public Framework For(int fiscalYear) => For(fiscalYear, DefaultRegime);

    /// <summary>The regime's framework of that year or the nearest earlier one; an unknown regime is the NACC's.</summary>
    public Framework For(int fiscalYear, string? regime)
    {
        var years = regime is not null && _byRegime.TryGetValue(regime, out var found) ? found : _byRegime[DefaultRegime];
        if (years.TryGetValue(fiscalYear, out var exact))
        {
            return exact;
        }

        var earlier = years.Keys.Where(y => y < fiscalYear).DefaultIfEmpty(years.Keys.First()).Max();
        return years[earlier];
    }

    public bool Has(int fiscalYear) => Has(fiscalYear, DefaultRegime);

    public bool Has(int fiscalYear, string regime) => _byRegime.TryGetValue(regime, out var years) && years.ContainsKey(fiscalYear);

    public bool HasRegime(string regime) => _byRegime.ContainsKey(regime);

    static void Add(Dictionary<string, SortedDictionary<int, Framework>> byRegime, Dictionary<Framework, string> sources, Framework framework, string source)
    {
        if (!byRegime.TryGetValue(framework.Regime, out var years))
        {
            byRegime[framework.Regime] = years = [];
        }

        years[framework.FiscalYear] = framework;
        sources[framework] = source;
    }

    static Framework Parse(Stream stream, string source)
    {
        try
        {
            var framework = JsonSerializer.Deserialize<Framework>(stream, InterchangeJson.Options)
                ?? throw new InvalidDataException($"{source}: empty framework file");
            FrameworkValidation.Check(framework, source);
            return framework;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not a valid framework file: {e.Message}", e);
        }
    }
}
