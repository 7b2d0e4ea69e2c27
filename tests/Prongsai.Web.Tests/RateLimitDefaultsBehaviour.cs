using System.Net;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using Prongsai.Hosting;

namespace Prongsai.Web.Tests;

/// <summary>
/// The rate limits as the README documents them, on an app that keeps the defaults (every other web test raises
/// them out of its way). Each limit gets an app of its own: TestServer's requests all come from one address, so the
/// limits would otherwise share their buckets.
/// </summary>
public sealed class RateLimitDefaultsBehaviour
{
    [Fact]
    public void The_defaults_are_20_sign_ins_600_public_600_per_token_and_6000_per_address_a_minute()
    {
        var none = new ConfigurationBuilder().Build();

        Assert.Equal(new RateLimits.Settings(20, 600, 600, 6000), RateLimits.Settings.From(none));
    }

    [Fact]
    public void The_address_limit_follows_a_configured_token_limit_unless_it_is_set_itself()
    {
        var tokens = new ConfigurationBuilder().AddInMemoryCollection([new(RateLimits.ApiPerMinuteKey, "50")]).Build();
        var both = new ConfigurationBuilder().AddInMemoryCollection([new(RateLimits.ApiPerMinuteKey, "50"), new(RateLimits.ApiPerAddressPerMinuteKey, "70")]).Build();

        Assert.Equal(new RateLimits.Settings(20, 600, 50, 500), RateLimits.Settings.From(tokens));
        Assert.Equal(new RateLimits.Settings(20, 600, 50, 70), RateLimits.Settings.From(both));
    }

    [Fact]
    public async Task The_21st_sign_in_attempt_in_a_minute_is_refused()
    {
        using var app = new DocumentedLimitsApp();
        var client = app.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 21; attempt++)
        {
            var form = await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = "nobody@test.example", ["Password"] = "wrong-password-1" });
            statuses.Add((await client.PostAsync("/account/login", form)).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 20), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_601st_public_request_in_a_minute_is_refused_and_other_pages_are_not_counted()
    {
        using var app = new DocumentedLimitsApp();
        var client = app.Anonymous();

        var statuses = await StatusesAsync(client, 601, _ => "/p/banchang/2566/progress/v1.json");

        Assert.Equal(600, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task The_601st_call_with_one_token_in_a_minute_is_refused()
    {
        using var app = new DocumentedLimitsApp();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pst_not-a-real-token");

        // A made-up token is counted like a real one (the limiter runs before authentication): 401s, then the 429.
        var statuses = await StatusesAsync(client, 601, _ => "/api/v1/agencies");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 600), HttpStatusCode.TooManyRequests], statuses);
    }

    // 6,001 calls through the app do not fit in the minute's window on a loaded 2-core machine, so the limiter the
    // app builds is asked directly, as the middleware asks it; ApiRateLimitBehaviour shows the middleware's 429.
    [Fact]
    public void The_6001st_api_call_from_one_address_in_a_minute_is_refused_whatever_tokens_it_carries()
    {
        var services = new ServiceCollection();
        services.AddProngsaiRateLimits(new ConfigurationBuilder().Build());
        var limiter = services.BuildServiceProvider().GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;

        // Eleven made-up tokens keep each token under its own 600, so only the address's bucket can run out.
        var acquired = Enumerable.Range(0, 6000).Count(i => Acquire(limiter, "10.0.0.1", $"pst_made-up-{i % 11}"));

        Assert.Equal(6000, acquired);
        Assert.False(Acquire(limiter, "10.0.0.1", "pst_a-fresh-token"));
        Assert.True(Acquire(limiter, "10.0.0.2", "pst_a-fresh-token"));
    }

    static bool Acquire(PartitionedRateLimiter<HttpContext> limiter, string address, string token)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/api/v1/agencies";
        context.Request.Headers.Authorization = "Bearer " + token;
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        using var lease = limiter.AttemptAcquire(context);
        return lease.IsAcquired;
    }

    static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, int count, Func<int, string> url)
    {
        var statuses = new List<HttpStatusCode>(count);
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync(url(i));
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
