using Prongsai.Documents;

namespace Prongsai.Testing;

/// <summary>The seed progress report (ทต.บ้านฉาง 2566) as the interchange model.</summary>
public static class Seed
{
    public static MeasuresDocument Document() => InterchangeJson.Deserialize(File.ReadAllText(Fixtures.BanchangExpected));

    /// <summary>The seed with one measure's first step replaced.</summary>
    public static MeasuresDocument WithFirstStep(string step)
    {
        var document = Document();
        var first = document.Measures[0];
        return document with { Measures = [first with { Steps = [step, .. first.Steps.Skip(1)] }, .. document.Measures.Skip(1)] };
    }
}
