using Prongsai.Documents;

namespace Prongsai.Testing;

/// <summary>
/// The repository's fixtures in tests/fixtures, copied next to every test assembly. They are copies of the
/// project's shared fixtures (../shared/fixtures beside the repository, when it is there), so that a clone of this
/// repository alone runs every test.
/// </summary>
public static class Fixtures
{
    public const string BanchangTextName = "o42-banchang-2566.txt";

    public const string BanchangExpectedName = "o42-banchang-2566.expected.json";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static string BanchangText => Path.Combine(Folder, BanchangTextName);

    public static string BanchangExpected => Path.Combine(Folder, BanchangExpectedName);

    public static string BanchangMarkdown => Path.Combine(Folder, "o42-banchang-2566.md");

    /// <summary>What importing the seed must yield, as the fixture states it.</summary>
    public static MeasuresDocument Expected() => InterchangeJson.Deserialize(File.ReadAllText(BanchangExpected));

    /// <summary>The repository's own tests/fixtures folder (the source of the copies), found above the test assembly.</summary>
    public static string RepositoryFolder() =>
        Above(Path.Combine("tests", "fixtures"), BanchangTextName)
        ?? throw new InvalidOperationException("tests/fixtures was not found above " + AppContext.BaseDirectory);

    /// <summary>The project's shared fixtures (../shared/fixtures beside the repository), or null on a bare clone.</summary>
    public static string? SharedFolder() => Above(Path.Combine("shared", "fixtures"), BanchangTextName);

    static string? Above(string relative, string mustHold)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(Path.Combine(candidate, mustHold)))
            {
                return candidate;
            }
        }

        return null;
    }
}
