namespace Prongsai.Thai;

/// <summary>Numbered list items as official documents write them: "๑. …", "๒. …".</summary>
public static class ThaiNumbering
{
    /// <summary>"๓. text" for <paramref name="number"/> 3.</summary>
    public static string Item(int number, string text) => $"{ThaiDigits.ToThai(number)}. {text}";

    /// <summary>Each item numbered from <paramref name="first"/>, in order.</summary>
    public static IReadOnlyList<string> Items(IEnumerable<string> items, int first = 1) =>
        [.. items.Select((item, index) => Item(first + index, item))];
}
