using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Programs get errors as application/problem+json with a Thai and English title; people keep the HTML pages.</summary>
public abstract class ProblemDetailsBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task Api_errors_are_problem_json_in_thai_and_english()
    {
        var anonymous = await App.Anonymous().GetAsync("/api/v1/agencies");
        var unauthorized = await Problems.AssertAsync(anonymous, HttpStatusCode.Unauthorized, "ต้องยืนยันตัวตน", "Authentication required");
        Assert.Contains("Bearer", unauthorized.GetProperty("detail").GetString());
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());

        var client = await ApiClientAsync(Roles.Editor);
        await Problems.AssertAsync(await client.GetAsync("/api/v1/agencies/no-such-agency"), HttpStatusCode.NotFound, "ไม่พบ", "Not found");
        await Problems.AssertAsync(await client.PostAsJsonAsync("/api/v1/agencies", new { slug = "x", name = "x", type = "x" }), HttpStatusCode.Forbidden, "ไม่มีสิทธิ์", "Not allowed");
        var unreadable = new StringContent("{\"slug\": ", System.Text.Encoding.UTF8, "application/json");
        await Problems.AssertAsync(await client.PostAsync("/api/v1/agencies", unreadable), HttpStatusCode.BadRequest, "คำขอไม่ถูกต้อง", "Bad request");
        // No endpoint: the sign-in redirect meant for browsers becomes a 401 too.
        await Problems.AssertAsync(await App.Anonymous().GetAsync("/api/v2/nothing"), HttpStatusCode.Unauthorized, "ต้องยืนยันตัวตน", "Authentication required");
    }

    [Fact]
    public async Task A_cut_multipart_body_for_a_progress_update_is_a_400_problem_and_nothing_is_written()
    {
        var client = await ApiClientAsync(Roles.Admin);
        var measure = await App.WithDbAsync(db => db.Measures.Where(m => db.Agencies.Any(a => a.Id == m.AgencyId && a.Slug == "banchang")).Select(m => m.Id).FirstAsync());
        var before = await App.WithDbAsync(db => db.ProgressUpdates.CountAsync());
        var body = new StringContent("--cut\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nครึ่งเดียว", System.Text.Encoding.UTF8);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        var response = await client.PostAsync($"/api/v1/agencies/banchang/measures/{measure}/updates", body);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "คำขอไม่ถูกต้อง", "Bad request");
        Assert.Contains("form could not be read", problem.GetRawText());
        Assert.Equal(before, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync()));
    }

    [Fact]
    public async Task Pages_keep_the_html_error_page_unless_the_client_asks_for_json()
    {
        var person = await App.SignedInAsync(Roles.Admin);
        var page = await person.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ไม่พบหน้านี้", await page.Content.ReadAsStringAsync());

        var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.ParseAdd("application/json");
        await Problems.AssertAsync(await person.SendAsync(request), HttpStatusCode.NotFound, "ไม่พบหน้านี้", "Not found");

        // Signed out: a browser goes to the sign-in page, a program gets a 401.
        Assert.Equal(HttpStatusCode.Redirect, (await App.Anonymous().GetAsync("/a/banchang/measures")).StatusCode);
        var program = new HttpRequestMessage(HttpMethod.Get, "/a/banchang/measures");
        program.Headers.Accept.ParseAdd("application/json");
        await Problems.AssertAsync(await App.Anonymous().SendAsync(program), HttpStatusCode.Unauthorized, "ต้องยืนยันตัวตน", "Authentication required");
    }

    [Fact]
    public async Task A_database_that_refuses_connections_is_a_503_problem_for_the_api_and_the_503_page_for_people()
    {
        var refusal = new RefusingDatabase();
        using var app = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<ProngsaiDb>(options => options.AddInterceptors(refusal))));
        var token = await TokenForAsync(Roles.Editor);
        var api = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var person = await SignInAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/agencies")).StatusCode);

        refusal.Refusing = true;
        var unavailable = await api.GetAsync("/api/v1/agencies");
        var problem = await Problems.AssertAsync(unavailable, HttpStatusCode.ServiceUnavailable, "ฐานข้อมูล", "The database is briefly unavailable");
        Assert.Equal(TimeSpan.FromSeconds(5), unavailable.Headers.RetryAfter?.Delta);
        Assert.Contains("Nothing was half-saved", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Socket", problem.GetRawText());
        Assert.DoesNotContain("   at ", problem.GetRawText());

        var page = await person.GetAsync("/a/banchang/measures");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("ระบบฐานข้อมูลไม่พร้อมใช้งานชั่วคราว", await page.Content.ReadAsStringAsync());

        refusal.Refusing = false;
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/agencies")).StatusCode);
    }

    async Task<HttpClient> ApiClientAsync(string role)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(role));
        return client;
    }

    async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> app)
    {
        var user = await App.CreateUserAsync(Roles.Admin);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = user.Email!, ["Password"] = AppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/login", form)).StatusCode);
        return client;
    }

    /// <summary>A database server that refuses connections while <see cref="Refusing"/>, as PostgreSQL does while it restarts.</summary>
    sealed class RefusingDatabase : DbConnectionInterceptor
    {
        public volatile bool Refusing;

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            Refusing ? throw new SocketException((int)SocketError.ConnectionRefused) : result;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default) =>
            Refusing ? throw new SocketException((int)SocketError.ConnectionRefused) : ValueTask.FromResult(result);
    }
}

/// <summary>What every problem answer must be.</summary>
public static class Problems
{
    /// <summary>The response is application/problem+json with the status, and a title in Thai and English.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string thai, string english)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var title = problem.GetProperty("title").GetString()!;
        Assert.Contains(thai, title);
        Assert.Contains(english, title);
        Assert.True(title.IndexOf(thai, StringComparison.Ordinal) < title.IndexOf(english, StringComparison.Ordinal), $"Thai first: {title}");
        return problem;
    }
}

public sealed class SqliteProblemDetailsTests(SqliteApp app) : ProblemDetailsBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresProblemDetailsTests(PostgresApp app) : ProblemDetailsBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
