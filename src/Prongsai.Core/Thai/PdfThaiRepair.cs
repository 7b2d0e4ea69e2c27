using System.Text;
using System.Text.RegularExpressions;

namespace Prongsai.Thai;

/// <summary>
/// Repairs the known damage in Thai text taken out of PDFs (by us or by pdftotext): combining marks detached from their
/// base by a space or put on the wrong consonant ("ตัวชีว้ ัด" for ตัวชี้วัด, "ขัน ้ ตอน" for ขั้นตอน), tone marks
/// before the vowel they sit on, sara am split into nikhahit + sara aa, and spaces where Thai never has one (before
/// า ะ ำ, after เ แ โ ใ ไ). Correct Thai never has a space before a combining mark, so the rules that move marks only
/// fire on text that is damaged; correct text comes out unchanged.
/// </summary>
public static partial class PdfThaiRepair
{
    [GeneratedRegex(@"\s*\u0E4D\s*([\u0E48-\u0E4B]?)\s*\u0E32")]
    private static partial Regex SplitSaraAm();

    [GeneratedRegex(@"\u0E33([\u0E48-\u0E4B])")]
    private static partial Regex ToneAfterSaraAm();

    [GeneratedRegex(@"[ \t\u00A0]+(?=[\u0E30\u0E32\u0E33\u0E45])|(?<=[\u0E40-\u0E44])[ \t\u00A0]+(?=[\u0E01-\u0E2E])")]
    private static partial Regex ImpossibleSpace();

    public static string Repair(string text)
    {
        if (!text.Any(c => c is >= '\u0E00' and <= '\u0E7F'))
        {
            return text;
        }

        text = SplitSaraAm().Replace(text, "$1\u0E33");
        text = ToneAfterSaraAm().Replace(text, "$1\u0E33");
        text = ImpossibleSpace().Replace(text, "");
        return Reattach(text);
    }

    public static bool IsCombining(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    static bool IsVowelMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or '\u0E47';

    // Mai ek … mai chattawa only: the thanthakhat (U+0E4C) sits on the silent consonant it follows (ฟิล์ม), never on
    // the syllable before, so it is not moved like a tone.
    static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4B';

    static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    /// <summary>A character and the marks placed on it; <see cref="Space"/> for whitespace between clusters.</summary>
    sealed class Cluster(char head)
    {
        public char Head { get; } = head;

        public List<char> Marks { get; } = [];

        public bool Space => char.IsWhiteSpace(Head);

        public bool HasVowel => Marks.Any(IsVowelMark);

        public bool HasTone => Marks.Any(IsToneMark);
    }

    static string Reattach(string text)
    {
        var clusters = new List<Cluster>();
        var afterDetached = false;
        foreach (var c in text)
        {
            if (!IsCombining(c))
            {
                // "ขัน ้ ตอน": the space after a detached mark is as false as the one before it.
                if (!(afterDetached && char.IsWhiteSpace(c)))
                {
                    clusters.Add(new Cluster(c));
                }

                afterDetached = false;
                continue;
            }

            var detached = false;
            while (clusters.Count > 0 && clusters[^1].Space)
            {
                clusters.RemoveAt(clusters.Count - 1);
                detached = true;
            }

            if (clusters.Count == 0)
            {
                clusters.Add(new Cluster(c));
                continue;
            }

            var target = clusters[^1];
            var before = clusters.Count > 1 && IsConsonant(clusters[^2].Head) ? clusters[^2] : null;
            if (detached && before is not null && before.HasVowel && !before.HasTone)
            {
                if (IsToneMark(c) && target.Marks.Count == 0)
                {
                    // "ขัน ้": the tone drawn over ข came out after the final consonant.
                    target = before;
                }
                else if (IsVowelMark(c) && target.HasTone && !target.HasVowel)
                {
                    // "ชีว้ ั": the tone of ชี went onto ว, whose own vowel came out detached.
                    var tone = target.Marks.First(IsToneMark);
                    target.Marks.Remove(tone);
                    before.Marks.Add(tone);
                }
            }

            target.Marks.Add(c);
            afterDetached = detached;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var cluster in clusters)
        {
            builder.Append(cluster.Head);
            // Vowel marks sit on the consonant, tone marks on top: in text the vowel comes first.
            builder.Append(cluster.Marks.Where(m => !IsToneMark(m)).Concat(cluster.Marks.Where(IsToneMark)).ToArray());
        }

        return builder.ToString();
    }
}
