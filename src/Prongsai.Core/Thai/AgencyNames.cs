using System.Text.RegularExpressions;

namespace Prongsai.Thai;

/// <summary>
/// Names of local agencies as documents write them: เทศบาลตำบลบ้านฉาง, ทต.บ้านฉาง, นายกเทศมนตรีเมืองท่าข้าม,
/// องค์การบริหารส่วนตำบล…, อบต.… A mention is a type word followed by a real Thai place (<see cref="Gazetteer"/>);
/// "นายก อบต." alone, or followed by an ordinary word ("นายก อบต. ลงนาม"), is generic.
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

    /// <summary>
    /// Words that commonly follow a place name without a space ("ทต.บ้านถ้ำได้จัด"): a short place (two or three
    /// letters) that runs on into the next word is taken only before one of these.
    /// </summary>
    static readonly string[] WordsAfterPlace =
        ["ได้", "ให้", "โดย", "ซึ่ง", "และ", "ผ่าน", "เพื่อ", "จึง", "ตาม", "จังหวัด", "อำเภอ", "ตำบล", "เป็น", "มี", "ทราบ", "ต่อ",
         "เรื่อง", "ประจำ", "ที่", "ใน", "เห็นว่า", "กับ", "หรือ", "แล้ว", "นั้น", "นี้", "ดังกล่าว", "ทุก",
         "ประกาศ", "คำสั่ง", "อ.", "จ.", "ต."];

    [GeneratedRegex(@"(?<type>นายก\s?เทศมนตรี\s?(?:ตำบล|เมือง|นคร)|นายก\s?เทศมนตรี|เทศบาล\s?(?:ตำบล|เมือง|นคร)|เทศบาล|องค์การบริหารส่วน\s?(?:ตำบล|จังหวัด)|(?:(?<=นายก\s?)|(?<!\p{L}))(?:ท\s?[ตมน]|อ\s?บ\s?[ตจ])\s?\.?)\s?(?<place>[\u0E01-\u0E3A\u0E40-\u0E4E]+)")]
    private static partial Regex Mention();

    /// <summary>A local agency named in a text: where, the words as written, the type word and the gazetteer's place.</summary>
    public sealed record AgencyMention(int Index, int Length, string Text, string TypeWord, string Place, string PlaceRun);

    /// <summary>
    /// Every mention of a local agency in the text whose place is a real Thai place (a province, district or
    /// subdistrict of the gazetteer). A type word followed by anything else ("นายก อบต. พิจารณา", "อบต. ทุกแห่ง")
    /// names no agency.
    /// </summary>
    public static IEnumerable<AgencyMention> FindMentions(string text)
    {
        foreach (var (match, run) in Candidates(text))
        {
            // "อบต.พลาอ.บ้านฉาง": the run stops at the dot of อ./จ./ต., which the words after a place then need.
            var end = match.Groups["place"].Index + match.Groups["place"].Length;
            if (PlaceAtStart(end < text.Length && text[end] == '.' ? run + "." : run) is not { } place)
            {
                continue;
            }

            var placeGroup = match.Groups["place"];
            var length = placeGroup.Index + place.Length - match.Index;
            yield return new AgencyMention(match.Index, length, text.Substring(match.Index, length), match.Groups["type"].Value, place, run);
        }
    }

    /// <summary>A type word and the run of Thai letters after it, unless the run starts with a word that is never a place.</summary>
    static IEnumerable<(Match Match, string Run)> Candidates(string text)
    {
        foreach (Match match in Mention().Matches(text))
        {
            var run = match.Groups["place"].Value;
            if (run.Length >= 2 && !NotPlaces.Any(w => run.StartsWith(w, StringComparison.Ordinal)))
            {
                yield return (match, run);
            }
        }
    }

    /// <summary>
    /// The longest gazetteer place the run starts with that plainly ends there: at the end of the run or before a word
    /// that follows places, or anywhere for a long name. A place that is also an ordinary word (ควร, ตรวจ, กลาง) is
    /// taken only before อำเภอ or จังหวัด: "อบต. ควรจัด", "เทศบาลตรวจสอบ" name no agency.
    /// </summary>
    static string? PlaceAtStart(string run) => Gazetteer.PlacesAtStart(run).FirstOrDefault(place =>
    {
        var rest = run[place.Length..];
        if (rest == ".")
        {
            rest = "";
        }

        if (Gazetteer.IsAlsoWord(place))
        {
            return rest.StartsWith("อำเภอ", StringComparison.Ordinal) || rest.StartsWith("จังหวัด", StringComparison.Ordinal);
        }

        return rest.Length == 0 || place.Length >= 4 || WordsAfterPlace.Any(w => rest.StartsWith(w, StringComparison.Ordinal));
    });

    /// <summary>"เทศบาลตำบลบ้านฉาง" or "ทต.บ้านฉาง" → "บ้านฉาง".</summary>
    public static string? PlaceOf(string? agencyName)
    {
        if (string.IsNullOrWhiteSpace(agencyName))
        {
            return null;
        }

        // The agency's own place is whatever its name says, in the gazetteer or not (เทศบาลตำบลเมืองแกลง).
        var candidate = Candidates(agencyName).FirstOrDefault();
        return candidate.Run is null ? null : ThaiText.Compact(candidate.Run);
    }

    /// <summary>
    /// The provinces an agency lies in: the one its name states ("อบต.พลา อำเภอบ้านฉาง จังหวัดระยอง"), else every
    /// province that has a place of its own place's name (บ้านฉาง: ระยอง and ปทุมธานี).
    /// </summary>
    public static IReadOnlySet<string> ProvincesOf(string agencyName, string? shortName)
    {
        var stated = Province().Matches(ThaiText.Compact(agencyName + (shortName ?? "")))
            .SelectMany(m => Gazetteer.PlacesAtStart(m.Groups["place"].Value))
            .Where(place => Gazetteer.ProvincesOf(place).Contains(place))
            .ToHashSet(StringComparer.Ordinal);
        if (stated.Count > 0)
        {
            return stated;
        }

        return new[] { PlaceOf(agencyName), PlaceOf(shortName) }.OfType<string>()
            .SelectMany(Gazetteer.ProvincesOf).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>An องค์การบริหารส่วนจังหวัด (อบจ.), or its executive: the agency of a whole province.</summary>
    public static bool IsProvincialOrganisation(AgencyMention mention) => KindOf(mention.TypeWord) == "อบจ";

    [GeneratedRegex(@"จังหวัด(?<place>[\u0E01-\u0E4E]+)")]
    private static partial Regex Province();

    /// <summary>
    /// The agency's own name to put where a mention names another: the mention's type word with the agency's place
    /// when both are the same kind of agency ("ทต.บ้านถ้ำ" → "ทต.บ้านฉาง", "นายกเทศมนตรีตำบลบ้านถ้ำ" →
    /// "นายกเทศมนตรีตำบลบ้านฉาง"), else the agency's name in the mention's form (short or full); null where
    /// no replacement is obvious (another kind's executive).
    /// </summary>
    public static string? OwnNameFor(AgencyMention mention, string ownName, string? ownShortName, string ownPlace)
    {
        var mentionKind = KindOf(mention.TypeWord);
        var ownKind = Candidates(ownName).Select(c => KindOf(c.Match.Groups["type"].Value)).FirstOrDefault();
        if (mentionKind is not null && (mentionKind == ownKind || (mentionKind == "ท" && ownKind?.StartsWith('ท') == true)))
        {
            return mention.TypeWord + ownPlace;
        }

        if (ThaiText.Compact(mention.TypeWord).StartsWith("นายก", StringComparison.Ordinal))
        {
            return null;
        }

        var isShort = mention.TypeWord.Contains('.') || ThaiText.Compact(mention.TypeWord).Length <= 3;
        return isShort ? ownShortName ?? ShortFormOf(ownName) ?? ownName : FullFormOf(ownShortName ?? "") ?? ownName;
    }

    /// <summary>ทต, ทม, ทน, อบต, อบจ, or ท for a plain "เทศบาล"/"นายกเทศมนตรี" of any size.</summary>
    static string? KindOf(string typeWord)
    {
        var compact = ThaiText.Compact(typeWord).Replace(".", "", StringComparison.Ordinal);
        // "นายก อบต." never reaches here as a type word: the mention's pattern leaves นายก out before a short form.
        compact = compact.StartsWith("นายกเทศมนตรี", StringComparison.Ordinal) ? "เทศบาล" + compact["นายกเทศมนตรี".Length..] : compact;
        if (compact == "เทศบาล")
        {
            return "ท";
        }

        foreach (var (full, shortForm) in Types)
        {
            var kind = shortForm.TrimEnd('.');
            if (compact == full || compact == kind)
            {
                return kind;
            }
        }

        return null;
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
}
