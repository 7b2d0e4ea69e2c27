using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;

namespace Prongsai.Hosting;

/// <summary>
/// Whose X-Forwarded-For and X-Forwarded-Proto are believed: a proxy on this machine always, and the addresses or
/// networks in Prongsai:TrustedProxies (env PRONGSAI_TRUSTED_PROXIES), comma-separated: "10.0.0.5, 10.1.0.0/16".
/// Anyone else's forwarded headers are ignored, so a client cannot choose its own address for the rate limits.
/// </summary>
public static class TrustedProxies
{
    public const string Key = "Prongsai:TrustedProxies";

    public static void AddProngsaiTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var setting = configuration[Key] is { Length: > 0 } configured ? configured : Environment.GetEnvironmentVariable("PRONGSAI_TRUSTED_PROXIES");
        var (proxies, networks) = Parse(setting);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback (the defaults) stays trusted beside the configured ones.
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            // Every hop is checked against the trusted list from the right, so a chain of trusted proxies (load
            // balancer, then nginx) is followed back to the first address that is not one of them, and no further.
            options.ForwardLimit = null;
        });
    }

    /// <summary>The addresses and networks of a comma-separated list; anything else stops the start with the entry named.</summary>
    public static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) Parse(string? setting)
    {
        List<IPAddress> proxies = [];
        List<System.Net.IPNetwork> networks = [];
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            // IPAddress alone reads "10.0.0" as 10.0.0.0: an IPv4 address must be written out whole.
            else if (IPAddress.TryParse(entry, out var address) && (address.AddressFamily != AddressFamily.InterNetwork || entry.Count(c => c == '.') == 3))
            {
                proxies.Add(address);
            }
            else
            {
                throw new SettingException($"{Key} (PRONGSAI_TRUSTED_PROXIES): \"{entry}\" is neither an IP address nor a network such as 10.0.0.0/8");
            }
        }

        return (proxies, networks);
    }
}
