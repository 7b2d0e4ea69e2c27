namespace Prongsai.Tests.Cli;

/// <summary>The real executable: exit 2 and one clear line on stderr naming the file and where it failed, never a stack trace.</summary>
public class UnreadableInputCommandTests
{
    static readonly string Folder = Directory.CreateTempSubdirectory("prongsai-cli-").FullName;

    static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string, byte[], string> Inputs => new()
    {
        { "empty.txt", [], "the file is empty" },
        { "binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x10], "binary content" },
        { "truncated.docx", [.. "PK\u0003\u0004\u0014\u0000\u0006\u0000"u8], "damaged or truncated" },
        { "notes.md", "# บันทึก\n\nไม่มีตาราง\n"u8.ToArray(), "no table of measures found" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Unreadable_input_exits_2_with_one_line_naming_the_file(string name, byte[] bytes, string reason)
    {
        var path = Write(name, bytes);

        foreach (var command in new[] { "import", "check" })
        {
            var result = await CliRun.Process(command, path);

            Assert.Equal(2, result.ExitCode);
            Assert.Empty(result.Output);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"prongsai: {path}", line);
            Assert.Contains(reason, line);
            Assert.DoesNotContain("   at ", result.Error);
        }
    }

    [Fact]
    public async Task A_missing_file_exits_2_naming_it()
    {
        var result = await CliRun.Process("import", Path.Combine(Folder, "nowhere.docx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.docx", result.Error);
        Assert.Contains("cannot read the file", result.Error);
    }
}
