using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
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

    [Fact]
    public async Task A_backup_whose_entry_bytes_were_changed_inside_a_valid_zip_is_refused_by_the_checksum()
    {
        var (settings, backup, evidence, bytes) = await BackupWithEvidenceAsync();
        var entryName = EntryOf(evidence);
        await RewriteAsync(backup, zip =>
        {
            // Same length, other bytes: only the checksum can tell.
            zip.GetEntry(entryName)!.Delete();
            using var stream = zip.CreateEntry(entryName).Open();
            stream.Write(bytes.Select(b => (byte)~b).ToArray());
        });
        File.Delete(evidence);

        await AssertRefusedAsync(settings, backup, "is damaged (its checksum does not match the manifest)", entryName);

        Assert.False(File.Exists(evidence), "a refused restore wrote the damaged evidence file");
    }

    [Fact]
    public async Task A_backup_with_an_entry_missing_is_refused()
    {
        var (settings, backup, evidence, _) = await BackupWithEvidenceAsync();
        var entryName = EntryOf(evidence);
        await RewriteAsync(backup, zip => zip.GetEntry(entryName)!.Delete());

        await AssertRefusedAsync(settings, backup, "is listed but missing", entryName);
    }

    [Fact]
    public async Task A_backup_whose_entry_climbs_out_of_the_folder_is_refused_and_writes_nothing_there()
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        var escapeName = $"escape-{Guid.NewGuid():N}.txt";
        var climbing = "files/../../../" + escapeName;
        var content = "ออกนอกโฟลเดอร์"u8.ToArray();
        await AddEntryAsync(backup, climbing, content);

        await AssertRefusedAsync(settings, backup, "points outside the data folder", escapeName);

        // Where the entry would land from the data folder, from the restore's scratch folder under /tmp, and beside them.
        string[] landings = [Path.Combine(settings.DataDirectory, "..", "..", escapeName), Path.Combine("/", escapeName), Path.Combine(Path.GetTempPath(), escapeName)];
        Assert.All(landings, path => Assert.False(File.Exists(path), $"{path} was written"));
    }

    [Fact]
    public async Task A_backup_of_the_other_database_provider_is_refused()
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        var other = settings.UsesPostgres ? BackupManifest.Sqlite : BackupManifest.Postgres;
        await RewriteAsync(backup, zip => EditManifest(zip, manifest => manifest["provider"] = other));

        await AssertRefusedAsync(settings, backup, $"a {other} backup cannot be restored into a", other);
    }

    [Fact]
    public async Task A_backup_leaves_out_work_files_and_replaces_an_older_file_of_its_name_leaving_no_partial_file()
    {
        var settings = await StartedAsync();
        var folder = Path.Combine(settings.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "kept.pdf", "upload.tmp", "other.zip.partial" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), name);
        }

        var backup = Path.Combine(Directory.CreateTempSubdirectory("prongsai-backup-target-").FullName, "backup.zip");
        await File.WriteAllTextAsync(backup, "an older file of the same name");

        var manifest = await BackupArchive.CreateAsync(settings, backup);

        var mine = manifest.Entries.Select(e => e.Path).Where(p => p.Contains(Path.GetFileName(folder), StringComparison.Ordinal));
        Assert.Equal([EntryOf(Path.Combine(folder, "kept.pdf"))], mine);
        using (var zip = ZipFile.OpenRead(backup))
        {
            Assert.NotNull(zip.GetEntry(BackupManifest.EntryName));
        }

        Assert.Equal(["backup.zip"], Directory.GetFiles(Path.GetDirectoryName(backup)!).Select(Path.GetFileName));
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }

    [Fact]
    public async Task Shared_evidence_outside_the_data_folder_is_backed_up_under_its_own_folder_and_restored_there()
    {
        var started = await StartedAsync();
        var shared = Directory.CreateTempSubdirectory("prongsai-shared-evidence-").FullName;
        var settings = started with { SharedEvidenceDirectory = shared };
        var evidence = Path.Combine(shared, "ef", $"{Guid.NewGuid():N}.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(evidence)!);
        var bytes = RandomNumberGenerator.GetBytes(5_000);
        await File.WriteAllBytesAsync(evidence, bytes);
        var backup = Path.Combine(Path.GetTempPath(), $"prongsai-backup-{Guid.NewGuid():N}.zip");

        var manifest = await BackupArchive.CreateAsync(settings, backup);
        File.Delete(evidence);
        await BackupArchive.RestoreAsync(settings, backup);

        Assert.Contains(manifest.Entries, e => e.Path == "evidence/ef/" + Path.GetFileName(evidence));
        Assert.DoesNotContain(manifest.Entries, e => e.Path.StartsWith("files/", StringComparison.Ordinal) && e.Path.EndsWith(Path.GetFileName(evidence), StringComparison.Ordinal));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(evidence));
        File.Delete(backup);
        Directory.Delete(shared, recursive: true);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("database")]
    public async Task A_manifest_of_another_format_or_naming_a_database_it_does_not_list_is_refused(string field)
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        await RewriteAsync(backup, zip => EditManifest(zip, manifest =>
        {
            if (field == "format")
            {
                manifest["format"] = BackupManifest.CurrentFormat + 1;
            }
            else
            {
                manifest["database"] = "database/elsewhere.db";
            }
        }));

        await AssertRefusedAsync(settings, backup, "unsupported backup format", backup);
    }

    [Fact]
    public async Task A_cancelled_backup_throws_and_leaves_no_file_behind()
    {
        var settings = await StartedAsync();
        var folder = Directory.CreateTempSubdirectory("prongsai-backup-target-").FullName;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BackupArchive.CreateAsync(settings, Path.Combine(folder, "backup.zip"), new CancellationToken(canceled: true)));

        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Directory.Delete(folder);
    }

    [Fact]
    public async Task A_restore_into_an_installation_whose_data_folder_does_not_exist_yet_creates_it()
    {
        var (settings, backup, evidence, bytes) = await BackupWithEvidenceAsync();
        var fresh = await FreshInstallationAsync(settings);
        var copy = fresh with { DataDirectory = Path.Combine(fresh.DataDirectory, "not", "yet") };

        await BackupArchive.RestoreAsync(copy, backup);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(copy.DataDirectory, Path.GetRelativePath(settings.DataDirectory, evidence))));
        Assert.True(await CountRestoredMeasuresAsync(copy) > 0, "the restored installation has no measure");
        File.Delete(backup);
        Directory.Delete(fresh.DataDirectory, recursive: true);
    }

    [Fact]
    public async Task An_entry_outside_the_files_and_evidence_folders_is_checked_but_placed_nowhere()
    {
        var (settings, backup, evidence, bytes) = await BackupWithEvidenceAsync();
        var content = "บันทึกของผู้ดูแล"u8.ToArray();
        var entry = $"notes/{Guid.NewGuid():N}.txt";
        await AddEntryAsync(backup, entry, content);
        File.Delete(evidence);

        await BackupArchive.RestoreAsync(settings, backup);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(evidence));
        Assert.False(File.Exists(Path.Combine(settings.DataDirectory, entry)), "an entry outside files/ and evidence/ was placed in the data folder");
        File.Delete(backup);
    }

    [Fact]
    public async Task A_zip_without_a_manifest_is_refused_as_not_a_backup()
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        await RewriteAsync(backup, zip => zip.GetEntry(BackupManifest.EntryName)!.Delete());

        await AssertRefusedAsync(settings, backup, "not a Prongsai backup", BackupManifest.EntryName);
    }

    [Fact]
    public async Task A_manifest_that_is_not_json_is_refused_with_where_it_failed()
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        await RewriteAsync(backup, zip =>
        {
            zip.GetEntry(BackupManifest.EntryName)!.Delete();
            using var stream = zip.CreateEntry(BackupManifest.EntryName).Open();
            stream.Write("{\"format\": 1, \"entries\": ["u8);
        });

        await AssertRefusedAsync(settings, backup, $"{BackupManifest.EntryName} is not valid", "LineNumber");
    }

    [Fact]
    public async Task A_database_its_own_tool_cannot_read_is_refused_before_anything_is_replaced()
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        var garbage = RandomNumberGenerator.GetBytes(64 * 1024);
        await RewriteAsync(backup, zip =>
        {
            string database;
            using (var reader = zip.GetEntry(BackupManifest.EntryName)!.Open())
            {
                database = JsonNode.Parse(reader)!["database"]!.GetValue<string>();
            }

            zip.GetEntry(database)!.Delete();
            using (var stream = zip.CreateEntry(database).Open())
            {
                stream.Write(garbage);
            }

            // A matching checksum: only the database tool itself can tell.
            EditManifest(zip, manifest =>
            {
                var entry = manifest["entries"]!.AsArray().Single(e => e!["path"]!.GetValue<string>() == database)!;
                entry["length"] = garbage.Length;
                entry["sha256"] = Convert.ToHexStringLower(SHA256.HashData(garbage));
            });
        });

        await AssertRefusedAsync(settings, backup, settings.UsesPostgres ? "pg_restore failed (exit 1)" : "is not a readable SQLite database", "database/prongsai.");
    }

    /// <summary>A backup holding one evidence file, then a measure written after it (a refused restore must keep it).</summary>
    protected async Task<(DataSettings Settings, string Backup, string Evidence, byte[] Bytes)> BackupWithEvidenceAsync()
    {
        var settings = await StartedAsync();
        var evidence = Path.Combine(settings.DataDirectory, "evidence", "cd", $"{Guid.NewGuid():N}.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(evidence)!);
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(10_000);
        await File.WriteAllBytesAsync(evidence, bytes);
        var backup = Path.Combine(Path.GetTempPath(), $"prongsai-backup-{Guid.NewGuid():N}.zip");
        await BackupArchive.CreateAsync(settings, backup);
        await app.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.FirstAsync();
            db.Measures.Add(new AgencyMeasure { AgencyId = agency.Id, FiscalYear = 2566, Position = 600, Tool = Tool.IIT, Steps = ["หลังสำรอง"] });
            return await db.SaveChangesAsync();
        });
        return (settings, backup, evidence, bytes);
    }

    protected async Task AssertRefusedAsync(DataSettings settings, string backup, string reason, string naming)
    {
        var before = await app.WithDbAsync(db => db.Measures.CountAsync());

        var error = await Assert.ThrowsAsync<BackupException>(() => BackupArchive.RestoreAsync(settings, backup));

        Assert.Contains(backup, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Contains(naming, error.Message);
        Assert.Equal(before, await app.WithDbAsync(db => db.Measures.CountAsync()));
        File.Delete(backup);
    }

    protected string EntryOf(string file) => "files/" + Path.GetRelativePath(app.Settings.DataDirectory, file).Replace('\\', '/');

    protected static async Task RewriteAsync(string backup, Action<ZipArchive> change)
    {
        await using var stream = File.Open(backup, FileMode.Open, FileAccess.ReadWrite);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Update);
        change(zip);
    }

    /// <summary>Adds an entry to the zip and lists it in the manifest with its true length and checksum.</summary>
    protected static Task AddEntryAsync(string backup, string path, byte[] content) => RewriteAsync(backup, zip =>
    {
        using (var stream = zip.CreateEntry(path).Open())
        {
            stream.Write(content);
        }

        EditManifest(zip, manifest => manifest["entries"]!.AsArray().Add(new JsonObject
        {
            ["path"] = path,
            ["length"] = content.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content)),
        }));
    });

    protected static void EditManifest(ZipArchive zip, Action<JsonObject> change)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName)!;
        JsonObject manifest;
        using (var reader = entry.Open())
        {
            manifest = JsonNode.Parse(reader)!.AsObject();
        }

        change(manifest);
        entry.Delete();
        using var writer = zip.CreateEntry(BackupManifest.EntryName).Open();
        JsonSerializer.Serialize(writer, manifest);
    }

    /// <summary>The app started (database created and seeded), and where it keeps its data.</summary>
    protected async Task<DataSettings> StartedAsync()
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
    protected static async Task<DataSettings> FreshInstallationAsync(DataSettings settings)
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

    protected static async Task<int> CountRestoredMeasuresAsync(DataSettings settings)
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

