namespace Prongsai.Backup;

/// <summary>
/// manifest.json at the root of a backup: what it holds and each entry's SHA-256, checked before a restore
/// replaces anything.
/// </summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, string Provider, string Database, IReadOnlyList<BackupEntry> Entries)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}

/// <summary>A file in the backup, by its path inside the archive.</summary>
public sealed record BackupEntry(string Path, long Length, string Sha256);
