using Prongsai.Documents;
using Prongsai.Printing;

namespace Prongsai.Tests.Reports;

/// <summary>Documents at the input bounds of <see cref="PrintLimits"/>, in Thai as editors write it.</summary>
static class Largest
{
    const string Phrase = "ประชุมชี้แจงแนวทางการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสให้บุคลากรทุกกองทราบและถือปฏิบัติ ";

    public static string Item(int number) =>
        string.Concat(Enumerable.Repeat(Phrase, PrintLimits.MaxItemChars / Phrase.Length + 1))[..(PrintLimits.MaxItemChars - 8)]
        + $" ข้อ{number:D4}";

    static List<string> List() => [.. Enumerable.Range(1, PrintLimits.MaxItemsPerList).Select(Item)];

    /// <summary>The seed with its first measure replaced by the largest allowed one: every list full, every item at the limit.</summary>
    public static MeasuresDocument Measure()
    {
        var document = Seed.Document();
        var first = document.Measures[0] with
        {
            ResponsibleUnits = List(), ResponsiblePersons = List(), Steps = List(), Monitoring = List(), Results = List(),
        };
        return document with { Measures = [first] };
    }
}
