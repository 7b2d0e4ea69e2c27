using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Oit;

/// <summary>Checks an item's URLs and keeps the latest result per URL (results of URLs no longer listed go).</summary>
public static class LinkChecks
{
    public static async Task<List<OitLinkCheck>> RunAsync(ProngsaiDb db, LinkChecker checker, OitEntry entry, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var existing = await db.OitLinkChecks.Where(c => c.EntryId == entry.Id).ToListAsync(cancellationToken);
        db.OitLinkChecks.RemoveRange(existing.Where(c => !entry.Urls.Contains(c.Url)));
        var results = new List<OitLinkCheck>();
        foreach (var url in entry.Urls)
        {
            var result = await checker.CheckAsync(url, cancellationToken);
            var row = existing.FirstOrDefault(c => c.Url == url);
            if (row is null)
            {
                row = new OitLinkCheck { AgencyId = entry.AgencyId, EntryId = entry.Id, Url = url };
                db.OitLinkChecks.Add(row);
            }

            row.CheckedAt = clock.GetUtcNow().UtcDateTime;
            row.Ok = result.Ok;
            row.StatusCode = result.StatusCode;
            row.Problem = result.Problem is { Length: > 500 } problem ? problem[..500] : result.Problem;
            row.ContentType = result.ContentType is { Length: > 100 } type ? type[..100] : result.ContentType;
            row.Length = result.Length;
            row.FinalUrl = result.FinalUrl is { Length: > OitEntry.MaxUrlLength } final ? final[..OitEntry.MaxUrlLength] : result.FinalUrl;
            results.Add(row);
        }

        await db.SaveChangesAsync(cancellationToken);
        return results;
    }
}

/// <summary>
/// Checks every URL of this and last assessment year's items daily (Prongsai:Oit:LinkCheckHours, default 24; 0 turns
/// it off), starting 10 minutes after start, one URL at a time so a slow site never crowds the server.
/// </summary>
public sealed partial class LinkSweeper(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<LinkSweeper> logger)
    : Hosting.PeriodicJob(clock, logger)
{
    public const string HoursKey = "Prongsai:Oit:LinkCheckHours";

    protected override TimeSpan FirstRunDelay => TimeSpan.FromMinutes(10);

    protected override TimeSpan? Interval => Hours(configuration.GetValue(HoursKey, 24.0));

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var checker = scope.ServiceProvider.GetRequiredService<LinkChecker>();
        var since = OitWorkbook.CurrentYear(Clock) - 1;
        var ids = await db.OitEntries.AsNoTracking().Where(e => e.FiscalYear >= since).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        var broken = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var entry = await db.OitEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (entry is { Urls.Count: > 0 })
            {
                broken += (await LinkChecks.RunAsync(db, checker, entry, Clock, cancellationToken)).Count(c => !c.Ok);
            }
        }

        LogSwept(logger, ids.Count, broken);
        return broken;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OIT link check: {Items} items, {Broken} broken links.")]
    static partial void LogSwept(ILogger logger, int items, int broken);
}
