using System.IO.Compression;
using Prongsai.Cli;

namespace Prongsai.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    readonly string _directory = Directory.CreateTempSubdirectory("prongsai-render-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Renders_interchange_json_as_an_html_page()
    {
        var target = Path.Combine(_directory, "report.html");
        var (exit, output, error) = await RunAsync("render", Fixtures.BanchangExpected, "--to", "html", "-o", target);

        Assert.True(exit == 0, error);
        Assert.Contains("3 measures", output);
        var html = await File.ReadAllTextAsync(target);
        Assert.Contains("<h1>ความก้าวหน้าหรือผลการดำเนินงานตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>", html);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("json")]
    public async Task An_output_that_cannot_be_written_exits_4_naming_it_and_writes_nothing(string format)
    {
        // Under a regular file: no directory can be made there, whoever runs the test (root ignores permissions).
        var blocker = Path.Combine(_directory, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var target = Path.Combine(blocker, "report." + format);

        var (exit, output, error) = await RunAsync("render", Fixtures.BanchangExpected, "-o", target);

        Assert.Equal(4, exit);
        Assert.Contains(target, error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("measures", output);
        Assert.Equal(["a-file"], Directory.EnumerateFileSystemEntries(_directory).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("docx", "word/document.xml")]
    [InlineData("xlsx", "xl/worksheets/sheet1.xml")]
    public async Task Format_follows_the_output_extension_when_to_is_left_out(string extension, string partInside)
    {
        var target = Path.Combine(_directory, $"report.{extension}");
        var (exit, _, error) = await RunAsync("render", Fixtures.BanchangExpected, "-o", target);

        Assert.True(exit == 0, error);
        using var zip = ZipFile.OpenRead(target);
        Assert.NotNull(zip.GetEntry(partInside));
    }

    [Fact]
    public async Task Json_output_is_the_interchange_json()
    {
        var target = Path.Combine(_directory, "out.json");
        var (exit, _, _) = await RunAsync("render", Fixtures.BanchangExpected, "--to", "json", "-o", target);

        Assert.Equal(0, exit);
        var document = Documents.InterchangeJson.Deserialize(await File.ReadAllTextAsync(target));
        Assert.Equal(2566, document.FiscalYear);
        Assert.Equal(3, document.Measures.Count);
    }

    [Fact]
    public async Task Unreadable_input_exits_2_with_one_line_on_stderr()
    {
        var broken = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(broken, "{ not json");
        var (exit, _, error) = await RunAsync("render", broken, "--to", "html", "-o", Path.Combine(_directory, "x.html"));

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("prongsai: ", error);
        Assert.Contains("broken.json", error);
    }

    [Fact]
    public async Task Missing_input_file_exits_2()
    {
        var (exit, _, error) = await RunAsync("render", Path.Combine(_directory, "missing.json"), "-o", Path.Combine(_directory, "x.html"));

        Assert.Equal(2, exit);
        Assert.Contains("missing.json", error);
    }

    [Fact]
    public async Task Pdf_without_chromium_exits_3_saying_how_to_install_it()
    {
        var (exit, _, error) = await RunAsync("render", Fixtures.BanchangExpected, "--to", "pdf", "-o", Path.Combine(_directory, "x.pdf"), "--chromium", "/nonexistent/chromium");

        Assert.Equal(3, exit);
        Assert.Contains("apt-get install chromium", error);
        Assert.False(File.Exists(Path.Combine(_directory, "x.pdf")));
    }
}
