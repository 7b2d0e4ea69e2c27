namespace Prongsai.Thai;

/// <summary>
/// Every Thai province, district and subdistrict name (from npm's thai-address-database, converted at build time by
/// scripts/gazetteer.js), without spaces, each with the provinces where a place of that name lies. Names that are also
/// ordinary words (ตลาด, กลาง, ควร) are marked, so that a caller takes them for a place only where the word plainly
/// ends. Loaded once, on first use.
/// </summary>
public static class Gazetteer
{
    const string Resource = "Prongsai.Thai.gazetteer.txt";

    sealed record Place(bool IsAlsoWord, string[] Provinces);

    static readonly Lazy<Dictionary<string, Place>> Names = new(Load);

    /// <summary>How many distinct names the gazetteer holds (about 6,200).</summary>
    public static int Count => Names.Value.Count;

    public static bool IsPlace(string compactName) => Names.Value.ContainsKey(compactName);

    /// <summary>True for a place name that is also an ordinary Thai word.</summary>
    public static bool IsAlsoWord(string compactName) => Names.Value.TryGetValue(compactName, out var place) && place.IsAlsoWord;

    /// <summary>
    /// The provinces where a province, district or subdistrict of this name lies ("บ้านฉาง" → ปทุมธานี, ระยอง; a
    /// province → itself); empty for a name that is no place.
    /// </summary>
    public static IReadOnlyList<string> ProvincesOf(string compactName) =>
        Names.Value.TryGetValue(compactName, out var place) ? place.Provinces : [];

    /// <summary>The place names that <paramref name="run"/> starts with (at least two letters), longest first.</summary>
    public static IEnumerable<string> PlacesAtStart(string run)
    {
        for (var length = Math.Min(run.Length, MaxLength); length >= 2; length--)
        {
            var prefix = run[..length];
            if (Names.Value.ContainsKey(prefix))
            {
                yield return prefix;
            }
        }
    }

    /// <summary>Longer than any name in the gazetteer, so a run of text is never searched past it.</summary>
    const int MaxLength = 40;

    static Dictionary<string, Place> Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded gazetteer {Resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, Place>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Split('\t') is [var name, var provinces])
            {
                var word = name.EndsWith('*');
                names[word ? name[..^1] : name] = new Place(word, provinces.Split('|'));
            }
        }

        return names;
    }
}
