using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Prongsai.Hosting;

namespace Prongsai.Cli;

/// <summary>`prongsai serve [--urls URL] [--data DIR] [--db CONN]`: the web application.</summary>
static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(TextWriter output)
    {
        var options = new DataOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => DefaultUrl };
        var command = new Command("serve", "Start the web application (SQLite under ./data, demo agency on first start)") { urls };
        options.AddTo(command);
        // Host settings (--environment=…, --contentRoot=…) pass through to ASP.NET Core, as WebApplicationFactory sends them.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string[] hostArgs = [.. parseResult.UnmatchedTokens, $"--urls={parseResult.GetValue(urls)}"];
            if (parseResult.GetValue(options.Evidence) is { Length: > 0 } evidence)
            {
                hostArgs = [.. hostArgs, $"--{DataSettings.EvidenceKey}={evidence}"];
            }

            var builder = WebApp.CreateBuilder(hostArgs, parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), output);
            await using var app = WebApp.Build(builder);
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                output.WriteLine($"Prongsai พร้อมใช้งานที่ / listening on {address}");
            }

            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Fine;
        });
        return command;
    }

    /// <summary>WebApplicationFactory starts the entry point with host settings only (--contentRoot=…); that means serve.</summary>
    public static bool IsHostSettingsOnly(string[] args) =>
        args.Length > 0 && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal));
}
