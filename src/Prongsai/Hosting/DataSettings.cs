namespace Prongsai.Hosting;

/// <summary>
/// Where the installation keeps its data: a folder (SQLite file, uploads), optionally a PostgreSQL connection
/// string, and the evidence folder — under the data folder by default, or a folder every instance shares.
/// </summary>
public sealed record DataSettings(string DataDirectory, string? PostgresConnection, string? SharedEvidenceDirectory = null)
{
    public const string DataKey = "Prongsai:Data";
    public const string DbKey = "Prongsai:Db";
    public const string EvidenceKey = "Prongsai:Evidence";

    public string EvidenceDirectory => SharedEvidenceDirectory ?? Path.Combine(DataDirectory, "evidence");

    public string SqlitePath => Path.Combine(DataDirectory, "prongsai.db");

    public string UploadDirectory => Path.Combine(DataDirectory, "uploads");

    /// <summary>Framework files an administrator adds or corrects (REGIME-YYYY.json), read at start over the shipped ones.</summary>
    public string FrameworksDirectory => Path.Combine(DataDirectory, "frameworks");

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnection);

    public static DataSettings From(IConfiguration configuration) => From(configuration[DataKey], configuration[DbKey], configuration[EvidenceKey]);

    /// <summary>
    /// The data folder (default ./data), the PostgreSQL connection (option, else env PRONGSAI_DB, else none: SQLite)
    /// and the evidence folder (option, else env PRONGSAI_EVIDENCE, else data/evidence).
    /// </summary>
    public static DataSettings From(string? data, string? db, string? evidence = null)
    {
        var directory = Path.GetFullPath(data is { Length: > 0 } ? data : "data");
        var connection = db is { Length: > 0 } ? db : Environment.GetEnvironmentVariable("PRONGSAI_DB");
        var shared = evidence is { Length: > 0 } ? evidence : Environment.GetEnvironmentVariable("PRONGSAI_EVIDENCE");
        return new DataSettings(
            directory,
            string.IsNullOrWhiteSpace(connection) ? null : connection,
            string.IsNullOrWhiteSpace(shared) ? null : Path.GetFullPath(shared));
    }
}
