using System.Text;

namespace Prongsai.Reports;

/// <summary>
/// Sarabun (400 and 700, Thai and Latin subsets) embedded in this assembly at build time from
/// node_modules/@fontsource/sarabun, as @font-face rules with data: URIs — so pages and PDFs show Thai
/// correctly on machines with no Thai font and no network.
/// </summary>
public static class SarabunFonts
{
    const string ResourcePrefix = "Prongsai.Reports.Fonts.";

    // unicode-range values from @fontsource/sarabun's own CSS: the browser uses each subset only for its characters.
    const string ThaiRange = "U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC";
    const string LatinRange =
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

    static readonly Lazy<string> Css = new(BuildFontFaces);

    /// <summary>The family name the rules declare.</summary>
    public const string Family = "Sarabun";

    /// <summary>Four @font-face rules with the fonts inline.</summary>
    public static string FontFaceCss => Css.Value;

    /// <summary>The raw woff2 bytes of one embedded face, e.g. "sarabun-thai-400-normal.woff2".</summary>
    public static byte[] Read(string fileName)
    {
        using var stream = typeof(SarabunFonts).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The font {fileName} is not embedded in {typeof(SarabunFonts).Assembly.GetName().Name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// The same four rules with the fonts fetched from <paramref name="baseUrl"/> (which serves the woff2 files by
    /// their @fontsource names): a web page a fifth the size, for a server that serves the fonts itself.
    /// </summary>
    public static string LinkedFontFaceCss(string baseUrl) => BuildFontFaces(file => baseUrl + file);

    static string BuildFontFaces() => BuildFontFaces(file => "data:font/woff2;base64," + Convert.ToBase64String(Read(file)));

    /// <summary>One embedded face: its woff2 file, weight and the characters it covers.</summary>
    public sealed record Face(string File, int Weight, string UnicodeRange);

    /// <summary>The four faces the rules declare, for a printer that loads them itself.</summary>
    public static IReadOnlyList<Face> Faces { get; } =
    [
        .. from weight in new[] { 400, 700 }
           from subset in new[] { ("thai", ThaiRange), ("latin", LatinRange) }
           select new Face($"sarabun-{subset.Item1}-{weight}-normal.woff2", weight, subset.Item2),
    ];

    static string BuildFontFaces(Func<string, string> source)
    {
        var css = new StringBuilder();
        foreach (var face in Faces)
        {
            css.Append("@font-face{font-family:'").Append(Family).Append("';font-style:normal;font-display:block;font-weight:")
                .Append(face.Weight).Append(";src:url(").Append(source(face.File)).Append(") format('woff2');unicode-range:")
                .Append(face.UnicodeRange).Append(";}\n");
        }

        return css.ToString();
    }
}
