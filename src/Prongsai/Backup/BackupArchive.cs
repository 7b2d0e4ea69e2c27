using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Prongsai.Hosting;

namespace Prongsai.Backup;

/// <summary>
/// One zip that holds a whole installation: a consistent snapshot of the database (SQLite's online backup, or
/// pg_dump) and every file of the data folder (evidence, uploads). Taken while the app runs: the database is
/// copied first, so every file a row of the snapshot refers to was already written.
/// </summary>
public static class BackupArchive
{
    const string FilesFolder = "files/";
    const string SharedEvidenceFolder = "evidence/";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<BackupManifest> CreateAsync(DataSettings settings, string target, CancellationToken cancellationToken = default)
    {
        var targetPath = Path.GetFullPath(target);
        var scratch = Directory.CreateTempSubdirectory("prongsai-backup-");
        var partial = targetPath + $".{Guid.NewGuid():N}.partial";
        try
        {
            var (provider, databaseEntry, databaseFile) = settings.UsesPostgres
                ? (BackupManifest.Postgres, "database/prongsai.pgdump", await PostgresTools.DumpAsync(settings.PostgresConnection!, scratch.FullName, cancellationToken))
                : (BackupManifest.Sqlite, "database/prongsai.db", SnapshotSqlite(settings, scratch.FullName));
            var entries = new List<BackupEntry>();
            await using (var stream = File.Create(partial))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                entries.Add(await AddAsync(zip, databaseEntry, databaseFile, cancellationToken));
                foreach (var (prefix, root) in Folders(settings))
                {
                    foreach (var file in FilesUnder(root, settings, targetPath))
                    {
                        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                        entries.Add(await AddAsync(zip, prefix + relative, file, cancellationToken));
                    }
                }

                var manifest = new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.UtcNow, provider, databaseEntry, entries);
                await using var manifestStream = zip.CreateEntry(BackupManifest.EntryName).Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, cancellationToken);
                File.Move(partial, targetPath, overwrite: true);
                return manifest;
            }
        }
        finally
        {
            File.Delete(partial);
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Brings a backup back into the installation. Every entry is checked against the manifest before anything is
    /// replaced; the database is replaced in one step (a file move for SQLite, one transaction for PostgreSQL).
    /// Stop the app first.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(DataSettings settings, string source, CancellationToken cancellationToken = default)
    {
        var scratch = Directory.CreateTempSubdirectory("prongsai-restore-");
        try
        {
            using var zip = ZipFile.OpenRead(source);
            var manifest = await ReadManifestAsync(zip, source, cancellationToken);
            var expectedProvider = settings.UsesPostgres ? BackupManifest.Postgres : BackupManifest.Sqlite;
            if (manifest.Provider != expectedProvider)
            {
                throw new BackupException($"{source}: a {manifest.Provider} backup cannot be restored into a {expectedProvider} installation");
            }

            var extracted = new Dictionary<string, string>();
            foreach (var entry in manifest.Entries)
            {
                extracted[entry.Path] = await ExtractVerifiedAsync(zip, entry, scratch.FullName, source, cancellationToken);
            }

            if (settings.UsesPostgres)
            {
                try
                {
                    await PostgresTools.RestoreAsync(settings.PostgresConnection!, extracted[manifest.Database], cancellationToken);
                }
                catch (BackupException e)
                {
                    throw new BackupException($"{source}: {manifest.Database}: {e.Message}", e);
                }
            }
            else
            {
                CheckSqlite(extracted[manifest.Database], manifest.Database, source);
                ReplaceSqlite(settings, extracted[manifest.Database]);
            }

            var folders = new Dictionary<string, string> { [FilesFolder] = settings.DataDirectory, [SharedEvidenceFolder] = settings.EvidenceDirectory };
            foreach (var entry in manifest.Entries.Where(e => e.Path != manifest.Database))
            {
                var (prefix, root) = folders.FirstOrDefault(f => entry.Path.StartsWith(f.Key, StringComparison.Ordinal));
                if (prefix is null)
                {
                    continue;
                }

                var destination = SafePath(root, entry.Path[prefix.Length..], source);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(extracted[entry.Path], destination, overwrite: true);
            }

            return manifest;
        }
        catch (InvalidDataException e)
        {
            throw new BackupException($"{source}: not a readable backup ({e.Message})", e);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    static string SnapshotSqlite(DataSettings settings, string scratch)
    {
        if (!File.Exists(settings.SqlitePath))
        {
            throw new BackupException($"{settings.SqlitePath}: no database to back up");
        }

        var snapshot = Path.Combine(scratch, "prongsai.db");
        // VACUUM INTO copies inside one read transaction: a consistent snapshot even while the app writes.
        // (The online backup API restarts on every concurrent write in WAL mode, so a busy app starves it.)
        using var live = OpenReadOnly(settings.SqlitePath);
        using var vacuum = live.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $target";
        vacuum.Parameters.AddWithValue("$target", snapshot);
        vacuum.ExecuteNonQuery();
        return snapshot;
    }

    /// <summary>
    /// A database whose checksum matches can still be unreadable (a backup taken of a damaged file, a hand-edited
    /// manifest): SQLite reads it before it replaces the installation's. PostgreSQL's pg_restore does the same for its dump.
    /// </summary>
    static void CheckSqlite(string database, string entry, string source)
    {
        string? verdict;
        try
        {
            using var connection = OpenReadOnly(database);
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            verdict = check.ExecuteScalar() as string;
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{source}: {entry} is not a readable SQLite database ({e.Message})", e);
        }

        if (verdict != "ok")
        {
            throw new BackupException($"{source}: {entry} is not a readable SQLite database (SQLite's check: {verdict})");
        }
    }

    static SqliteConnection OpenReadOnly(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    static void ReplaceSqlite(DataSettings settings, string restored)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        SqliteConnection.ClearAllPools();
        var staged = settings.SqlitePath + ".restoring";
        File.Copy(restored, staged, overwrite: true);
        foreach (var sidecar in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(settings.SqlitePath + sidecar);
        }

        File.Move(staged, settings.SqlitePath, overwrite: true);
    }

    /// <summary>The data folder, and the shared evidence folder when it lies outside it.</summary>
    static IEnumerable<(string Prefix, string Root)> Folders(DataSettings settings)
    {
        yield return (FilesFolder, settings.DataDirectory);
        var evidence = Path.GetFullPath(settings.EvidenceDirectory) + Path.DirectorySeparatorChar;
        if (!evidence.StartsWith(Path.GetFullPath(settings.DataDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            yield return (SharedEvidenceFolder, settings.EvidenceDirectory);
        }
    }

    /// <summary>Every file under <paramref name="root"/> but the live database, work in progress and the backup being written.</summary>
    static IEnumerable<string> FilesUnder(string root, DataSettings settings, string targetPath)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var isDatabase = Path.GetFullPath(file).StartsWith(settings.SqlitePath, StringComparison.Ordinal);
            var isWork = name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".partial", StringComparison.Ordinal);
            if (!isDatabase && !isWork && !Path.GetFullPath(file).StartsWith(targetPath, StringComparison.Ordinal))
            {
                yield return file;
            }
        }
    }

    static async Task<BackupEntry> AddAsync(ZipArchive zip, string entryName, string file, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(file);
        await using var output = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            length += read;
        }

        return new BackupEntry(entryName, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, string source, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName) ?? throw new BackupException($"{source}: no {BackupManifest.EntryName}: not a Prongsai backup");
        await using var stream = entry.Open();
        BackupManifest? manifest;
        try
        {
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new BackupException($"{source}: {BackupManifest.EntryName} is not valid ({e.Message})", e);
        }

        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat || manifest.Entries.All(e => e.Path != manifest.Database))
        {
            throw new BackupException($"{source}: unsupported backup format");
        }

        return manifest;
    }

    static async Task<string> ExtractVerifiedAsync(ZipArchive zip, BackupEntry entry, string scratch, string source, CancellationToken cancellationToken)
    {
        var zipEntry = zip.GetEntry(entry.Path) ?? throw new BackupException($"{source}: {entry.Path} is listed but missing");
        var path = SafePath(scratch, entry.Path, source);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var input = zipEntry.Open())
        await using (var output = File.Create(path))
        {
            await input.CopyToAsync(output, cancellationToken);
        }

        await using var check = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(check, cancellationToken));
        if (sha != entry.Sha256 || check.Length != entry.Length)
        {
            throw new BackupException($"{source}: {entry.Path} is damaged (its checksum does not match the manifest)");
        }

        return path;
    }

    /// <summary>A path inside <paramref name="root"/>; an entry that climbs out of it ("../") is refused.</summary>
    static string SafePath(string root, string relative, string source)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var rootFull = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        return full.StartsWith(rootFull, StringComparison.Ordinal)
            ? full
            : throw new BackupException($"{source}: entry '{relative}' points outside the data folder");
    }
}

/// <summary>A backup that cannot be made or restored, with what and where.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
