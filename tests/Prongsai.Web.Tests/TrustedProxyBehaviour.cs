using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Hosting;

namespace Prongsai.Web.Tests;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed from a proxy on this machine and from the configured proxies,
/// from nobody else. TestServer has no network, so <see cref="PeerAddress"/> plays the TCP peer's address and reports
/// the client address the application settled on; the secure cookie is the application's own behaviour.
/// </summary>
public abstract class TrustedProxyBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Theory]
    [InlineData("192.0.2.7", true)]
    [InlineData("10.20.5.6", true)]
    [InlineData("::ffff:10.20.5.6", true)]
    [InlineData("198.51.100.20", false)]
    [InlineData("10.21.0.1", false)]
    public async Task Forwarded_headers_are_honoured_from_a_configured_proxy_only(string peer, bool honoured)
    {
        using var proxied = Proxied("192.0.2.7, 10.20.0.0/16");

        var (client, secure) = await SignInPageAsync(proxied, peer, "203.0.113.9", "https");

        Assert.Equal(honoured ? "203.0.113.9" : IPAddress.Parse(peer).ToString(), client);
        Assert.Equal(honoured, secure);
    }

    [Fact]
    public async Task Without_the_setting_only_a_proxy_on_this_machine_is_trusted()
    {
        using var plain = Proxied(null);

        Assert.Equal(("192.0.2.7", false), await SignInPageAsync(plain, "192.0.2.7", "203.0.113.9", "https"));
        Assert.Equal(("203.0.113.9", true), await SignInPageAsync(plain, "127.0.0.1", "203.0.113.9", "https"));
    }

    [Fact]
    public async Task A_chain_of_trusted_proxies_is_followed_back_to_the_first_address_that_is_not_one()
    {
        using var proxied = Proxied("10.20.0.0/16");

        // The client sent a made-up X-Forwarded-For; the two proxies appended what they saw.
        var (client, _) = await SignInPageAsync(proxied, "10.20.0.1", "198.51.100.66, 203.0.113.9, 10.20.0.9", "https");

        Assert.Equal("203.0.113.9", client);
    }

    [Theory]
    [InlineData("10.0.0")]
    [InlineData("10.0.0.0/33")]
    [InlineData("proxy.internal")]
    public void An_unreadable_entry_stops_the_start_naming_it(string entry)
    {
        var error = Assert.Throws<SettingException>(() => TrustedProxies.Parse($"127.0.0.1, {entry}"));
        Assert.Contains(entry, error.Message);
    }

    WebApplicationFactory<Program> Proxied(string? trusted) => App.WithWebHostBuilder(builder =>
    {
        builder.UseSetting(TrustedProxies.Key, trusted ?? "");
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
    });

    static async Task<(string Client, bool SecureCookie)> SignInPageAsync(WebApplicationFactory<Program> app, string peer, string forwardedFor, string forwardedProto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add(PeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var secure = response.Headers.GetValues("Set-Cookie").Any(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        return (string.Join(",", response.Headers.GetValues(PeerAddress.ClientHeader)), secure);
    }

    /// <summary>Runs before the application: sets the peer address, and shows the client address the application used.</summary>
    sealed class PeerAddress : IStartupFilter
    {
        public const string Header = "X-Test-Peer-Address";
        public const string ClientHeader = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].ToString());
                context.Request.Headers.Remove(Header);
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[ClientHeader] = context.Connection.RemoteIpAddress?.ToString();
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class SqliteTrustedProxyTests(SqliteApp app) : TrustedProxyBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresTrustedProxyTests(PostgresApp app) : TrustedProxyBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