public sealed class SqliteBackupTests(SqliteApp app) : BackupBehaviour(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_write_ahead_log_left_beside_the_replaced_database_is_not_replayed_into_the_restored_one()
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        var fresh = await FreshInstallationAsync(settings);
        await BackupArchive.RestoreAsync(fresh, backup);
        var restored = await CountRestoredMeasuresAsync(fresh);
        var staleLog = await WriteAheadLogDeletingMeasuresAsync(fresh.SqlitePath);
        File.Copy(staleLog, fresh.SqlitePath + "-wal");

        await BackupArchive.RestoreAsync(fresh, backup);

        Assert.Equal(restored, await CountRestoredMeasuresAsync(fresh));
        File.Delete(backup);
        Directory.Delete(fresh.DataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_staging_file_left_by_an_interrupted_restore_does_not_stop_the_next_one()
    {
        var (settings, backup, _, _) = await BackupWithEvidenceAsync();
        var fresh = await FreshInstallationAsync(settings);
        await File.WriteAllTextAsync(fresh.SqlitePath + ".restoring", "half a database from a restore that was stopped");

        await BackupArchive.RestoreAsync(fresh, backup);

        Assert.True(await CountRestoredMeasuresAsync(fresh) > 0, "the restored installation has no measure");
        Assert.False(File.Exists(fresh.SqlitePath + ".restoring"));
        File.Delete(backup);
        Directory.Delete(fresh.DataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_backup_of_an_installation_without_a_database_is_refused_naming_where_it_looked()
    {
        var empty = Directory.CreateTempSubdirectory("prongsai-empty-").FullName;
        var settings = new DataSettings(empty, null);

        var error = await Assert.ThrowsAsync<BackupException>(() => BackupArchive.CreateAsync(settings, Path.Combine(empty, "backup.zip")));

        Assert.Equal($"{settings.SqlitePath}: no database to back up", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(empty));
        Directory.Delete(empty);
    }

    [Fact]
    public async Task A_shared_evidence_folder_that_does_not_exist_yet_adds_nothing_to_the_backup()
    {
        var settings = await StartedAsync() with { SharedEvidenceDirectory = Path.Combine(Path.GetTempPath(), $"prongsai-no-evidence-{Guid.NewGuid():N}") };
        var backup = Path.Combine(Path.GetTempPath(), $"prongsai-backup-{Guid.NewGuid():N}.zip");

        var manifest = await BackupArchive.CreateAsync(settings, backup);

        Assert.DoesNotContain(manifest.Entries, e => e.Path.StartsWith("evidence/", StringComparison.Ordinal));
        Assert.Contains(manifest.Entries, e => e.Path == manifest.Database);
        File.Delete(backup);
    }

    /// <summary>A valid write-ahead log of <paramref name="database"/> that deletes every measure, kept aside; the database itself unchanged.</summary>
    static async Task<string> WriteAheadLogDeletingMeasuresAsync(string database)
    {
        var aside = Path.Combine(Path.GetDirectoryName(database)!, "stale-wal");
        var original = database + ".original";
        File.Copy(database, original);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; DELETE FROM \"Measures\";";
            await command.ExecuteNonQueryAsync();
            File.Copy(database + "-wal", aside);
        }

        File.Move(original, database, overwrite: true);
        File.Delete(database + "-wal");
        File.Delete(database + "-shm");
        return aside;
    }
}

public sealed class PostgresBackupTests(PostgresApp app) : BackupBehaviour(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task A_pg_dump_failure_is_reported_with_its_own_message_and_writes_no_backup()
    {
        var settings = await StartedAsync();
        var missing = $"prongsai_missing_{Guid.NewGuid():N}";
        var broken = settings with { PostgresConnection = new NpgsqlConnectionStringBuilder(settings.PostgresConnection) { Database = missing }.ConnectionString };
        var folder = Directory.CreateTempSubdirectory("prongsai-backup-target-").FullName;

        var error = await Assert.ThrowsAsync<BackupException>(() => BackupArchive.CreateAsync(broken, Path.Combine(folder, "backup.zip")));

        Assert.StartsWith("pg_dump failed (exit 1): ", error.Message);
        Assert.Contains(missing, error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Directory.Delete(folder);
    }
}
