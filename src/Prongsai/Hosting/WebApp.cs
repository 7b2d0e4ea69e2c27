using Microsoft.Extensions.FileProviders;
using Prongsai.Account;
using Prongsai.Agencies;
using Prongsai.Api;
using Prongsai.Data;
using Prongsai.Oversight;
using Prongsai.Progress;
using Prongsai.Publishing;
using Prongsai.Shared;

namespace Prongsai.Hosting;

/// <summary>Wires the features together; the features themselves live in their folders.</summary>
public static class WebApp
{
    /// <summary>A builder with every service registered. <paramref name="data"/> and <paramref name="db"/> override configuration.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] hostArgs, string? data, string? db, TextWriter console)
    {
        var builder = WebApplication.CreateBuilder(hostArgs);
        if (data is not null)
        {
            builder.Configuration[DataSettings.DataKey] = data;
        }

        if (db is not null)
        {
            builder.Configuration[DataSettings.DbKey] = db;
        }

        // Every SQL statement at Information drowns the start-up messages.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddSingleton(new StartupConsole(console));
        builder.Services.AddProngsaiData(builder.Configuration);
        builder.Services.AddProngsaiWeb();
        builder.Services.AddProngsaiLocalization();
        builder.Services.AddProngsaiRateLimits(builder.Configuration);
        builder.Services.AddProngsaiTrustedProxies(builder.Configuration);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        // Behind a reverse proxy (TrustedProxies): the client's address for the rate limits and the scheme for secure
        // cookies come from X-Forwarded-For / X-Forwarded-Proto.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseErrorResponses();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Assets")),
            RequestPath = "/assets",
        });
        app.UseRequestLocalization();
        app.UseYearMemory();
        app.UseRateLimiter();
        // Every request starts with no agency in scope; the /a/{slug} and API agency groups resolve one.
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<Data.CurrentAgency>().Restrict();
            return next(context);
        });
        app.UseAuthentication();
        app.UseForcedPasswordChange();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapGet("/healthz", () => TypedResults.Ok("ok")).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        app.MapAccountEndpoints();
        app.MapLanguageSwitch();
        app.MapPublicDocuments();
        var agency = app.MapGroup("/a/{slug}").RequireAgencyScope();
        agency.MapEvidence();
        agency.MapSubmissionDocument();
        Prongsai.Oit.OitEndpoints.MapOit(app, agency);
        app.MapOversightExports();
        app.MapApi();
        return app;
    }
}
