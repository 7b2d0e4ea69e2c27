namespace Prongsai.Hosting;

/// <summary>Where the installation keeps its data: a folder (SQLite file, uploads) and optionally a PostgreSQL connection string.</summary>
public sealed record DataSettings(string DataDirectory, string? PostgresConnection)
{
    public const string DataKey = "Prongsai:Data";
    public const string DbKey = "Prongsai:Db";

    public string SqlitePath => Path.Combine(DataDirectory, "prongsai.db");

    public string UploadDirectory => Path.Combine(DataDirectory, "uploads");

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnection);

    public static DataSettings From(IConfiguration configuration) => From(configuration[DataKey], configuration[DbKey]);

    /// <summary>The data folder (default ./data) and the PostgreSQL connection (option, else env PRONGSAI_DB, else none: SQLite).</summary>
    public static DataSettings From(string? data, string? db)
    {
        var directory = Path.GetFullPath(data is { Length: > 0 } ? data : "data");
        var connection = db is { Length: > 0 } ? db : Environment.GetEnvironmentVariable("PRONGSAI_DB");
        return new DataSettings(directory, string.IsNullOrWhiteSpace(connection) ? null : connection);
    }
}
