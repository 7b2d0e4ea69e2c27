using Microsoft.EntityFrameworkCore;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Scores;

namespace Prongsai.Scores;

/// <summary>Records ITA results: one by hand, or a whole file at once (all rows or none).</summary>
public static class ScoreWrites
{
    /// <summary>The level the year's framework gives the result.</summary>
    public static string LevelOf(int fiscalYear, decimal total, decimal? iit, decimal? eit, decimal? oit) =>
        ScoreLevels.LevelOf(FrameworkCatalog.Default.For(fiscalYear), total, iit, eit, oit).Name;

    /// <summary>Adds or replaces the agency's result for the row's year (tracked; the caller saves).</summary>
    public static async Task<AgencyScore> UpsertAsync(ProngsaiDb db, Guid agencyId, ScoreRow row, string actor, DateTime at, CancellationToken cancellationToken = default)
    {
        var score = await db.Scores.FirstOrDefaultAsync(s => s.AgencyId == agencyId && s.FiscalYear == row.FiscalYear, cancellationToken);
        if (score is null)
        {
            score = new AgencyScore { AgencyId = agencyId, FiscalYear = row.FiscalYear };
            db.Scores.Add(score);
        }

        Apply(score, row, actor, at);
        return score;
    }

    public static void Apply(AgencyScore score, ScoreRow row, string actor, DateTime at)
    {
        score.Total = row.Total;
        score.Iit = row.Iit;
        score.Eit = row.Eit;
        score.Oit = row.Oit;
        score.IndicatorScores = [.. row.Indicators];
        score.Level = LevelOf(row.FiscalYear, row.Total, row.Iit, row.Eit, row.Oit);
        score.RecordedAt = at;
        score.RecordedBy = actor;
    }

    /// <summary>
    /// Validates the whole file first (cells, then that every agency exists); imports only when nothing is wrong,
    /// in one SaveChanges (one transaction, audit rows included). Returns the errors, or the number of results written.
    /// </summary>
    public static async Task<(IReadOnlyList<ScoreFileError> Errors, int Written)> ImportAsync(
        ProngsaiDb db, ScoreFile.Result file, string actor, DateTime at, CancellationToken cancellationToken = default)
    {
        var errors = file.Errors.ToList();
        var slugs = file.Rows.Select(r => r.AgencySlug).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => slugs.Contains(a.Slug))
            .Select(a => new { a.Slug, a.Id }).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        errors.AddRange(file.Rows.Where(r => !agencies.ContainsKey(r.AgencySlug))
            .Select(r => new ScoreFileError(r.Line, "agency", $"ไม่มีหน่วยงาน '{r.AgencySlug}' (no such agency)")));
        if (errors.Count > 0)
        {
            return ([.. errors.OrderBy(e => e.Line)], 0);
        }

        var ids = agencies.Values.ToList();
        var existing = (await db.Scores.Where(s => ids.Contains(s.AgencyId)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.AgencyId, s.FiscalYear));
        foreach (var row in file.Rows)
        {
            var agencyId = agencies[row.AgencySlug];
            if (!existing.TryGetValue((agencyId, row.FiscalYear), out var score))
            {
                score = new AgencyScore { AgencyId = agencyId, FiscalYear = row.FiscalYear };
                db.Scores.Add(score);
            }

            Apply(score, row, actor, at);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ([], file.Rows.Count);
    }
}
