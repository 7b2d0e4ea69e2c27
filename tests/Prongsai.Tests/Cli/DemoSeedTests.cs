using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Data;
using Prongsai.Hosting;

namespace Prongsai.Tests.Cli;

/// <summary>`prongsai demo --seed` gives the same data for the same seed (README), compared as a digest of everything it generates but ids and clock times.</summary>
public class DemoSeedTests
{
    static readonly DateOnly Today = new(2025, 2, 14);

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var first = await DigestAsync(seed: 6600);
        var again = await DigestAsync(seed: 6600);
        var other = await DigestAsync(seed: 6601);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task The_demo_command_writes_one_summary_audit_row_not_a_row_per_generated_entity()
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-demo-audit-").FullName;

        var result = await CliRun.InProcess("demo", "--agencies", "5", "--seed", "6600", "--data", folder);

        Assert.True(result.ExitCode == 0, result.Error);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProngsaiData(new ConfigurationBuilder().AddInMemoryCollection([new(DataSettings.DataKey, folder), new(DataSettings.DbKey, "")]).Build());
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var demo = await db.Agencies.Where(a => a.Slug.StartsWith(NationalDemo.SlugPrefix)).Select(a => (Guid?)a.Id).ToListAsync();
        Assert.Equal(5, demo.Count);
        Assert.True(await db.Measures.CountAsync(m => demo.Contains(m.AgencyId)) > 0);
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => demo.Contains(e.AgencyId)));
        var summary = Assert.Single(await db.AuditEntries.Where(e => e.Entity == "NationalDemo").ToListAsync());
        Assert.Equal(5, JsonDocument.Parse(summary.After!).RootElement.GetProperty("agencies").GetInt32());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    static async Task<string> DigestAsync(int seed)
    {
        var folder = Directory.CreateTempSubdirectory("prongsai-demo-seed-").FullName;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProngsaiData(new ConfigurationBuilder().AddInMemoryCollection([new(DataSettings.DataKey, folder), new(DataSettings.DbKey, "")]).Build());
        await using (var provider = services.BuildServiceProvider())
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
            await db.Database.MigrateAsync();
            await NationalDemo.GenerateAsync(db, 12, seed, Today, TextWriter.Null);
            db.ChangeTracker.Clear();

            var slugs = await db.Agencies.ToDictionaryAsync(a => a.Id, a => a.Slug);
            var agencies = (await db.Agencies.ToListAsync()).Select(a => new { a.Slug, a.Name, a.ShortName, a.Type, a.Province }).OrderBy(a => a.Slug, StringComparer.Ordinal);
            var measures = (await db.Measures.ToListAsync())
                .Select(m => new { Agency = slugs[m.AgencyId], m.FiscalYear, m.Position, m.Tool, m.Indicators, m.IndicatorText, m.ResponsibleUnits, m.ResponsiblePersons, m.Steps, m.Monitoring, m.PeriodStart, m.PeriodEnd, m.PeriodText, m.Status, m.ReportingCadences, m.ReportingText, m.Results })
                .OrderBy(m => m.Agency, StringComparer.Ordinal).ThenBy(m => m.FiscalYear).ThenBy(m => m.Position).ToList();
            var positions = await db.Measures.ToDictionaryAsync(m => m.Id, m => (slugs[m.AgencyId], m.FiscalYear, m.Position));
            var updates = (await db.ProgressUpdates.ToListAsync())
                .Select(u => new { Measure = positions[u.MeasureId].ToString(), u.On, u.Text, u.Status, u.RecordedBy })
                .OrderBy(u => u.Measure, StringComparer.Ordinal).ThenBy(u => u.On).ThenBy(u => u.Text, StringComparer.Ordinal);
            var scores = (await db.Scores.ToListAsync())
                .Select(s => new { Agency = slugs[s.AgencyId], s.FiscalYear, s.Total, s.Iit, s.Eit, s.Oit, s.IndicatorScores, s.Level })
                .OrderBy(s => s.Agency, StringComparer.Ordinal).ThenBy(s => s.FiscalYear);
            Assert.Equal(12, agencies.Count(a => a.Slug.StartsWith(NationalDemo.SlugPrefix, StringComparison.Ordinal)));
            Assert.NotEmpty(measures);

            var json = JsonSerializer.SerializeToUtf8Bytes(new { agencies, measures, updates, scores });
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return Convert.ToHexStringLower(SHA256.HashData(json));
        }
    }
}
