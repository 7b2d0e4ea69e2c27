using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Prongsai.Cli;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Progress;

namespace Prongsai.Web.Tests;

/// <summary>
/// Files that failed writes leave in the evidence folder go once they are old enough; everything a row references,
/// everything recent and every name the application did not write stays. Each test sweeps a folder of its own.
/// </summary>
public abstract class EvidenceSweepBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    static readonly TimeSpan Month = TimeSpan.FromDays(30);

    sealed record Folder(string Path, string Referenced, string Unreferenced, string Recent, string OldTemporary, string RecentTemporary, string[] NotOurs);

    [Fact]
    public async Task The_sweep_removes_old_unreferenced_files_and_old_temporary_files_and_nothing_else()
    {
        var folder = await FolderAsync();

        var removed = await App.WithDbAsync(db => Sweep(folder.Path).RunAsync(db));

        Assert.Equal(
            [(folder.OldTemporary, 20L, true), (folder.Unreferenced, 72L, false)],
            removed.Select(r => (r.Name, r.Bytes, r.Temporary)).OrderBy(r => r.Name, StringComparer.Ordinal));
        AssertSwept(folder);
    }

    [Fact]
    public async Task The_command_sweeps_the_same_way_and_prints_what_it_removed()
    {
        var folder = await FolderAsync();
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(
            ["evidence", "sweep", "--data", App.Settings.DataDirectory, "--evidence", folder.Path,
                .. App.Settings.UsesPostgres ? new[] { "--db", App.Settings.PostgresConnection! } : []],
            output, output);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains($"unreferenced {folder.Unreferenced} 72 bytes", output.ToString());
        Assert.Contains($"temporary {folder.OldTemporary} 20 bytes", output.ToString());
        Assert.Contains("ลบไฟล์หลักฐานที่ไม่มีรายการอ้างอิง 1 ไฟล์ (72 ไบต์) และไฟล์ชั่วคราว 1 ไฟล์ (20 ไบต์)", output.ToString());
        Assert.Contains("removed 1 unreferenced evidence files (72 bytes) and 1 temporary files (20 bytes)", output.ToString());
        AssertSwept(folder);
    }

    [Fact]
    public async Task The_background_service_sweeps_the_evidence_folder_shortly_after_start()
    {
        var evidence = Path.Combine(App.DataDirectory, "evidence");
        Directory.CreateDirectory(evidence);
        var orphan = Stored(evidence, TimeSpan.FromHours(25));
        var recent = Stored(evidence, TimeSpan.FromHours(1));
        var sweeper = new EvidenceSweeper(App.Services.GetRequiredService<IServiceScopeFactory>(), new HurriedClock(),
            new ConfigurationBuilder().Build(), NullLogger<EvidenceSweeper>.Instance);

        await sweeper.StartAsync(CancellationToken.None);
        for (var wait = 0; wait < 100 && File.Exists(Path.Combine(evidence, orphan)); wait++)
        {
            await Task.Delay(100);
        }

        await sweeper.StopAsync(CancellationToken.None);
        Assert.False(File.Exists(Path.Combine(evidence, orphan)), "the sweep did not run");
        Assert.True(File.Exists(Path.Combine(evidence, recent)));
    }

    [Fact]
    public async Task Storing_content_that_is_already_there_makes_it_recent_so_the_sweep_waits_for_its_new_row()
    {
        var folder = NewFolder();
        var files = new EvidenceFiles(App.Settings with { SharedEvidenceDirectory = folder });
        var content = Encoding.UTF8.GetBytes("%PDF-1.4\n" + Guid.NewGuid() + "\n%%EOF\n");
        var hash = await files.StoreAsync(Upload(content), CancellationToken.None);
        // Its first row was never written (say the process was killed), long ago.
        File.SetLastWriteTimeUtc(files.PathOf(hash), DateTime.UtcNow - Month);

        Assert.Equal(hash, await files.StoreAsync(Upload(content), CancellationToken.None));

        Assert.True(DateTime.UtcNow - File.GetLastWriteTimeUtc(files.PathOf(hash)) < TimeSpan.FromMinutes(1));
        Assert.Empty(await App.WithDbAsync(db => Sweep(folder).RunAsync(db)));
        Assert.True(File.Exists(files.PathOf(hash)));
    }

    [Fact]
    public void Import_uploads_abandoned_for_a_day_go_and_recent_ones_and_other_names_stay()
    {
        var data = NewFolder();
        var agency = Path.Combine(data, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(agency);
        var abandoned = Guid.NewGuid().ToString("N");
        var recent = Guid.NewGuid().ToString("N");
        Write(agency, abandoned + ".docx", new byte[30], TimeSpan.FromHours(25));
        Write(agency, abandoned + ".docx.name", new byte[5], TimeSpan.FromHours(25));
        Write(agency, recent + ".txt", [1], TimeSpan.FromHours(2));
        Write(agency, recent + ".txt.name", [1], TimeSpan.FromHours(2));
        Write(agency, "notes.docx", [1], Month);
        Write(agency, abandoned + ".exe", [1], Month);

        var removed = new Prongsai.Import.Uploads(App.Settings with { DataDirectory = data }).RemoveAbandoned(DateTime.UtcNow);

        Assert.Equal([5L, 30L], removed.Order());
        Assert.Equal(new HashSet<string?> { abandoned + ".exe", "notes.docx", recent + ".txt", recent + ".txt.name" },
            Directory.EnumerateFiles(agency).Select(Path.GetFileName).ToHashSet());
    }

    static FormFile Upload(byte[] content) => new(new MemoryStream(content), 0, content.Length, "files", "หลักฐาน.pdf");

    EvidenceSweep Sweep(string folder) =>
        new(new EvidenceFiles(App.Settings with { SharedEvidenceDirectory = folder }), TimeProvider.System, NullLogger<EvidenceSweep>.Instance);

    static void AssertSwept(Folder folder)
    {
        Assert.False(File.Exists(Path.Combine(folder.Path, folder.Unreferenced)), "an old unreferenced file stayed");
        Assert.False(File.Exists(Path.Combine(folder.Path, folder.OldTemporary)), "an old temporary file stayed");
        foreach (var kept in (string[])[folder.Referenced, folder.Recent, folder.RecentTemporary, .. folder.NotOurs])
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, kept)), $"{kept} was removed");
        }
    }

    /// <summary>One of each: referenced and old, unreferenced and old or recent, temporary and old or recent, and names that are not ours.</summary>
    async Task<Folder> FolderAsync()
    {
        var folder = NewFolder();
        var referenced = Stored(folder, Month);
        await ReferenceAsync(referenced);
        var unreferenced = Stored(folder, TimeSpan.FromHours(25));
        var recent = Stored(folder, TimeSpan.FromHours(23));
        var oldTemporary = Write(folder, $".{Guid.NewGuid():N}.tmp", new byte[20], TimeSpan.FromHours(2));
        var recentTemporary = Write(folder, $".{Guid.NewGuid():N}.tmp", new byte[20], TimeSpan.FromMinutes(10));
        var upperCase = Convert.ToHexString(SHA256.HashData(Guid.NewGuid().ToByteArray()));
        Directory.CreateDirectory(Path.Combine(folder, "keep"));
        string[] notOurs =
        [
            Write(folder, "notes.txt", [1], Month),
            Write(folder, upperCase, [1], Month),
            Write(folder, upperCase.ToLowerInvariant()[..63], [1], Month),
            Write(folder, $".{Guid.NewGuid():N}.tmp.bak", [1], Month),
            Write(folder, $"{Guid.NewGuid():N}.tmp", [1], Month),
            Path.Combine("keep", Write(Path.Combine(folder, "keep"), upperCase.ToLowerInvariant(), [1], Month)),
        ];
        return new Folder(folder, referenced, unreferenced, recent, oldTemporary, recentTemporary, notOurs);
    }

    string NewFolder()
    {
        var folder = Path.Combine(App.DataDirectory, "sweep-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file stored as EvidenceFiles stores it: named by its content's SHA-256; 72 bytes.</summary>
    static string Stored(string folder, TimeSpan age)
    {
        var content = Encoding.ASCII.GetBytes($"{Guid.NewGuid():N}{Guid.NewGuid():N}evidence");
        return Write(folder, Convert.ToHexStringLower(SHA256.HashData(content)), content, age);
    }

    static string Write(string folder, string name, byte[] content, TimeSpan age)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return name;
    }

    async Task ReferenceAsync(string sha256)
    {
        var measureId = await CreateMeasureAsync("กวาดไฟล์");
        await App.WithDbAsync(async db =>
        {
            var agencyId = await db.Measures.Where(m => m.Id == measureId).Select(m => m.AgencyId).SingleAsync();
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                AgencyId = agencyId,
                MeasureId = measureId,
                On = new DateOnly(2023, 3, 15),
                Text = "แนบหลักฐาน",
                Status = MeasureStatus.InProgress,
                RecordedBy = "test@test.example",
                Evidence = [new Evidence { Sha256 = sha256, FileName = "หลักฐาน.pdf", ContentType = "application/pdf", Length = 72 }],
            });
            return await db.SaveChangesAsync();
        });
    }
}

public sealed class SqliteEvidenceSweepTests(SqliteApp app) : EvidenceSweepBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresEvidenceSweepTests(PostgresApp app) : EvidenceSweepBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
