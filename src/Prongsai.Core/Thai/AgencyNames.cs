using System.Text.RegularExpressions;

namespace Prongsai.Thai;

/// <summary>
/// Names of local agencies as documents write them: เทศบาลตำบลบ้านฉาง, ทต.บ้านฉาง, นายกเทศมนตรีเมืองท่าข้าม,
/// องค์การบริหารส่วนตำบล…, อบต.… A mention is a type word followed by a place; "นายก อบต." alone is generic.
/// </summary>
public static partial class AgencyNames
{
    /// <summary>Full type word, its short form.</summary>
    static readonly (string Full, string Short)[] Types =
    [
        ("เทศบาลตำบล", "ทต."), ("เทศบาลเมือง", "ทม."), ("เทศบาลนคร", "ทน."),
        ("องค์การบริหารส่วนตำบล", "อบต."), ("องค์การบริหารส่วนจังหวัด", "อบจ."),
    ];

    /// <summary>Words that follow a type word without naming a place ("อบต. ทุกแห่ง", "เทศบาลตำบล ที่…").</summary>
    static readonly string[] NotPlaces =
        ["ทุก", "ใน", "และ", "ที่", "ของ", "ซึ่ง", "เป็น", "ได้", "ให้", "จะ", "ต้อง", "มี", "ตาม", "ประจำ", "ทั้ง", "นั้น", "นี้",
         "แห่ง", "ดังกล่าว", "อื่น", "หรือ", "กับ", "โดย", "เพื่อ", "จึง", "แต่"];

    /// <summary>Where a place name that runs into the next word without a space most likely ends.</summary>
    static readonly string[] WordsAfterPlace =
        ["ได้", "ให้", "โดย", "ซึ่ง", "และ", "ผ่าน", "เพื่อ", "จึง", "ตาม", "จังหวัด", "อำเภอ", "เป็น", "มีการ", "มีแนว", "ทราบ", "ต่อ"];

    [GeneratedRegex(@"(?<type>นายก\s?เทศมนตรี\s?(?:ตำบล|เมือง|นคร)|เทศบาล\s?(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วน\s?(?:ตำบล|จังหวัด)|(?<!\p{L})(?:ท\s?[ตมน]|อ\s?บ\s?[ตจ])\s?\.?)\s?(?<place>[\u0E01-\u0E3A\u0E40-\u0E4E]+)")]
    private static partial Regex Mention();

    public sealed record AgencyMention(int Index, int Length, string Text, string TypeWord, string Place, string PlaceRun);

    /// <summary>Every mention of a local agency with a place in the text.</summary>
    public static IEnumerable<AgencyMention> FindMentions(string text)
    {
        foreach (Match match in Mention().Matches(text))
        {
            var run = match.Groups["place"].Value;
            if (run.Length < 2 || NotPlaces.Any(w => run.StartsWith(w, StringComparison.Ordinal)))
            {
                continue;
            }

            var place = CutPlace(run);
            var length = match.Groups["place"].Index + place.Length - match.Index;
            yield return new AgencyMention(match.Index, length, text.Substring(match.Index, length), match.Groups["type"].Value, place, run);
        }
    }

    /// <summary>"เทศบาลตำบลบ้านฉาง" or "ทต.บ้านฉาง" → "บ้านฉาง".</summary>
    public static string? PlaceOf(string? agencyName)
    {
        if (string.IsNullOrWhiteSpace(agencyName))
        {
            return null;
        }

        var mention = FindMentions(agencyName).FirstOrDefault();
        return mention is null ? null : ThaiText.Compact(mention.PlaceRun);
    }

    /// <summary>"เทศบาลตำบลบ้านฉาง" → "ทต.บ้านฉาง"; null for agencies without a customary short form.</summary>
    public static string? ShortFormOf(string fullName)
    {
        var compact = ThaiText.Compact(fullName);
        foreach (var (full, shortForm) in Types)
        {
            if (compact.StartsWith(full, StringComparison.Ordinal) && compact.Length > full.Length)
            {
                return shortForm + compact[full.Length..];
            }
        }

        return null;
    }

    /// <summary>"ทต.บ้านฉาง" → "เทศบาลตำบลบ้านฉาง".</summary>
    public static string? FullFormOf(string shortName)
    {
        var compact = ThaiText.Compact(shortName);
        foreach (var (full, shortForm) in Types)
        {
            if (compact.StartsWith(shortForm, StringComparison.Ordinal) && compact.Length > shortForm.Length)
            {
                return full + compact[shortForm.Length..];
            }
        }

        return null;
    }

    static string CutPlace(string run)
    {
        var cut = run.Length;
        foreach (var word in WordsAfterPlace)
        {
            var at = run.IndexOf(word, 2, StringComparison.Ordinal);
            if (at >= 2 && at < cut)
            {
                cut = at;
            }
        }

        return run[..cut];
    }
}
