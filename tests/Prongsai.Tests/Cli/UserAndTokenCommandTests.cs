namespace Prongsai.Tests.Cli;

/// <summary>`prongsai user …` and `token …` against a fresh SQLite data folder, in process.</summary>
public sealed class UserAndTokenCommandTests : IDisposable
{
    readonly string _data = Path.Combine(Path.GetTempPath(), "prongsai-user-tests", Guid.NewGuid().ToString("N"));

    Task<CliRun.Result> Run(params string[] args) => CliRun.InProcess([.. args, "--data", _data]);

    static string LastLine(string output) => output.TrimEnd().Split('\n')[^1].Trim();

    [Fact]
    public async Task A_generated_password_is_alone_on_the_last_line_and_a_reset_prints_a_new_one()
    {
        var added = await Run("user", "add", "--email", "it@province.example", "--role", "sysadmin");
        Assert.Equal(0, added.ExitCode);
        var first = LastLine(added.Output);
        Assert.Matches("^[A-Za-z0-9]{16}$", first);

        var listed = await Run("user", "list");
        Assert.Contains("it@province.example\tsysadmin\t-\t-\tmust-change-password", listed.Output);

        var reset = await Run("user", "reset-password", "--email", "it@province.example");
        Assert.Equal(0, reset.ExitCode);
        var second = LastLine(reset.Output);
        Assert.Matches("^[A-Za-z0-9]{16}$", second);
        Assert.NotEqual(first, second);
        Assert.Contains("new one-time password", reset.Output);
    }

    [Fact]
    public async Task A_user_added_with_a_password_need_not_change_it_and_a_short_one_is_refused_in_thai_and_english()
    {
        Assert.Equal(0, (await Run("user", "add", "--email", "o@province.example", "--role", "oversight", "--password", "Long-enough-42")).ExitCode);
        Assert.Contains("o@province.example\toversight\t-\t-\tenabled", (await Run("user", "list")).Output);

        var refused = await Run("user", "add", "--email", "short@province.example", "--role", "oversight", "--password", "Ab1");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("รหัสผ่านต้องยาวอย่างน้อย", refused.Error);
        Assert.Contains("at least 10 characters", refused.Error);
        Assert.DoesNotContain("Passwords must", refused.Error);
    }

    [Fact]
    public async Task Disable_and_enable_and_the_last_system_administrator_cannot_be_disabled()
    {
        await Run("user", "add", "--email", "a@province.example", "--role", "sysadmin", "--password", "Long-enough-42");
        await Run("user", "add", "--email", "b@province.example", "--role", "sysadmin", "--password", "Long-enough-42");

        Assert.Equal(0, (await Run("user", "disable", "--email", "a@province.example")).ExitCode);
        Assert.Contains("a@province.example\tsysadmin\t-\t-\tdisabled", (await Run("user", "list")).Output);
        var last = await Run("user", "disable", "--email", "b@province.example");
        Assert.Equal(2, last.ExitCode);
        Assert.Contains("ผู้ดูแล", last.Error);
        Assert.Contains("last enabled administrator", last.Error);
        Assert.Contains("b@province.example\tsysadmin\t-\t-\tenabled", (await Run("user", "list")).Output);

        Assert.Equal(0, (await Run("user", "enable", "--email", "a@province.example")).ExitCode);
        Assert.Contains("a@province.example\tsysadmin\t-\t-\tenabled", (await Run("user", "list")).Output);
        var unknown = await Run("user", "disable", "--email", "nobody@province.example");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("ไม่พบผู้ใช้ / no user nobody@province.example", unknown.Error);
    }

    [Fact]
    public async Task Tokens_are_listed_with_their_dates_and_revoked_one_by_id_or_all()
    {
        await Run("user", "add", "--email", "t@province.example", "--role", "oversight", "--password", "Long-enough-42");
        var created = await Run("token", "create", "--email", "t@province.example", "--name", "first", "--days", "30");
        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("pst_", LastLine(created.Output));
        await Run("token", "create", "--email", "t@province.example", "--name", "second");
        await Run("token", "create", "--email", "t@province.example", "--name", "third");
        Assert.Equal(2, (await Run("token", "create", "--email", "t@province.example", "--days", "366")).ExitCode);

        var lines = (await Run("token", "list", "--email", "t@province.example")).Output.TrimEnd().Split('\n');
        Assert.Equal("id\tname\tcreated\tlast-used\texpires", lines[0].Trim());
        Assert.Equal(["first", "second", "third"], lines.Skip(1).Select(l => l.Split('\t')[1]));
        var first = lines[1].Split('\t');
        Assert.Equal("-", first[3]);
        Assert.Equal(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), first[4][..10]);

        Assert.Equal(2, (await Run("token", "revoke", "--email", "t@province.example")).ExitCode);
        Assert.Equal(0, (await Run("token", "revoke", "--email", "t@province.example", "--id", first[0])).ExitCode);
        Assert.Equal(2, (await Run("token", "revoke", "--email", "t@province.example", "--id", first[0])).ExitCode);
        Assert.Equal(3, (await Run("token", "list", "--email", "t@province.example")).Output.TrimEnd().Split('\n').Length);
        var all = await Run("token", "revoke", "--email", "t@province.example", "--all");
        Assert.Contains("2 token(s)", all.Output);
        Assert.Single((await Run("token", "list", "--email", "t@province.example")).Output.TrimEnd().Split('\n'));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
