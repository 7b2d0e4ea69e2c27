using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Web.Tests;

/// <summary>Every response says what the browser may run and frame; sign-in attempts are limited per address.</summary>
public abstract class SecurityHeadersBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/p/banchang")]
    [InlineData("/p/banchang/2566/progress")]
    [InlineData("/p/banchang/2566/progress.xlsx")]
    [InlineData("/assets/thai-date.js")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await App.Anonymous().GetAsync(url);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_load_no_inline_script_that_the_policy_would_block()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var measureId = await CreateMeasureAsync("สคริปต์");
        foreach (var url in new[] { "/a/banchang/measures", $"/a/banchang/measures/{measureId}/edit", $"/a/banchang/measures/{measureId}/progress", "/a/banchang/dashboard", "/p/banchang/2566/progress" })
        {
            var html = await client.GetStringAsync(url);
            foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"))
            {
                Assert.Matches("src=\"/assets/[a-z-]+\\.js\"", script.Value);
            }

            Assert.DoesNotMatch(" on[a-z]+=\"", html);
        }
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_proxy_says_the_request_came_over_https()
    {
        var client = App.Anonymous();
        var plain = await client.GetAsync("/account/login");
        Assert.DoesNotContain(plain.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // TestServer's client has no address, which ASP.NET Core treats as loopback: a proxy on this machine.
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        var proxied = await App.Anonymous().SendAsync(request);
        Assert.Contains(proxied.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_429_with_retry_after()
    {
        using var limited = App.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.LoginPerMinuteKey, "3"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var form = await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = "nobody@test.example", ["Password"] = "wrong-password-1" });
            var response = await client.PostAsync("/account/login", form);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(Header(response, "Retry-After"), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
                var body = await response.Content.ReadAsStringAsync();
                // A person's refusal stays a page; the API's is problem details (ApiRateLimitBehaviour).
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                // One language at a time: a visitor who chose nothing gets Thai only.
                Assert.Contains("มีคำขอมากเกินไป", body);
                Assert.DoesNotContain("Too many requests", body);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Reading the login page is not an attempt: it is still served.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri}: no {name} header");
}

public sealed class SqliteSecurityHeadersTests(SqliteApp app) : SecurityHeadersBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresSecurityHeadersTests(PostgresApp app) : SecurityHeadersBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
