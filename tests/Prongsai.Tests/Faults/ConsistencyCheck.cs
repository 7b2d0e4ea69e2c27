using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Prongsai.Tests.Faults;

/// <summary>Reads the SQLite file left by a killed server, as the next start will find it.</summary>
static class ConsistencyCheck
{
    public sealed record State(int Measures, HashSet<string> UpdateTexts, int Publications, List<string> Problems);

    public static State Read(string dataDirectory)
    {
        var problems = new List<string>();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "prongsai.db")};Pooling=False");
        connection.Open();
        var integrity = Scalar(connection, "PRAGMA integrity_check");
        if (integrity != "ok")
        {
            problems.Add($"integrity_check: {integrity}");
        }

        var measures = int.Parse(Scalar(connection, "SELECT COUNT(*) FROM Measures"), System.Globalization.CultureInfo.InvariantCulture);
        var texts = Column(connection, "SELECT Text FROM ProgressUpdates").ToHashSet();
        foreach (var sha in Column(connection, "SELECT Sha256 FROM Evidence WHERE Sha256 IS NOT NULL"))
        {
            var file = Path.Combine(dataDirectory, "evidence", sha);
            if (!File.Exists(file))
            {
                problems.Add($"evidence row {sha} without its file");
            }
            else if (Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))) != sha)
            {
                problems.Add($"evidence file {sha} is not whole");
            }
        }

        foreach (var incomplete in Column(connection,
            "SELECT p.Number || ' has ' || (SELECT COUNT(*) FROM PublishedFiles f WHERE f.PublicationId = p.Id AND length(f.Content) > 0) || ' files' FROM Publications p " +
            "WHERE (SELECT COUNT(*) FROM PublishedFiles f WHERE f.PublicationId = p.Id AND length(f.Content) > 0) <> 5"))
        {
            problems.Add($"publication v{incomplete}");
        }

        foreach (var orphan in Column(connection, "SELECT Id FROM Evidence WHERE UpdateId NOT IN (SELECT Id FROM ProgressUpdates)"))
        {
            problems.Add($"evidence {orphan} without its update");
        }

        var publications = int.Parse(Scalar(connection, "SELECT COUNT(*) FROM Publications"), System.Globalization.CultureInfo.InvariantCulture);
        return new State(measures, texts, publications, problems);
    }

    public static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
