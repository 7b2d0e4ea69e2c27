using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

/// <summary>OCR's helper programs are run with their arguments as given, a timeout and bounded output (here through /bin/sh).</summary>
public class ExternalProgramTests
{
    static ExternalProgram.Result Shell(string script, int maxOutputChars = 8 * 1024 * 1024, double seconds = 30) =>
        ExternalProgram.Run("/bin/sh", ["-c", script, "sh", "two words"], TimeSpan.FromSeconds(seconds), "dash", maxOutputChars);

    [Fact]
    public void A_program_s_exit_code_output_and_errors_come_back()
    {
        var result = Shell("echo out; echo err >&2; exit 3");

        Assert.Equal(new ExternalProgram.Result(3, "out\n", "err\n"), result);
    }

    [Fact]
    public void Each_argument_reaches_the_program_whole()
    {
        Assert.Equal("two words|\n", Shell("echo \"$1|$2\"").Output);
    }

    [Fact]
    public void The_program_may_use_one_thread_of_openmp()
    {
        Assert.Equal("1\n", Shell("echo $OMP_THREAD_LIMIT").Output);
    }

    [Fact]
    public void Output_past_the_bound_is_read_and_dropped()
    {
        var result = Shell("head -c 100000 /dev/zero | tr '\\0' a; echo done >&2", maxOutputChars: 1000);

        Assert.Equal(new string('a', 1000), result.Output);
        Assert.Equal("done\n", result.Error);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_program_past_its_time_is_stopped_and_named()
    {
        var started = DateTime.UtcNow;

        var timeout = Assert.Throws<TimeoutException>(() => ExternalProgram.Run("/bin/sh", ["-c", "exec sleep 30"], TimeSpan.FromSeconds(1), "dash"));

        Assert.Equal("sh took longer than 1 s", timeout.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "the program was not stopped at its timeout");
    }

    [Fact]
    public void A_program_that_is_not_installed_names_its_package()
    {
        var missing = Assert.Throws<MissingProgramException>(() => ExternalProgram.Run("/nonexistent/tesseract", [], TimeSpan.FromSeconds(5), "tesseract-ocr"));

        Assert.Equal(("/nonexistent/tesseract", "tesseract-ocr"), (missing.Program, missing.Package));
        Assert.Equal("/nonexistent/tesseract is not installed: install it with `apt-get install tesseract-ocr`", missing.Message);
    }
}
