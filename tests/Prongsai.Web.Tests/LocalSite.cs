using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Prongsai.Web.Tests;

/// <summary>
/// An agency website on 127.0.0.1 for the link check: a page, a missing page, a page behind a login, a login form
/// reached by a redirect that does not say "login", and a page that never answers in time.
/// </summary>
public sealed class LocalSite : IAsyncDisposable
{
    readonly WebApplication _app;

    LocalSite(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public string BaseUrl { get; }

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/ita/o1", () => Results.Content("<html><body><h1>โครงสร้าง</h1></body></html>", "text/html; charset=utf-8"));
        app.MapGet("/ita/old", () => Results.Redirect("/ita/o1"));
        app.MapGet("/ita/private", () => Results.Redirect("/user/login?next=/ita/private"));
        app.MapGet("/ita/members", () => Results.Redirect("/members"));
        app.MapGet("/members", () => Results.Content("<form><input name=u><input type=\"password\" name=p></form>", "text/html"));
        app.MapGet("/ita/slow", async (CancellationToken cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalSite(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
