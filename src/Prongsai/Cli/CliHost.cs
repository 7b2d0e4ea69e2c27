using Prongsai.Audit;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Cli;

/// <summary>The application's services without the web server, for commands that change data.</summary>
static class CliHost
{
    public static async Task<T> RunAsync<T>(string? data, string? db, string? evidence, string actor, Func<IServiceProvider, Task<T>> work)
    {
        string[] hostArgs = evidence is { Length: > 0 } ? [$"--{DataSettings.EvidenceKey}={evidence}"] : [];
        var builder = WebApp.CreateBuilder(hostArgs, data, db, TextWriter.Null);
        await using var app = builder.Build();
        await using (await StartupLock.AcquireAsync(app.Services.GetRequiredService<DataSettings>(), CancellationToken.None))
        {
            await DatabaseStartup.MigrateAsync(app.Services);
        }
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().Use(actor);
        return await work(scope.ServiceProvider);
    }
}
