using System.Text;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>
/// Separates element (๑) into units (สำนักปลัด, กองคลัง) and persons (ผอ.ทุกกอง, นิติกร). Units may be joined
/// by "/" or by nothing ("กองช่าง กอง การศึกษาฯ"), and stray spaces split words ("กอง คลัง").
/// A word that starts a unit or a position starts a new name; any other word belongs to the name before it.
/// </summary>
public static class ResponsibleParser
{
    static readonly string[] UnitPrefixes =
        ["สำนัก", "กองทุน", "กอง", "ฝ่าย", "ส่วน", "งาน", "ศูนย์", "หน่วยงาน", "หน่วย", "กลุ่มงาน", "กลุ่ม", "แผนก", "โรงเรียน", "สถานี",
         "ทุกกอง", "ทุกสำนัก", "ทุกส่วน", "ทุกหน่วยงาน"];

    static readonly string[] PersonPrefixes =
        ["ผอ", "ผู้อำนวยการ", "ผู้บริหาร", "ผู้บังคับบัญชา", "ผู้ช่วย", "ผู้รับผิดชอบ", "ผู้ที่", "ผู้", "หัวหน้า", "ปลัด", "รองปลัด",
         "นายก", "รองนายก", "นัก", "นิติกร", "เจ้าหน้าที่", "จนท", "จพง", "เจ้าพนักงาน", "พนักงาน", "ลูกจ้าง", "ครู", "บุคลากร",
         "คณะ", "เลขานุการ", "ประธาน", "สมาชิก", "ข้าราชการ", "ทุกคน"];

    static readonly string[] Joiners = ["และ", ",", "、", "กับ"];

    /// <summary>A unit type without a name: after "/" it widens the phrase before it ("ทุกกอง/ฝ่าย"), it is no unit of its own.</summary>
    static readonly string[] BareUnits = ["กอง", "ฝ่าย", "สำนัก", "ส่วน", "งาน", "ศูนย์", "หน่วยงาน", "หน่วย", "กลุ่มงาน", "กลุ่ม", "แผนก", "ส่วนราชการ"];

    public static (IReadOnlyList<string> Units, IReadOnlyList<string> Persons) Parse(IReadOnlyList<string> paragraphs)
    {
        var split = NumberedItems.Parse(paragraphs);
        var units = new List<string>();
        var persons = new List<string>();
        foreach (var name in Names(split.Head).Concat(split.Items.SelectMany(Names)))
        {
            var list = IsUnit(name) ? units : persons;
            if (!list.Any(existing => ThaiText.EqualsIgnoringSpaces(existing, name)))
            {
                list.Add(name);
            }
        }

        return (units, persons);
    }

    public static bool IsUnit(string name)
    {
        var compact = ThaiText.Compact(name);
        return StartsWithAny(compact, UnitPrefixes) && !StartsWithAny(compact, ["หน่วยงานภายนอก"]);
    }

    /// <summary>
    /// Cuts a run of text into names at "/", "," and "และ", and at every word that starts a unit or position — except
    /// where a phrase stays whole: "ทุกกอง/ฝ่าย", "ทุกกอง/สำนัก/ส่วน" (every division and section) and "ทุก ส่วนราชการ".
    /// </summary>
    static IEnumerable<string> Names(string text)
    {
        foreach (var part in text.Split([',', '、', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(SlashParts))
        {
            var current = new StringBuilder();
            foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Joiners.Contains(word))
                {
                    if (current.Length > 0)
                    {
                        yield return current.ToString();
                        current.Clear();
                    }

                    continue;
                }

                var startsName = StartsWithAny(word, UnitPrefixes) || StartsWithAny(word, PersonPrefixes);
                if (startsName && current.Length > 0 && !current.ToString().EndsWith("ทุก", StringComparison.Ordinal))
                {
                    yield return current.ToString();
                    current.Clear();
                }

                Append(current, word.TrimStart('-', '•', '*'));
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }
        }
    }

    /// <summary>The parts between slashes, a bare unit type joined to the part before it.</summary>
    static List<string> SlashParts(string text)
    {
        var parts = new List<string>();
        foreach (var part in text.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (parts.Count > 0 && BareUnits.Contains(ThaiText.Compact(part)))
            {
                parts[^1] = $"{parts[^1]}/{ThaiText.Compact(part)}";
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>Thai words join without a space, as the stray space was never meant; other words keep one.</summary>
    static void Append(StringBuilder name, string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (name.Length > 0 && !(IsThai(name[^1]) && IsThai(word[0])))
        {
            name.Append(' ');
        }

        name.Append(word);
    }

    static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';

    static bool StartsWithAny(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
