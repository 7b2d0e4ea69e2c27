using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Prongsai.Oit;

/// <summary>What one check of one URL found: the status, where redirects ended, and why it fails (Thai, then English).</summary>
public sealed record LinkResult(string Url, bool Ok, int? StatusCode, string? Problem, string? ContentType, long? Length, string? FinalUrl);

/// <summary>
/// Checks that a URL an agency will type into ITAS answers as an assessor would see it: without cookies, following at
/// most <see cref="MaxRedirects"/> redirects, failing on an error status, a login page, an empty page or a time-out.
/// Through the named HttpClient <see cref="ClientName"/> (timeout: Prongsai:Oit:LinkTimeoutSeconds, default 20 s).
/// Addresses inside this machine or its private network are refused unless Prongsai:Oit:LinkCheckPrivateNetworks is
/// true, so that the check cannot be used to reach the server's neighbours.
/// </summary>
public sealed partial class LinkChecker(IHttpClientFactory clients)
{
    public const string ClientName = "oit-links";
    public const string TimeoutKey = "Prongsai:Oit:LinkTimeoutSeconds";
    public const string PrivateNetworksKey = "Prongsai:Oit:LinkCheckPrivateNetworks";
    public const int MaxRedirects = 5;

    /// <summary>Enough of a page to tell a login form; the rest is not read.</summary>
    const int MaxBytesRead = 256 * 1024;

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var allowPrivate = configuration.GetValue(PrivateNetworksKey, false);
        services.AddHttpClient(ClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue(TimeoutKey, 20.0), 0.1, 120));
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Prongsai-LinkCheck/1.0");
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/pdf,*/*;q=0.8");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Redirects are followed here, one at a time, so that a redirect to a login page is seen.
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectCallback = (context, cancellationToken) => ConnectAsync(context, allowPrivate, cancellationToken),
            });
        services.AddSingleton<LinkChecker>();
    }

    public async Task<LinkResult> CheckAsync(string url, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var current) || current.Scheme is not ("http" or "https"))
        {
            return new(url, false, null, "ไม่ใช่ที่อยู่ http หรือ https (not an http or https address)", null, null, null);
        }

        var client = clients.CreateClient(ClientName);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                var status = (int)response.StatusCode;
                var final = hop == 0 ? null : current.ToString();
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (LooksLikeLogin(next))
                    {
                        return new(url, false, status, "เปลี่ยนเส้นทางไปหน้าเข้าสู่ระบบ ผู้ตรวจเปิดไม่ได้ (redirects to a login page: assessors cannot open it)", null, null, next.ToString());
                    }

                    if (hop >= MaxRedirects)
                    {
                        return new(url, false, status, $"เปลี่ยนเส้นทางเกิน {MaxRedirects} ครั้ง (more than {MaxRedirects} redirects)", null, null, next.ToString());
                    }

                    current = next;
                    continue;
                }

                var type = response.Content.Headers.ContentType?.MediaType;
                var length = response.Content.Headers.ContentLength;
                if (status is < 200 or >= 300)
                {
                    return new(url, false, status, $"เว็บไซต์ตอบ {status} {response.ReasonPhrase} (the site answers {status})", type, length, final);
                }

                var (read, head) = await ReadHeadAsync(response, cancellationToken);
                length ??= read;
                if (read == 0)
                {
                    return new(url, false, status, "หน้าว่าง ไม่มีเนื้อหา (the page is empty)", type, length, final);
                }

                if (type is "text/html" && (PasswordField().IsMatch(head) || LooksLikeLogin(current)))
                {
                    return new(url, false, status, "เป็นหน้าเข้าสู่ระบบ ผู้ตรวจเปิดไม่ได้ (a login page: assessors cannot open it)", type, length, final);
                }

                return new(url, true, status, null, type, length, final);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(url, false, null, "เว็บไซต์ไม่ตอบภายในเวลาที่กำหนด (the site did not answer in time)", null, null, null);
        }
        catch (HttpRequestException e)
        {
            var reason = e.InnerException is RefusedAddressException refused ? refused.Message : e.Message;
            return new(url, false, null, $"เชื่อมต่อเว็บไซต์ไม่ได้ (cannot connect): {reason}", null, null, null);
        }
    }

    static async Task<(long Read, string Head)> ReadHeadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBytesRead];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return (total, Encoding.UTF8.GetString(buffer, 0, total));
    }

    static bool LooksLikeLogin(Uri uri) => LoginPath().IsMatch(uri.AbsolutePath + uri.Query);

    static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var usable = addresses.Where(a => allowPrivate || IsPublic(a)).ToArray();
        if (usable.Length == 0)
        {
            throw new RefusedAddressException($"{context.DnsEndPoint.Host} is not a public address");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return true;
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] == 0);
    }

    sealed class RefusedAddressException(string message) : IOException(message);

    [GeneratedRegex("(^|[/?&=._-])(login|log-in|signin|sign-in|wp-login|auth|sso|cas/login|account/login)([/?&=._-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LoginPath();

    [GeneratedRegex("<input[^>]+type\\s*=\\s*[\"']?password", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordField();
}
