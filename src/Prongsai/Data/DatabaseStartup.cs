using Microsoft.EntityFrameworkCore;

namespace Prongsai.Data;

/// <summary>On start: creates and migrates the database, then loads the demo agency on the very first start.</summary>
public sealed class DatabaseStartup(IServiceProvider services, StartupConsole console) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var startup = await StartupLock.AcquireAsync(services.GetRequiredService<Hosting.DataSettings>(), cancellationToken);
        await MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var password = await DemoSeed.EnsureAsync(scope.ServiceProvider, cancellationToken);
        if (password is not null)
        {
            console.Out.WriteLine("ติดตั้งหน่วยงานตัวอย่าง ทต.บ้านฉาง แล้ว / Demo agency ทต.บ้านฉาง loaded.");
            console.Out.WriteLine($"ผู้ดูแลหน่วยงาน / agency administrator: {DemoSeed.AdminEmail}");
            console.Out.WriteLine($"รหัสผ่านครั้งเดียว (แสดงครั้งเดียว ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งแรก) / one-time password (shown once; to be changed at the first sign-in): {password}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        Hosting.PrivateStorage.Prepare(services.GetRequiredService<Hosting.DataSettings>());
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProngsaiDb>().Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Where start-up messages go: the terminal for `prongsai serve`.</summary>
public sealed record StartupConsole(TextWriter Out);
