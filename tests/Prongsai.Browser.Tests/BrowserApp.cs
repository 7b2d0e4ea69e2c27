using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Browser.Tests;

/// <summary>The real application on Kestrel at a random 127.0.0.1 port, driven by Debian's Chromium.</summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Correct-horse-42";

    readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "prongsai-browser-tests", Guid.NewGuid().ToString("N"));
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where Kestrel listens: port 0 is bound and the port the system gave is read back, never picked beforehand.</summary>
    public string BaseUrl { get; private set; } = "";

    public string Screenshots { get; } = Environment.GetEnvironmentVariable("PRONGSAI_TEST_OUTPUT") is { Length: > 0 } output
        ? Path.Combine(output, "screenshots")
        : Path.Combine(Path.GetTempPath(), "prongsai-screenshots");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DataSettings.DataKey, _dataDirectory);
        builder.UseSetting(DataSettings.DbKey, "");
        builder.UseEnvironment("Production");
    }

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public Task<string> CreateAdminAsync() => CreateUserAsync(Roles.Admin);

    /// <summary>A new user of the demo agency; returns the email (the password is <see cref="Password"/>).</summary>
    public async Task<string> CreateUserAsync(string role, string? unit = null)
    {
        return await CreateUserAsync(role, unit, inAgency: true);
    }

    /// <summary>As above; <paramref name="inAgency"/> false for the installation's own roles (oversight, system administrator).</summary>
    public async Task<string> CreateUserAsync(string role, string? unit, bool inAgency)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        var email = $"{role}-{Guid.NewGuid():N}@banchang.example";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, Role = role, AgencyId = inAgency ? agency.Id : null, UnitName = unit };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password);
        Assert.True(result.Succeeded);
        return email;
    }

    public async Task<T> WithDbAsync<T>(Func<ProngsaiDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProngsaiDb>());
    }

    /// <summary>A fresh browser context (its own cookies) signed in as <paramref name="email"/>, on the page the app sends them to.</summary>
    public Task<IPage> SignInAsync(string email, int width = 1280) => SignInAsync(email, Context(width));

    /// <summary>As above, in a context made with <paramref name="options"/> (no script, CSP bypassed for axe …).</summary>
    public async Task<IPage> SignInAsync(string email, BrowserNewContextOptions options)
    {
        var page = await NewPageAsync(options);
        await SignInOnAsync(page, email, Password);
        return page;
    }

    /// <summary>
    /// A page in its own context, with timeouts that allow for CI: the test projects run side by side on two cores,
    /// and Playwright's 30 s default was once reached by a sign-in that had already succeeded.
    /// </summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? Context());
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Fills the sign-in form on <paramref name="page"/> and waits until the browser has committed to the next page.
    /// Only the commit: under CI load Playwright twice missed a later lifecycle event of the landing page (load, then
    /// DOMContentLoaded) although the page was there; what callers do next (navigate, locate) waits on its own.
    /// </summary>
    public async Task SignInOnAsync(IPage page, string email, string password)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await page.GotoAsync($"{BaseUrl}/account/login");
        }

        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>A browser as a Thai user has it: Thai first in Accept-Language (Chromium's own default is en-US).</summary>
    public static BrowserNewContextOptions Context(int width = 1280) =>
        new() { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "th-TH" };

    public new async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
