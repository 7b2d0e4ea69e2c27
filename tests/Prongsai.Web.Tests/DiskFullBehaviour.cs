using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>
/// A full disk while uploading, made real with a 1 MB tmpfs mounted over the evidence and upload folders (the
/// tests run as root, as ./test.sh does): a clear 507, no row, no partial file.
/// </summary>
public abstract class DiskFullBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static readonly byte[] TwoMegabytePdf = [.. "%PDF-1.4\n"u8, .. new byte[2 * 1024 * 1024], .. "\n%%EOF\n"u8];

    [Fact]
    public async Task Evidence_that_does_not_fit_on_the_disk_is_a_clear_507_and_nothing_is_written()
    {
        var id = await CreateMeasureAsync("ดิสก์เต็ม");
        var admin = await App.SignedInAsync(Roles.Admin);
        var evidence = Path.Combine(App.DataDirectory, "evidence");
        await using var full = await SmallDisk.MountAsync(evidence);

        var response = await ProgressForms.RecordProgressAsync(admin, id, "แนบไฟล์ตอนดิสก์เต็ม", files: [("big.pdf", TwoMegabytePdf)]);

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("พื้นที่จัดเก็บ", page);
        Assert.Empty(Directory.GetFiles(evidence));
        Assert.Equal(0, await App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.MeasureId == id)));
    }

    [Fact]
    public async Task An_import_upload_that_does_not_fit_is_a_clear_507_and_leaves_no_partial_file()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var agencyId = await App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == DemoSeed.Slug).Select(a => a.Id).SingleAsync());
        var uploads = Path.Combine(App.DataDirectory, "uploads", agencyId.ToString("N"));
        Directory.CreateDirectory(uploads);
        await using var full = await SmallDisk.MountAsync(uploads);
        var text = System.Text.Encoding.UTF8.GetString(await ImportForms.SeedAsync());
        var big = System.Text.Encoding.UTF8.GetBytes(text + new string('\n', 2 * 1024 * 1024));

        var response = await ImportForms.UploadAsync(admin, big, "big.txt");

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Contains("จึงยังไม่ได้บันทึกรายการนี้", await response.Content.ReadAsStringAsync());
        Assert.Empty(Directory.GetFiles(uploads));
    }
}

/// <summary>A 1 MB tmpfs over a folder for the life of the object.</summary>
sealed class SmallDisk : IAsyncDisposable
{
    readonly string _folder;

    SmallDisk(string folder) => _folder = folder;

    public static async Task<SmallDisk> MountAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var mounted = await RunAsync("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder);
        Assert.True(mounted.ExitCode == 0, $"mount -t tmpfs failed (the disk-full tests need root, as ./test.sh runs them): {mounted.Error}");
        return new SmallDisk(folder);
    }

    public async ValueTask DisposeAsync() => await RunAsync("umount", "-l", _folder);

    static async Task<(int ExitCode, string Error)> RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true }) ?? throw new InvalidOperationException($"{program} did not start");
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, error);
    }
}

public sealed class SqliteDiskFullTests(SqliteApp app) : DiskFullBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDiskFullTests(PostgresApp app) : DiskFullBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
