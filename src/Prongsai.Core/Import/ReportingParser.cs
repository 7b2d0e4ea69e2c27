using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>
/// Element (๕) การรายงานผลการดำเนินการ: the cadence words before the list ("รายไตรมาส",
/// "ราย ๖ เดือน และ ๑๒ เดือน") and the numbered results after them.
/// </summary>
public static class ReportingParser
{
    static readonly (string Word, ReportingCadence Cadence)[] Words =
    [
        ("รายเดือน", ReportingCadence.Monthly), ("ทุกเดือน", ReportingCadence.Monthly), ("ประจำเดือน", ReportingCadence.Monthly),
        ("เดือนละ", ReportingCadence.Monthly),
        ("ไตรมาส", ReportingCadence.Quarterly), ("3เดือน", ReportingCadence.Quarterly),
        ("6เดือน", ReportingCadence.Semiannual), ("ครึ่งปี", ReportingCadence.Semiannual), ("ปีละ2ครั้ง", ReportingCadence.Semiannual),
        ("12เดือน", ReportingCadence.Annual), ("ประจำปี", ReportingCadence.Annual), ("รายปี", ReportingCadence.Annual),
        ("ปีละ1ครั้ง", ReportingCadence.Annual), ("ปีละครั้ง", ReportingCadence.Annual), ("สิ้นปี", ReportingCadence.Annual),
        ("annual", ReportingCadence.Annual), ("quarter", ReportingCadence.Quarterly), ("month", ReportingCadence.Monthly),
    ];

    public static (Reporting Reporting, IReadOnlyList<string> Results) Parse(IReadOnlyList<string> paragraphs)
    {
        var split = NumberedItems.Parse(paragraphs);
        var head = split.Head.TrimStart('-', '–', '•', '*', ' ');
        var results = split.Items.ToList();

        // Without numbers each paragraph is an item; a first paragraph that only names the cadence is the head.
        if (head.Length == 0 && results.Count > 0 && results[0].Length <= 60 && CadencesIn(results[0]).Count > 0)
        {
            head = results[0].TrimStart('-', '–', '•', '*', ' ');
            results.RemoveAt(0);
        }

        var cadences = CadencesIn(head);
        return (new Reporting { Cadences = cadences, Text = head.Length > 0 ? head : null }, results);
    }

    public static IReadOnlyList<ReportingCadence> CadencesIn(string text)
    {
        var compact = ThaiDigits.ToArabic(ThaiText.Compact(text)).ToLowerInvariant();
        var found = new SortedSet<ReportingCadence>();
        foreach (var (word, cadence) in Words)
        {
            var at = compact.IndexOf(word, StringComparison.Ordinal);
            // "16เดือน" is not "6เดือน", and "12เดือน" is not "2เดือน".
            if (at >= 0 && !(at > 0 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(compact[at - 1])))
            {
                found.Add(cadence);
            }
        }

        return [.. found];
    }
}
