using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Thai;

namespace Prongsai.Scores;

/// <summary>An agency's ITA results by year; its administrator (or a system administrator) records one by hand.</summary>
public sealed class IndexModel(ProngsaiDb db, CurrentAgency current, TimeProvider clock) : PageModel
{
    public sealed class ScoreForm
    {
        public int FiscalYear { get; set; }
        public string? Total { get; set; }
        public string? Iit { get; set; }
        public string? Eit { get; set; }
        public string? Oit { get; set; }
        public List<string?> Indicators { get; set; } = [.. new string?[10]];
        public string? Target { get; set; }
    }

    public Agency Agency => current.Agency;
    public List<AgencyScore> Scores { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public List<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    [BindProperty]
    public ScoreForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        await LoadAsync();
        Saved = saved;
        Input.FiscalYear = Scores.Count > 0 ? Scores[0].FiscalYear + 1 : FiscalYear.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).BuddhistYear - 1;
        Input.Target = Agency.ScoreTarget?.ToString("0.##", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        await LoadAsync();
        if (!CanRecord)
        {
            return Forbid();
        }

        var row = Parse();
        if (row is null)
        {
            return Page();
        }

        await ScoreWrites.UpsertAsync(db, Agency.Id, row, Caller.From(User).Email, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var target = Number(Input.Target, "เป้าหมาย (target)");
        if (Errors.Count > 0)
        {
            return Page();
        }

        var agency = await db.Agencies.FirstAsync(a => a.Id == Agency.Id, cancellationToken);
        agency.ScoreTarget = target;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/a/{Agency.Slug}/scores?saved=true");
    }

    /// <summary>The form as a score row, the total computed from the tools and the year's weights when left blank.</summary>
    ScoreRow? Parse()
    {
        if (Input.FiscalYear is < 2500 or > 2700)
        {
            Errors.Add("ปีงบประมาณ พ.ศ. ไม่ถูกต้อง (fiscal year)");
        }

        var iit = Number(Input.Iit, "IIT");
        var eit = Number(Input.Eit, "EIT");
        var oit = Number(Input.Oit, "OIT");
        var indicators = Enumerable.Range(0, 10).Select(i => Number(Input.Indicators.ElementAtOrDefault(i), $"ตัวชี้วัดที่ {i + 1}")).ToList();
        var total = Number(Input.Total, "คะแนนรวม (total)");
        if (total is null && iit is { } i1 && eit is { } e1 && oit is { } o1)
        {
            total = ScoreLevels.TotalOf(FrameworkCatalog.Default.For(Input.FiscalYear), i1, e1, o1);
        }

        if (total is null)
        {
            Errors.Add("ใส่คะแนนรวม หรือคะแนน IIT EIT OIT ครบทั้งสาม (a total, or all three tool scores)");
        }

        return Errors.Count > 0 ? null : new ScoreRow(0, Agency.Slug, Input.FiscalYear, total!.Value, iit, eit, oit, indicators);
    }

    decimal? Number(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(ThaiDigits.ToArabic(text.Trim()), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100)
        {
            return value;
        }

        Errors.Add($"{label}: '{text}' ไม่ใช่คะแนน ๐–๑๐๐ (not a score from 0 to 100)");
        return null;
    }

    async Task LoadAsync()
    {
        CanRecord = Caller.From(User).CanManageAgency(Agency.Id);
        Scores = await db.Scores.AsNoTracking().OrderByDescending(s => s.FiscalYear).ToListAsync();
    }
}
