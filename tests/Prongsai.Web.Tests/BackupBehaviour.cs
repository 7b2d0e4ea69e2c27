using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Prongsai.Backup;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Hosting;

namespace Prongsai.Web.Tests;

/// <summary>`prongsai backup` and `restore` on the real database, SQLite and PostgreSQL alike.</summary>
public abstract class BackupBehaviour(AppFactory app)
{
    sealed record Counts(int Agencies, int Measures, int Users, int AuditEntries);

    static Task<Counts> CountAsync(ProngsaiDb db) =>
        Task.FromResult(new Counts(db.Agencies.Count(), db.Measures.Count(), db.Users.Count(), db.AuditEntries.Count()));

    [Fact]
    public async Task A_restore_brings_back_everything_the_backup_held_and_nothing_done_since()
    {
        var settings = await StartedAsync();
        await app.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        var evidence = Path.Combine(settings.DataDirectory, "evidence", "ab", $"{Guid.NewGuid():N}.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(evidence)!);
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(100_000);
        await File.WriteAllBytesAsync(evidence, bytes);
        var before = await app.WithDbAsync(CountAsync);
        var backup = Path.Combine(Path.GetTempPath(), $"prongsai-backup-{Guid.NewGuid():N}.zip");

        var manifest = await BackupArchive.CreateAsync(settings, backup);

        await app.WithDbAsync(db => db.Measures.ExecuteDeleteAsync());
        await app.WithDbAsync(async db =>
        {
            db.Agencies.Add(new Agency { Name = "เทศบาลตำบลหลังสำรอง", Slug = "after-backup", Type = AgencyTypes.All[0] });
            return await db.SaveChangesAsync();
        });
        File.Delete(evidence);

        await BackupArchive.RestoreAsync(settings, backup);

        Assert.Equal(before, await app.WithDbAsync(CountAsync));
        Assert.False(await app.WithDbAsync(db => db.Agencies.AnyAsync(a => a.Slug == "after-backup")));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(evidence));
        Assert.Contains(manifest.Entries, e => e.Path.EndsWith(Path.GetFileName(evidence), StringComparison.Ordinal));
        File.Delete(backup);
    }

    [Fact]
    public async Task A_backup_taken_while_measures_are_written_is_consistent()
    {
        var settings = await StartedAsync();
        var before = await app.WithDbAsync(db => db.Measures.CountAsync());
        using var stop = new CancellationTokenSource();
        // On its own thread: SQLite's "async" calls complete synchronously and would never hand control back.
        var writes = Task.Run(() => WriteMeasuresUntilAsync(stop.Token));
        var backup = Path.Combine(Path.GetTempPath(), $"prongsai-backup-{Guid.NewGuid():N}.zip");

        await Task.Delay(100);
        await BackupArchive.CreateAsync(settings, backup);
        await stop.CancelAsync();
        Assert.True(await writes > 0, "no measure was written while the backup ran");
        var after = await app.WithDbAsync(db => db.Measures.CountAsync());

        var copy = await FreshInstallationAsync(settings);
        await BackupArchive.RestoreAsync(copy, backup);
        var restored = await CountRestoredMeasuresAsync(copy);

        Assert.InRange(restored, before, after);
        File.Delete(backup);
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_before_anything_is_replaced()
    {
        var settings = await StartedAsync();
        var backup = Path.Combine(Path.GetTempPath(), $"prongsai-backup-{Guid.NewGuid():N}.zip");
        await BackupArchive.CreateAsync(settings, backup);
        var bytes = await File.ReadAllBytesAsync(backup);
        await File.WriteAllBytesAsync(backup, bytes[..(bytes.Length / 2)]);
        var before = await app.WithDbAsync(db => db.Measures.CountAsync());
        await app.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.FirstAsync();
            db.Measures.Add(new AgencyMeasure { AgencyId = agency.Id, FiscalYear = 2566, Position = 500, Tool = Tool.IIT, Steps = ["หลังสำรอง"] });
            return await db.SaveChangesAsync();
        });

        var error = await Assert.ThrowsAsync<BackupException>(() => BackupArchive.RestoreAsync(settings, backup));

        Assert.Contains(backup, error.Message);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Measures.CountAsync()));
        File.Delete(backup);
    }

    /// <summary>The app started (database created and seeded), and where it keeps its data.</summary>
    async Task<DataSettings> StartedAsync()
    {
        await app.WithDbAsync(db => db.Agencies.CountAsync());
        return app.Settings;
    }

    async Task<int> WriteMeasuresUntilAsync(CancellationToken stop)
    {
        var written = 0;
        while (!stop.IsCancellationRequested)
        {
            await app.WithDbAsync(async db =>
            {
                var agency = await db.Agencies.FirstAsync();
                db.Measures.Add(new AgencyMeasure { AgencyId = agency.Id, FiscalYear = 2566, Position = 1000 + written, Tool = Tool.IIT, Steps = [$"ระหว่างสำรอง {written}"] });
                return await db.SaveChangesAsync();
            });
            written++;
        }

        return written;
    }

    /// <summary>An empty installation of the same kind: a new folder, and for PostgreSQL a new empty database.</summary>
    static async Task<DataSettings> FreshInstallationAsync(DataSettings settings)
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-restored-").FullName;
        if (!settings.UsesPostgres)
        {
            return new DataSettings(folder, null);
        }

        var database = $"prongsai_restored_{Guid.NewGuid():N}";
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.PostgresConnection) { Database = "postgres" }.ConnectionString);
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", server);
        await create.ExecuteNonQueryAsync();
        return new DataSettings(folder, new NpgsqlConnectionStringBuilder(settings.PostgresConnection) { Database = database }.ConnectionString);
    }

    static async Task<int> CountRestoredMeasuresAsync(DataSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProngsaiData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataSettings.DataKey] = settings.DataDirectory,
            [DataSettings.DbKey] = settings.PostgresConnection ?? "",
        }).Build());
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        return await db.Measures.CountAsync();
    }
}

public sealed class SqliteBackupTests(SqliteApp app) : BackupBehaviour(app), IClassFixture<SqliteApp>;

public sealed class PostgresBackupTests(PostgresApp app) : BackupBehaviour(app), IClassFixture<PostgresApp>;
