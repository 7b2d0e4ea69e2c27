using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Prongsai.Account;
using Prongsai.Shared;

namespace Prongsai.Hosting;

/// <summary>
/// Per client address: sign-in attempts (slows password guessing across accounts, which the lockout does not) and
/// the public /p/ pages (generous: a visitor never notices, a scraper in a loop does). Per API token: /api/
/// (generous too: an integration syncing its measures never notices, a runaway loop is stopped before the database),
/// and per client address on /api/ as well, ten times that by default: made-up tokens each have a bucket of their own,
/// so without it one address could try them without end.
/// </summary>
public static class RateLimits
{
    public const string LoginPerMinuteKey = "Prongsai:RateLimits:LoginPerMinute";
    public const string PublicPerMinuteKey = "Prongsai:RateLimits:PublicPerMinute";
    public const string ApiPerMinuteKey = "Prongsai:RateLimits:ApiPerMinute";
    public const string ApiPerAddressPerMinuteKey = "Prongsai:RateLimits:ApiPerAddressPerMinute";

    static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>The limits per minute: the configured ones, else the documented defaults.</summary>
    public sealed record Settings(int LoginPerMinute, int PublicPerMinute, int ApiPerMinute, int ApiPerAddressPerMinute)
    {
        public static Settings From(IConfiguration configuration)
        {
            var apiPerMinute = configuration.GetValue(ApiPerMinuteKey, 600);
            return new(
                configuration.GetValue(LoginPerMinuteKey, 20),
                configuration.GetValue(PublicPerMinuteKey, 600),
                apiPerMinute,
                configuration.GetValue(ApiPerAddressPerMinuteKey, (int)Math.Min(int.MaxValue, 10L * apiPerMinute)));
        }
    }

    public static void AddProngsaiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var (loginPerMinute, publicPerMinute, apiPerMinute, apiPerAddressPerMinute) = Settings.From(configuration);
        services.AddRateLimiter(options =>
        {
            var perAddressOnApi = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter("api from " + ClientOf(context), _ => Limit(apiPerAddressPerMinute))
                    : RateLimitPartition.GetNoLimiter(""));
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerCaller(loginPerMinute, publicPerMinute, apiPerMinute), perAddressOnApi);
            options.OnRejected = RejectAsync;
        });
    }

    static PartitionedRateLimiter<HttpContext> PerCaller(int loginPerMinute, int publicPerMinute, int apiPerMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var client = ClientOf(context);
            if (IsLoginPost(context.Request))
            {
                return RateLimitPartition.GetFixedWindowLimiter("login " + client, _ => Limit(loginPerMinute));
            }

            if (context.Request.Path.StartsWithSegments("/api"))
            {
                return RateLimitPartition.GetFixedWindowLimiter(ApiCaller(context.Request, client), _ => Limit(apiPerMinute));
            }

            return context.Request.Path.StartsWithSegments("/p")
                ? RateLimitPartition.GetFixedWindowLimiter("public " + client, _ => Limit(publicPerMinute))
                : RateLimitPartition.GetNoLimiter("");
        });

    /// <summary>The client's address, after the trusted proxies' forwarded headers are applied.</summary>
    static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    static bool IsLoginPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The token's hash, so that the limiter never holds the token itself (this runs before authentication, and a
    /// token's holder is counted whether or not the token turns out valid); calls without a token count per address.
    /// </summary>
    static string ApiCaller(HttpRequest request, string client)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? "api token " + ApiTokens.Hash(header["Bearer ".Length..].Trim())
            : "api address " + client;
    }

    static FixedWindowRateLimiterOptions Limit(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = Window, QueueLimit = 0, AutoReplenishment = true };

    static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var wholeSeconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        var seconds = wholeSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.RetryAfter = seconds;
        if (ProblemResponses.WantsJson(rejected.HttpContext.Request))
        {
            await ProblemResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                $"มีคำขอมากเกินไป กรุณารอ {seconds} วินาทีแล้วลองใหม่ (Too many requests: please wait {seconds} seconds and try again.)");
            return;
        }

        // A person gets a page in their one language (the request's UI culture is already set; /p is always Thai).
        var shown = Ui.Num(wholeSeconds);
        var (title, message) = Ui.English
            ? ("Too many requests · Prongsai", $"Too many requests: please wait {shown} seconds and try again.")
            : ("มีคำขอมากเกินไป · โปร่งใส", $"มีคำขอมากเกินไป กรุณารอ {shown} วินาทีแล้วลองใหม่");
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{Ui.Lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body>" +
            $"<h1>{message}</h1></body></html>", cancellation);
    }
}
