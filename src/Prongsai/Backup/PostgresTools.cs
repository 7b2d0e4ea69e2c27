using System.Diagnostics;
using Npgsql;

namespace Prongsai.Backup;

/// <summary>pg_dump and pg_restore, found on PATH or in Debian's /usr/lib/postgresql/N/bin, given the app's connection string.</summary>
static class PostgresTools
{
    public static async Task<string> DumpAsync(string connection, string scratch, CancellationToken cancellationToken)
    {
        var file = Path.Combine(scratch, "prongsai.pgdump");
        await RunAsync("pg_dump", connection, ["--format=custom", "--no-owner", "--no-privileges", $"--file={file}"], cancellationToken);
        return file;
    }

    /// <summary>In one transaction: the database is the backup's or stays as it was.</summary>
    public static Task RestoreAsync(string connection, string dump, CancellationToken cancellationToken) =>
        RunAsync("pg_restore", connection, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", dump], cancellationToken);

    static async Task RunAsync(string tool, string connection, string[] args, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--dbname={builder.Database}");
        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = builder.Username;
        if (builder.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} did not start");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed (exit {process.ExitCode}): {(await errors).Trim()}");
        }
    }

    static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(dir => Path.Combine(dir, "bin", tool)).Where(File.Exists).Order().LastOrDefault()
            : null;
        return debian ?? onPath ?? throw new BackupException($"{tool} is not installed: apt-get install postgresql-client");
    }
}
