using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>
/// Splits a cell into its numbered items as real documents write them: "๑.", "๑ .", "1)", "(1)",
/// "๒ประชุม" (no separator), "๔ ได้จัดทำ", duplicated numbers (๑, ๒, ๒, ๓) — while leaving alone the numbers
/// inside the text that are not items ("รอบ ๖ เดือนแรก และ ๑๒ เดือน", "๑๕ มี.ค. ๒๕๖๖").
/// A number is an item only where it continues the sequence. Without numbers, bullets or paragraphs are the items.
/// </summary>
public static class NumberedItems
{
    /// <summary>The text before the first item (e.g. units, or a reporting cadence), and the items.</summary>
    public sealed record Split(string Head, IReadOnlyList<string> Items)
    {
        /// <summary>The items, or the head alone when the cell has no list.</summary>
        public IReadOnlyList<string> ItemsOrHead => Items.Count > 0 ? Items : Head.Length > 0 ? [Head] : [];
    }

    static readonly string[] CountWords =
        ["วัน", "เดือน", "ปี", "ครั้ง", "คน", "ชั่วโมง", "ชม.", "นาที", "ไตรมาส", "ฉบับ", "แห่ง", "บาท", "ท่าน", "ราย", "รอบ", "เล่ม", "ชุด", "ฝ่าย", "%"];

    /// <summary>Words that begin with a count word but are not counts: "๒ รายงานผล" is item 2, "๓ ราย" is a count.</summary>
    static readonly string[] NotCounts = ["รายงาน", "รายละเอียด", "รายชื่อ"];

    static readonly string[] QuantityWords =
        ["ภายใน", "รอบ", "จำนวน", "ทุก", "ละ", "อย่างน้อย", "น้อยกว่า", "ไม่เกิน", "ที่", "ร้อยละ", "พ.ศ.", "ข้อ", "ทั้ง", "เป็น", "เวลา", "ครั้ง"];

    static readonly char[] Bullets = ['-', '–', '•', '●', '▪', '○', '◦', '*', '·', '➢', '\uF0D8', '\uF0A7', '✓'];

    public static Split Parse(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return new Split("", []);
        }

        var text = string.Join("\n", paragraphs);
        var candidates = FindCandidates(text);
        var accepted = Choose(candidates);
        if (accepted.Count > 0)
        {
            return Cut(text, accepted);
        }

