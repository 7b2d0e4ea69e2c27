using System.Data.Common;
using System.Net.Sockets;
using Prongsai.Printing;

namespace Prongsai.Hosting;

/// <summary>Tells a database that is down or restarting (a 503: try again) from a fault in the application (a 500).</summary>
public static class DatabaseFailures
{
    /// <summary>How long a client should wait before trying again while the database is down.</summary>
    public const string RetryAfterSeconds = "5";

    const string PlaywrightAssembly = "Microsoft.Playwright";

    public static bool IsUnavailable(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is PrintTimeoutException or PrintFailedException or ChromiumNotFoundException)
            {
                // The printer's failures are their own errors, never "the database is down, retry".
                return false;
            }

            // Playwright reports its own time-outs as System.TimeoutException too.
            if (current is DbException or SocketException or TimeoutException { Source: not PlaywrightAssembly })
            {
                return true;
            }
        }

        return false;
    }
}
