using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
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
    readonly int _port = FreePort();
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => $"http://127.0.0.1:{_port}";

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
        UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        StartServer();
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<string> CreateAdminAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        var email = $"analyst-{Guid.NewGuid():N}@banchang.example";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, Role = Roles.Admin, AgencyId = agency.Id };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password);
        Assert.True(result.Succeeded);
        return email;
    }

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

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