        return ByBullets(paragraphs) ?? (paragraphs.Count > 1
            ? new Split("", [.. paragraphs.Select(ThaiText.Tidy)])
            : new Split(ThaiText.Tidy(paragraphs[0]), []));
    }

    /// <summary>A number that may start an item; <paramref name="LineStart"/> is where its line starts when only spaces or bullets come before it.</summary>
    readonly record struct Candidate(int Start, int TextStart, int Number, bool Strong, int? LineStart)
    {
        public bool AtParagraphStart => LineStart is not null;

        /// <summary>Where the text before the item ends: a bullet that starts the item's line belongs to the item ("- ๓. …").</summary>
        public int Cut => LineStart ?? Start;
    }

    static List<Candidate> FindCandidates(string text)
    {
        var candidates = new List<Candidate>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!ThaiDigits.IsAnyDigit(text[i]) || (i > 0 && ThaiDigits.IsAnyDigit(text[i - 1])))
            {
                continue;
            }

            if (TryCandidate(text, i) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    static Candidate? TryCandidate(string text, int digitsStart)
    {
        var end = digitsStart;
        while (end < text.Length && ThaiDigits.IsAnyDigit(text[end]))
        {
            end++;
        }

        if (end - digitsStart > 2 || !ThaiDigits.TryParse(text.AsSpan(digitsStart, end - digitsStart), out var number) || number == 0)
        {
            return null;
        }

        var start = digitsStart;
        var parenthesised = start > 0 && text[start - 1] == '(';
        if (parenthesised)
        {
            start--;
        }

        var before = start == 0 ? '\n' : text[start - 1];
        var lineStart = LineStartOf(text, start);
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0')
        {
            after++;
        }

        var strong = after < text.Length && (text[after] == ')' || (text[after] == '.' && !parenthesised && !FollowedByDigit(text, after)));
        if (strong)
        {
            // "O42." and "2.5." are not items; a Thai letter before "๒." is a missing space in real documents.
            if (char.IsAsciiLetterOrDigit(before) || before == '.')
            {
                return null;
            }

            var textStart = after + 1;
            while (textStart < text.Length && ThaiText.IsSpace(text[textStart]) && text[textStart] != '\n')
            {
                textStart++;
            }

            return new Candidate(start, textStart, number, true, lineStart);
        }

        // Weak: "๒ประชุม", "๔ ได้จัดทำ". Only after a space or at the start, followed by Thai text that is not a count or a date.
        if (parenthesised || !(lineStart is not null || ThaiText.IsSpace(before)) || after >= text.Length || !IsThaiLetter(text[after]))
        {
            return null;
        }

        if (after - end > 1 || (StartsWithAny(text, after, CountWords) && !StartsWithAny(text, after, NotCounts)) || ThaiMonths.MatchAt(text.AsSpan(after), 0).Month > 0
            || PrecededByQuantityWord(text, start))
        {
            return null;
        }

        return new Candidate(start, after, number, false, lineStart);
    }

    /// <summary>Keeps the candidates that continue the sequence 1, 2, 3 … (a strong repeat of the last number counts too).</summary>
    static List<Candidate> Choose(List<Candidate> candidates)
    {
        var accepted = new List<Candidate>();
        var last = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var next = c.Number == last + 1;
            var repeat = last > 0 && c.Number == last && c.Strong;
            var gap = last > 0 && c.Number > last + 1 && c.Number <= last + 3 && c.Strong && c.AtParagraphStart;
            if (!(next || repeat || gap))
            {
                continue;
            }

            // A weak number that a strong one of the same value follows is text: "ทั้ง ๓ กอง … ๓. ประชุม".
            if (!c.Strong && HasStrongLater(candidates, i, c.Number))
            {
                continue;
            }

            accepted.Add(c);
            last = c.Number;
        }

        return accepted;
    }

    static bool HasStrongLater(List<Candidate> candidates, int index, int number)
    {
        for (var j = index + 1; j < candidates.Count; j++)
        {
            if (candidates[j].Number == number + 1 && candidates[j].Strong)
            {
                return false;
            }

            if (candidates[j].Number == number && (candidates[j].Strong || candidates[j].AtParagraphStart))
            {
                return true;
            }
        }

        return false;
    }

    static Split Cut(string text, List<Candidate> accepted)
    {
        var head = ThaiText.Tidy(text[..accepted[0].Cut].Replace('\n', ' '));
        var items = new List<string>(accepted.Count);
        for (var i = 0; i < accepted.Count; i++)
        {
            var end = i + 1 < accepted.Count ? accepted[i + 1].Cut : text.Length;
            var item = ThaiText.Tidy(text[accepted[i].TextStart..end].Replace('\n', ' '));
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return new Split(head, items);
    }

    static Split? ByBullets(IReadOnlyList<string> paragraphs)
    {
        // Empty paragraphs (Word's blank lines inside a cell) neither start nor continue an item.
        paragraphs = [.. paragraphs.Where(p => !string.IsNullOrWhiteSpace(p))];
        var bulleted = paragraphs.Count(p => p.Length > 1 && Bullets.Contains(p.TrimStart()[0]));
        if (bulleted < 2)
        {
            return null;
        }

        var head = new List<string>();
        var items = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var trimmed = paragraph.TrimStart();
            if (Bullets.Contains(trimmed[0]))
            {
                items.Add(ThaiText.Tidy(trimmed.TrimStart(Bullets)));
            }
            else if (items.Count == 0)
            {
                head.Add(paragraph);
            }
            else
            {
                items[^1] = ThaiText.Tidy(items[^1] + " " + paragraph);
            }
        }

        return new Split(ThaiText.Tidy(string.Join(" ", head)), items);
    }

    static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E4E' && !ThaiDigits.IsThaiDigit(c);

    static bool FollowedByDigit(string text, int dot) => dot + 1 < text.Length && ThaiDigits.IsAnyDigit(text[dot + 1]);

    /// <summary>Where the line of <paramref name="start"/> starts, or null when other text comes first on it.</summary>
    static int? LineStartOf(string text, int start)
    {
        // A bullet or spaces alone before the number still start the paragraph: "- ๑. …".
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return i + 1;
            }

            if (!ThaiText.IsSpace(c) && !Bullets.Contains(c))
            {
                return null;
            }
        }

        return 0;
    }

    static bool StartsWithAny(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    static bool PrecededByQuantityWord(string text, int start)
    {
        var end = start;
        while (end > 0 && ThaiText.IsSpace(text[end - 1]) && text[end - 1] != '\n')
        {
            end--;
        }

        foreach (var word in QuantityWords)
        {
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
