using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Web.Tests;

/// <summary>Each API token has its own limit per minute: a runaway client is stopped with a 429, the others go on.</summary>
public abstract class ApiRateLimitBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task A_token_over_its_limit_gets_a_429_problem_with_retry_after_and_another_token_is_not_affected()
    {
        using var limited = App.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.ApiPerMinuteKey, "3"));
        var runaway = Client(limited, await TokenForAsync(Roles.Editor));
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var call = 0; call < 5; call++)
        {
            var response = await runaway.GetAsync("/api/v1/agencies");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var problem = await Problems.AssertAsync(refused!, HttpStatusCode.TooManyRequests, "มีคำขอมากเกินไป", "Too many requests");
        var wait = refused!.Headers.RetryAfter?.Delta;
        Assert.True(wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1), $"Retry-After: {wait}");
        Assert.Contains(((int)wait!.Value.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString());

        var other = Client(limited, await TokenForAsync(Roles.Editor));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/agencies")).StatusCode);
        // People's pages are not counted against the API's limit.
        Assert.Equal(HttpStatusCode.OK, (await limited.CreateClient().GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task Made_up_tokens_from_one_address_are_stopped_by_the_address_limit()
    {
        using var limited = App.WithWebHostBuilder(builder => builder.UseSetting(RateLimits.ApiPerAddressPerMinuteKey, "4"));
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 6; guess++)
        {
            statuses.Add((await Client(limited, $"pst_guess{guess}").GetAsync("/api/v1/agencies")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    static HttpClient Client(WebApplicationFactory<Program> app, string token)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class SqliteApiRateLimitTests(SqliteApp app) : ApiRateLimitBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresApiRateLimitTests(PostgresApp app) : ApiRateLimitBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
