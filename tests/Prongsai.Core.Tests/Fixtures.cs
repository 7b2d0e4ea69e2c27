using Prongsai.Documents;

namespace Prongsai.Tests;

/// <summary>
/// The shared fixtures in ../shared/fixtures beside the repository, and the repository's own in tests/fixtures
/// (copied next to the test assembly).
/// </summary>
static class Fixtures
{
    public static string Shared { get; } = FindShared();

    public static string BanchangText => Path.Combine(Shared, "o42-banchang-2566.txt");

    public static string BanchangExpected => Path.Combine(Shared, "o42-banchang-2566.expected.json");

    public static string BanchangMarkdown => Path.Combine(AppContext.BaseDirectory, "fixtures", "o42-banchang-2566.md");

    /// <summary>What importing the seed must yield, as the shared fixture states it.</summary>
    public static MeasuresDocument Expected() => InterchangeJson.Deserialize(File.ReadAllText(BanchangExpected));

    static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures");
            if (File.Exists(Path.Combine(candidate, "o42-banchang-2566.txt")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The shared fixtures were not found: expected ../shared/fixtures beside the repository.");
    }
}
