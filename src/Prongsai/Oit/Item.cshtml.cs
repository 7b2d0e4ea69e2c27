using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Progress;

namespace Prongsai.Oit;

/// <summary>One OIT item: the unit ticks its criteria, lists its URLs and publishes evidence; the administrator assigns and reviews.</summary>
[RequestSizeLimit(EvidenceFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFiles.MaxRequestBytes)]
public sealed class ItemModel(ProngsaiDb db, FrameworkCatalog catalog, OitWrites writes, LinkChecker checker, TimeProvider clock) : PageModel
{
    public Workbook Workbook { get; private set; } = null!;
    public WorkbookItem Item { get; private set; } = null!;
    public List<OitEvidence> Versions { get; private set; } = [];
    public int Year { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanWork { get; private set; }
    public string? Error { get; private set; }
    public TimeProvider Clock => clock;
    public string? Done { get; private set; }

    [BindProperty]
    public ItemForm Input { get; set; } = new();

    public sealed class ItemForm
    {
        public OitStatus Status { get; set; }
        public string? Urls { get; set; }
        public List<string> CriteriaMet { get; set; } = [];
        public string? UnitName { get; set; }
        public DateOnly? DueOn { get; set; }
        public int? Version { get; set; }
        public IFormFile? File { get; set; }
        public string? Title { get; set; }
        public string? Body { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string slug, string code, int? year, string? done)
    {
        if (!await LoadAsync(slug, code, year))
        {
            return NotFound();
        }

        Done = done switch
        {
            "saved" => "บันทึกแล้ว (saved)",
            "reviewed" => "ตรวจทานแล้ว (reviewed)",
            "published" => "เผยแพร่หลักฐานฉบับใหม่แล้ว (a new evidence version is published)",
            "checked" => "ตรวจลิงก์แล้ว (links checked)",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, string code, int? year)
    {
        if (!await LoadAsync(slug, code, year, keepInput: true))
        {
            return NotFound();
        }

        if (Shared.DateField.Refused(ModelState, "Input.DueOn"))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var urls = (Input.Urls ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var input = new OitWrites.ItemInput(Input.Status, urls, Input.CriteriaMet, Input.UnitName, Input.DueOn, Input.Version);
        var outcome = await writes.SaveAsync(Caller.From(User), Workbook.Agency, Year, Item.Item, input, HttpContext.RequestAborted);
        return await AfterAsync(outcome.Error, outcome.Forbidden, outcome.Conflict, slug, code, "saved");
    }

    public async Task<IActionResult> OnPostReviewAsync(string slug, string code, int? year)
    {
        if (!await LoadAsync(slug, code, year, keepInput: true))
        {
            return NotFound();
        }

        var outcome = await writes.ReviewAsync(Caller.From(User), Workbook.Agency, Year, Item.Item, HttpContext.RequestAborted);
        return await AfterAsync(outcome.Error, outcome.Forbidden, outcome.Conflict, slug, code, "reviewed");
    }

    public async Task<IActionResult> OnPostPublishAsync(string slug, string code, int? year)
    {
        if (!await LoadAsync(slug, code, year, keepInput: true))
        {
            return NotFound();
        }

        var (_, error, forbidden, outOfSpace) = await writes.PublishAsync(Caller.From(User), Workbook.Agency, Year, Item.Item, Input.File, Input.Title, Input.Body, HttpContext.RequestAborted);
        if (outOfSpace)
        {
            Response.StatusCode = StatusCodes.Status507InsufficientStorage;
        }

        return await AfterAsync(error, forbidden, false, slug, code, "published");
    }

    public async Task<IActionResult> OnPostCheckAsync(string slug, string code, int? year)
    {
        if (!await LoadAsync(slug, code, year, keepInput: true))
        {
            return NotFound();
        }

        if (!CanWork)
        {
            return Forbid();
        }

        if (Item.Entry is { } entry)
        {
            await LinkChecks.RunAsync(db, checker, entry, clock, HttpContext.RequestAborted);
        }

        return Redirect($"/a/{slug}/oit/{Item.Item.Code}?year={Year}&done=checked");
    }

    async Task<IActionResult> AfterAsync(string? error, bool forbidden, bool conflict, string slug, string code, string done)
    {
        if (forbidden)
        {
            return Forbid();
        }

        if (error is null)
        {
            return Redirect($"/a/{slug}/oit/{Item.Item.Code}?year={Year}&done={done}");
        }

        Error = error;
        if (Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        }

        db.ChangeTracker.Clear();
        await LoadAsync(slug, code, Year, keepInput: true);
        return Page();
    }

    async Task<bool> LoadAsync(string slug, string code, int? year, bool keepInput = false)
    {
        var caller = Caller.From(User);
        var agency = OitAccess.AgencyOf(HttpContext);
        if (agency is null)
        {
            return false;
        }

        Year = OitAccess.YearOr(year, clock);
        Workbook = await OitWorkbook.LoadAsync(db, catalog, agency, Year, OitAccess.BaseUrl(Request));
        if (Workbook.Item(code) is not { } item)
        {
            return false;
        }

        Item = item;
        CanManage = OitWrites.CanManage(caller, agency);
        CanWork = OitWrites.CanWork(caller, agency, item.Entry);
        Versions = await db.OitEvidence.AsNoTracking().Where(e => e.AgencyId == agency.Id && e.FiscalYear == Year && e.Code == item.Item.Code)
            .OrderByDescending(e => e.Number).ToListAsync();
        if (!keepInput)
        {
            Input = new ItemForm
            {
                Status = item.Status,
                Urls = string.Join('\n', item.Entry?.Urls ?? []),
                CriteriaMet = item.Entry?.CriteriaMet ?? [],
                UnitName = item.Entry?.UnitName,
                DueOn = item.Entry?.DueOn,
                Version = item.Entry?.Version ?? 0,
            };
        }

        return true;
    }
}
