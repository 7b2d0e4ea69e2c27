using Npgsql;
using Prongsai.Hosting;

namespace Prongsai.Data;

/// <summary>
/// One instance at a time migrates and seeds. When several start together on one PostgreSQL database, the others
/// wait on an advisory lock and then find the work done; on SQLite, a lock file in the data folder does the same.
/// </summary>
public static class StartupLock
{
    public static async Task<IAsyncDisposable> AcquireAsync(DataSettings settings, CancellationToken cancellationToken)
    {
        return settings.UsesPostgres
            ? await PostgresAsync(settings.PostgresConnection!, cancellationToken)
            : await LockFileAsync(settings.DataDirectory, cancellationToken);
    }

    /// <summary>
    /// The lock is taken in the server's maintenance database, which exists before ours is created; its key is
    /// our database's name, so installations sharing a server do not wait on each other.
    /// </summary>
    static async Task<IAsyncDisposable> PostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection))
        {
            command.Parameters.AddWithValue("name", "prongsai-startup:" + target.Database);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Closing the session releases a session-level advisory lock.
        return connection;
    }

    static async Task<IAsyncDisposable> LockFileAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        Hosting.PrivateStorage.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "startup.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
