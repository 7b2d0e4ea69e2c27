using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Prongsai.Tests.Faults;

/// <summary>
/// The database a test server writes: the SQLite file in the data folder, or the PostgreSQL database of
/// <paramref name="Postgres"/> (an Npgsql connection string). Evidence files are in the data folder either way.
/// </summary>
sealed record TestDatabase(string DataDirectory, string? Postgres = null)
{
    public bool IsPostgres => Postgres is not null;

    public string Provider => IsPostgres ? "PostgreSQL" : "SQLite";

    /// <summary>A fresh database on the server that ./test.sh starts (PRONGSAI_TEST_PG), as the other PostgreSQL tests make one.</summary>
    public static TestDatabase FreshPostgres(string dataDirectory, string prefix)
    {
        var server = Environment.GetEnvironmentVariable("PRONGSAI_TEST_PG");
        Assert.False(string.IsNullOrWhiteSpace(server), "PRONGSAI_TEST_PG is not set: run the tests with ./test.sh, which starts a throw-away PostgreSQL server.");
        return new(dataDirectory, new NpgsqlConnectionStringBuilder(server) { Database = $"{prefix}_{Guid.NewGuid():N}" }.ConnectionString);
    }

    /// <summary>A connection of its own, no pool: what it reads is what the next start of the server will find.</summary>
    public DbConnection Open()
    {
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres) { Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "prongsai.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Drops the PostgreSQL database at the end of a test (a long kill run leaves gigabytes in it); nothing for SQLite.</summary>
    public async Task DropAsync()
    {
        if (!IsPostgres)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(Postgres) { Pooling = false };
        var name = builder.Database!;
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// Reads the database left by a killed server, as the next start will find it: the database itself is whole
/// (SQLite: integrity_check and foreign_key_check; PostgreSQL: every constraint and index valid), no row without
/// the row it belongs to, no evidence row without its whole file, no publication without its five files.
/// The SQL is the same on both (EF's double-quoted table and column names).
/// </summary>
sealed class ConsistencyCheck(TestDatabase database)
{
    public sealed record State(int Measures, HashSet<string> UpdateTexts, int Publications, List<string> Problems);

    /// <summary>Evidence files already found whole: stored by hash and never rewritten, so hashed once per run, not after every kill.</summary>
    readonly HashSet<string> _wholeFiles = [];

    static readonly (string Rows, string Sql)[] Orphans =
    [
        ("evidence without its update", "SELECT e.\"Id\" FROM \"Evidence\" e WHERE NOT EXISTS (SELECT 1 FROM \"ProgressUpdates\" u WHERE u.\"Id\" = e.\"UpdateId\")"),
        ("progress update without its measure", "SELECT u.\"Id\" FROM \"ProgressUpdates\" u WHERE NOT EXISTS (SELECT 1 FROM \"Measures\" m WHERE m.\"Id\" = u.\"MeasureId\")"),
        ("measure without its agency", "SELECT m.\"Id\" FROM \"Measures\" m WHERE NOT EXISTS (SELECT 1 FROM \"Agencies\" a WHERE a.\"Id\" = m.\"AgencyId\")"),
        ("published file without its publication", "SELECT f.\"Id\" FROM \"PublishedFiles\" f WHERE NOT EXISTS (SELECT 1 FROM \"Publications\" p WHERE p.\"Id\" = f.\"PublicationId\")"),
        ("publication without its agency", "SELECT p.\"Id\" FROM \"Publications\" p WHERE NOT EXISTS (SELECT 1 FROM \"Agencies\" a WHERE a.\"Id\" = p.\"AgencyId\")"),
        ("approved submission without its publication",
            "SELECT s.\"Id\" FROM \"Submissions\" s WHERE s.\"State\" = 'Approved' AND NOT EXISTS (SELECT 1 FROM \"Publications\" p WHERE p.\"SubmissionId\" = s.\"Id\")"),
    ];

    public State Read()
    {
        var problems = new List<string>();
        using var connection = database.Open();
        if (database.IsPostgres)
        {
            problems.AddRange(Column(connection, "SELECT conname FROM pg_constraint WHERE NOT convalidated").Select(c => $"constraint {c} not valid"));
            problems.AddRange(Column(connection, "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid OR NOT indisready").Select(i => $"index {i} not valid"));
        }
        else
        {
            var integrity = Scalar(connection, "PRAGMA integrity_check");
            if (integrity != "ok")
            {
                problems.Add($"integrity_check: {integrity}");
            }

            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_key_check";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                problems.Add($"{reader.GetValue(0)} row {reader.GetValue(1)} breaks its foreign key to {reader.GetValue(2)}");
            }
        }

        foreach (var (rows, sql) in Orphans)
        {
            problems.AddRange(Column(connection, sql).Select(id => $"{rows}: {id}"));
        }

        foreach (var sha in Column(connection, "SELECT DISTINCT \"Sha256\" FROM \"Evidence\" WHERE \"Sha256\" IS NOT NULL"))
        {
            if (_wholeFiles.Contains(sha))
            {
                continue;
            }

            var file = Path.Combine(database.DataDirectory, "evidence", sha);
            if (!File.Exists(file))
            {
                problems.Add($"evidence row {sha} without its file");
            }
            else if (Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))) != sha)
            {
                problems.Add($"evidence file {sha} is not whole");
            }
            else
            {
                _wholeFiles.Add(sha);
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT p.\"Number\", p.\"FiscalYear\", p.\"Kind\", " +
                "(SELECT COUNT(*) FROM \"PublishedFiles\" f WHERE f.\"PublicationId\" = p.\"Id\" AND length(f.\"Content\") > 0) FROM \"Publications\" p";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture) != 5)
                {
                    problems.Add($"publication {reader.GetValue(2)} {reader.GetValue(1)} v{reader.GetValue(0)} has {reader.GetValue(3)} files");
                }
            }
        }

        var measures = int.Parse(Scalar(connection, "SELECT COUNT(*) FROM \"Measures\""), CultureInfo.InvariantCulture);
        var texts = Column(connection, "SELECT \"Text\" FROM \"ProgressUpdates\"").ToHashSet();
        var publications = int.Parse(Scalar(connection, "SELECT COUNT(*) FROM \"Publications\""), CultureInfo.InvariantCulture);
        return new State(measures, texts, publications, problems);
    }

    /// <summary>The ids of the demo agency's measures of a fiscal year, in document order.</summary>
    public List<Guid> MeasureIds(int fiscalYear)
    {
        using var connection = database.Open();
        return [.. Column(connection,
            "SELECT m.\"Id\" FROM \"Measures\" m JOIN \"Agencies\" a ON a.\"Id\" = m.\"AgencyId\" " +
            $"WHERE a.\"Slug\" = '{Prongsai.Data.DemoSeed.Slug}' AND m.\"FiscalYear\" = {fiscalYear.ToString(CultureInfo.InvariantCulture)} ORDER BY m.\"Position\"").Select(Guid.Parse)];
    }

    public static string Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    static List<string> Column(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return values;
    }
}
