namespace Prongsai.Tests;

/// <summary>The shared fixtures in ../shared/fixtures beside the repository.</summary>
static class Fixtures
{
    public static string Directory { get; } = Find();

    public static string BanchangText => Path.Combine(Directory, "o42-banchang-2566.txt");

    public static string BanchangExpected => Path.Combine(Directory, "o42-banchang-2566.expected.json");

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "fixtures"), Path.Combine(dir.FullName, "tests", "fixtures") })
            {
                if (File.Exists(Path.Combine(candidate, "o42-banchang-2566.txt")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("The fixtures were not found: expected ../shared/fixtures beside the repository or tests/fixtures in it.");
    }
}
