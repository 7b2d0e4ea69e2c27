using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Prongsai.Hosting;
using Prongsai.Thai;

namespace Prongsai.Web.Tests;

/// <summary>
/// What each limit counts, on small configured limits: a way around a limit (another letter case, another spelling
/// of the scheme, a zero in the settings) is a way to guess passwords or scrape without end.
/// </summary>
public sealed class RateLimitRulesBehaviour
{
    [Fact]
    public async Task Sign_in_posts_count_together_in_any_letter_case_and_reading_the_page_does_not_count()
    {
        using var documented = new DocumentedLimitsApp();
        using var app = documented.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.LoginPerMinuteKey, "3"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var pages = new List<HttpStatusCode>();
        for (var read = 0; read < 5; read++)
        {
            pages.Add((await client.GetAsync("/account/login")).StatusCode);
        }

        var attempts = new List<HttpStatusCode>();
        foreach (var path in new[] { "/account/login", "/Account/Login", "/ACCOUNT/LOGIN", "/account/Login" })
        {
            var form = await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = "nobody@test.example", ["Password"] = "wrong-password-1" });
            attempts.Add((await client.PostAsync(path, form)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5), pages);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], attempts);
    }

    [Fact]
    public async Task A_token_is_counted_as_one_however_its_scheme_and_spaces_are_written()
    {
        using var documented = new DocumentedLimitsApp();
        using var app = documented.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.ApiPerMinuteKey, "2"));
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var header in new[] { "Bearer pst_made-up", "bearer pst_made-up", "BEARER  pst_made-up " })
        {
            statuses.Add(await ApiStatusAsync(client, header));
        }

        // Another token and calls without one have buckets of their own.
        statuses.Add(await ApiStatusAsync(client, "Bearer pst_another"));
        statuses.Add(await ApiStatusAsync(client, null));
        statuses.Add(await ApiStatusAsync(client, null));
        statuses.Add(await ApiStatusAsync(client, null));

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests,
             HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Fact]
    public async Task The_per_address_limit_counts_api_calls_only()
    {
        using var documented = new DocumentedLimitsApp();
        using var app = documented.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.ApiPerAddressPerMinuteKey, "2"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var pages = new List<HttpStatusCode>();
        for (var read = 0; read < 4; read++)
        {
            pages.Add((await client.GetAsync("/account/login")).StatusCode);
        }

        var calls = new List<HttpStatusCode>();
        for (var call = 0; call < 3; call++)
        {
            calls.Add(await ApiStatusAsync(client, null));
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 4), pages);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], calls);
    }

    [Fact]
    public async Task A_limit_set_to_zero_still_lets_one_request_a_minute_through_and_a_person_is_refused_with_a_page()
    {
        using var documented = new DocumentedLimitsApp();
        using var app = documented.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.PublicPerMinuteKey, "0"));
        var client = app.CreateClient();

        var first = await client.GetAsync("/p/banchang/2566/progress/v1.json");
        var second = await client.GetAsync("/p/banchang/2566/progress/v1.json");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var seconds = int.Parse(string.Join("", second.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        Assert.Equal("text/html", second.Content.Headers.ContentType?.MediaType);
        var page = await second.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html><html lang=\"th\">", page);
        Assert.Contains("<title>มีคำขอมากเกินไป · โปร่งใส</title>", page);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", page);
        Assert.Contains($"<h1>มีคำขอมากเกินไป กรุณารอ {ThaiDigits.ToThai(seconds)} วินาทีแล้วลองใหม่</h1>", page);
        Assert.DoesNotContain("please wait", page);
    }

    [Fact]
    public async Task A_person_who_chose_english_is_refused_in_english_only()
    {
        using var documented = new DocumentedLimitsApp();
        using var app = documented.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.LoginPerMinuteKey, "0"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        using var form = new FormUrlEncodedContent([]);
        await client.PostAsync("/account/login", form);
        var refused = await client.PostAsync("/account/login", form);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = string.Join("", refused.Headers.GetValues("Retry-After"));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", page);
        Assert.Contains("<title>Too many requests · Prongsai</title>", page);
        Assert.Contains($"<h1>Too many requests: please wait {seconds} seconds and try again.</h1>", page);
        Assert.DoesNotMatch("[\u0E00-\u0E7F]", page);
    }

    static async Task<HttpStatusCode> ApiStatusAsync(HttpClient client, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agencies");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
