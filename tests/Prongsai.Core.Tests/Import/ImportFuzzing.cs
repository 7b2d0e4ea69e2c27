using Prongsai.Tests.Import.Fuzzing;

namespace Prongsai.Tests.Import;

/// <summary>
/// A bounded fuzzing run inside the test command: 10 s by default; scripts/fuzz-import.sh runs it for longer.
/// PRONGSAI_FUZZ_SEED replays a run, PRONGSAI_FUZZ_SECONDS sets the budget.
/// </summary>
[Trait("Category", "Slow")]
public class ImportFuzzing
{
    [Fact]
    public void Fuzzed_documents_of_every_format_are_read_and_rendered_or_refused_with_a_located_error()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_FUZZ_SEED"), out var s) ? s : Random.Shared.Next();
        var budget = TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_FUZZ_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : 10);
        var output = Environment.GetEnvironmentVariable("PRONGSAI_TEST_OUTPUT") is { Length: > 0 } folder ? folder : Path.GetTempPath();
        var fuzzer = new ImportFuzzer(seed, Path.Combine(output, "fuzz-crashes"));

        fuzzer.Run(budget);

        var summary = fuzzer.Summary(budget);
        File.WriteAllText(Path.Combine(output, "fuzz-import.txt"), summary + "\n");
        Assert.True(fuzzer.Tried > 0, "no input was tried");
        Assert.True(fuzzer.Refused < fuzzer.Tried, "every input was refused: the mutations never reach the interpreter");
        Assert.True(fuzzer.Crashes.Count == 0, summary);
    }
}
