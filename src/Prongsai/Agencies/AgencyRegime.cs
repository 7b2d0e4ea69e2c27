using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Agencies;

/// <summary>
/// The assessment regime an agency is judged under (the NACC's ITA unless set): its workbook, framework and score
/// analysis follow it. Only regimes the catalog has (shipped, or a REGIME-YYYY.json in DATA/frameworks) are accepted.
/// </summary>
public static class AgencyRegime
{
    public const int MaxLength = 20;

    public static string Of(Agency agency) => agency.Regime ?? FrameworkCatalog.DefaultRegime;

    /// <summary>The regime as the catalog spells it, or null with why not (Thai, then English in brackets).</summary>
    public static (string? Regime, string? Error) Resolve(FrameworkCatalog catalog, string? wanted)
    {
        var name = wanted?.Trim() ?? "";
        var known = catalog.Regimes.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
        return known is not null && name.Length <= MaxLength
            ? (known, null)
            : (null, $"ไม่รู้จักระบบการประเมิน \"{Truncate(name)}\" (unknown regime; known: {string.Join(", ", catalog.Regimes)})");
    }

    /// <summary>A regime's name for a list: the file's regimeName of its latest year, else its code.</summary>
    public static string Name(FrameworkCatalog catalog, string regime) =>
        catalog.YearsOf(regime).Select(y => catalog.For(y, regime).RegimeName).LastOrDefault(n => n is not null) is { } name ? $"{name} ({regime})" : regime;

    static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
