using System.Data.Common;
using System.Net.Sockets;

namespace Prongsai.Hosting;

/// <summary>Tells a database that is down or restarting (a 503: try again) from a fault in the application (a 500).</summary>
public static class DatabaseFailures
{
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
