namespace Prongsai.Tests.Cli;

/// <summary>
/// The README's command-line examples name files of this repository (tests/fixtures), so that a clone of the
/// repository alone can run them: each one runs here and does what the README says of it.
/// </summary>
public class ReadmeExamplesTests
{
    static readonly string Root = Path.GetFullPath(Path.Combine(Fixtures.RepositoryFolder(), "..", ".."));

    static List<string> ExampleLines() =>
        [.. File.ReadAllLines(Path.Combine(Root, "README.md"))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("./prongsai ", StringComparison.Ordinal) && l.Contains("tests/fixtures/", StringComparison.Ordinal))];

    public static TheoryData<string> Examples() => [.. ExampleLines()];

    [Fact]
    public void The_readme_has_examples_for_import_check_and_render_on_the_fixtures()
    {
        var commands = ExampleLines().Select(e => e.Split(' ')[1]).ToList();
        Assert.Equal(["import", "check", "render"], commands);
        // No example or file the README tells a reader to use lies outside the repository.
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(Root, "README.md")), l => l.Contains("../shared/fixtures/o42", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_readme_example_runs_from_the_repository_alone(string example)
    {
        var output = Directory.CreateTempSubdirectory("prongsai-readme-").FullName;
        var args = example.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(a => a.StartsWith("tests/fixtures/", StringComparison.Ordinal) ? Path.Combine(Root, a)
                : a.Contains('.', StringComparison.Ordinal) && !a.StartsWith('-') ? Path.Combine(output, a) : a)
            .ToArray();
        Assert.All(args.Where(a => a.StartsWith(Root, StringComparison.Ordinal)), a => Assert.True(File.Exists(a), $"{a} is missing"));

        var result = await CliRun.InProcess(args);

        // check exits 1 because the seed holds three foreign agency names (the README's own example); the others exit 0.
        Assert.Equal(args[0] == "check" ? 1 : 0, result.ExitCode);
        Assert.Empty(result.Error);
        if (args[0] == "render")
        {
            Assert.True(new FileInfo(args[^1]).Length > 1000, $"{args[^1]} was not written");
        }
        else
        {
            Assert.NotEmpty(result.Output);
        }
    }
}
