namespace Prongsai.Hosting;

/// <summary>Where the installation keeps its data: a folder (SQLite file, uploads) and optionally a PostgreSQL connection string.</summary>
public sealed record DataSettings(string DataDirectory, string? PostgresConnection)
{
    public const string DataKey = "Prongsai:Data";
    public const string DbKey = "Prongsai:Db";

    public string SqlitePath => Path.Combine(DataDirectory, "prongsai.db");

    public string UploadDirectory => Path.Combine(DataDirectory, "uploads");

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnection);

    public static DataSettings From(IConfiguration configuration)
    {
        var directory = Path.GetFullPath(configuration[DataKey] is { Length: > 0 } data ? data : "data");
        var db = configuration[DbKey] is { Length: > 0 } configured ? configured : Environment.GetEnvironmentVariable("PRONGSAI_DB");
        return new DataSettings(directory, string.IsNullOrWhiteSpace(db) ? null : db);
    }
}
