using System.Text.Json;
using Prongsai.Documents;

namespace Prongsai.Tests.Cli;

public class ImportAndCheckCommandTests
{
    [Fact]
    public async Task Import_prints_the_interchange_json_of_the_seed()
    {
        var result = await CliRun.InProcess("import", Fixtures.BanchangText);

        Assert.Equal(0, result.ExitCode);
        var document = InterchangeJson.Deserialize(result.Output);
        Assert.Equal(Fixtures.Expected().Measures.Count, document.Measures.Count);
        Assert.Equal("เทศบาลตำบลบ้านฉาง", document.Agency.Name);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Check_reports_the_three_foreign_agency_names_and_exits_1()
    {
        var result = await CliRun.InProcess("check", Fixtures.BanchangText, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal("foreign-agency-name", f.GetProperty("rule").GetString());
            Assert.Equal("error", f.GetProperty("severity").GetString());
            Assert.Equal(3, f.GetProperty("measure").GetInt32());
            Assert.Equal("ทต.บ้านถ้ำ", f.GetProperty("text").GetString());
            Assert.Contains("ทต.บ้านถ้ำ", f.GetProperty("message").GetString());
            Assert.Equal(("ทต.บ้านถ้ำ", "ทต.บ้านฉาง"), (f.GetProperty("fix").GetProperty("find").GetString(), f.GetProperty("fix").GetProperty("replace").GetString()));
        });
        Assert.Equal(["steps", "steps", "monitoring"], findings.Select(f => f.GetProperty("field").GetString()));
        Assert.Equal([3, 5, 1], findings.Select(f => f.GetProperty("item").GetInt32()));
    }

    [Fact]
    public async Task Check_prints_one_located_line_per_finding()
    {
        var result = await CliRun.InProcess("check", Fixtures.BanchangText);

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("measure 3, steps 5: error [foreign-agency-name]", StringComparison.Ordinal));
        Assert.EndsWith("(3 findings, 3 errors)", lines[^1]);
    }

    [Fact]
    public async Task A_clean_document_checks_with_exit_0()
    {
        var clean = Path.Combine(Directory.CreateTempSubdirectory("prongsai-cli-").FullName, "clean.txt");
        File.WriteAllText(clean, File.ReadAllText(Fixtures.BanchangText).Replace("ทต.บ้านถ้ำ", "ทต.บ้านฉาง", StringComparison.Ordinal));

        var result = await CliRun.InProcess("check", clean, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"findings\": []", result.Output);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var result = await CliRun.InProcess("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("import", result.Output);
        Assert.Contains("check", result.Output);
    }
}
