using System.Data.Common;
using System.Net.Sockets;

namespace Prongsai.Hosting;

/// <summary>Tells a database that is down or restarting (a 503: try again) from a fault in the application (a 500).</summary>
public static class DatabaseFailures
{
    /// <summary>How long a client should wait before trying again while the database is down.</summary>
    public const string RetryAfterSeconds = "5";

    public static bool IsUnavailable(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is DbException or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
