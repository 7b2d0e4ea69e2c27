using Prongsai.Documents;

namespace Prongsai.Tests.Reports;

/// <summary>Documents at the input bounds of <see cref="MeasureLimits"/>, in Thai as editors write it.</summary>
static class Largest
{
    const string Phrase = "ประชุมชี้แจงแนวทางการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสให้บุคลากรทุกกองทราบและถือปฏิบัติ ";

    public static string Item(int number) =>
        string.Concat(Enumerable.Repeat(Phrase, MeasureLimits.TextLength / Phrase.Length + 1))[..(MeasureLimits.TextLength - 8)]
        + $" ข้อ{number:D4}";

    static List<string> List(int items) => [.. Enumerable.Range(1, items).Select(Item)];

    /// <summary>
    /// The seed with its first measure replaced by the largest allowed one: every list full, every item at the limit
    /// (or, for a job that is only long, <paramref name="itemsPerList"/> items).
    /// </summary>
    public static MeasuresDocument Measure(int itemsPerList = MeasureLimits.ItemsPerList)
    {
        var document = Seed.Document();
        var first = document.Measures[0] with
        {
            ResponsibleUnits = List(itemsPerList), ResponsiblePersons = List(itemsPerList), Steps = List(itemsPerList),
            Monitoring = List(itemsPerList), Results = List(itemsPerList),
        };
        return document with { Measures = [first] };
    }
}
