using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Thai;

namespace Prongsai.Agencies;

/// <summary>
/// The agency's units (กอง/สำนัก); its administrator adds, renames and removes them. A rename carries the new name into
/// every measure that names the unit and to every user who belongs to it, in one SaveChanges, so the audit trail records
/// all of it in the same transaction.
/// </summary>
public sealed class UnitsModel(ProngsaiDb db, CurrentAgency current, TimeProvider clock) : PageModel
{
    /// <summary>The column is 200 characters; a unit's name is far shorter.</summary>
    public const int MaxNameLength = 200;

    public Agency Agency => current.Agency;

    public List<UnitRow> Units { get; private set; } = [];

    public bool CanManage { get; private set; }

    public List<string> Errors { get; } = [];

    public sealed record UnitRow(Guid Id, string Name, int Measures, int Users);

    /// <summary>The unit whose removal waits for confirmation (?remove=ID).</summary>
    public UnitRow? Removing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? remove)
    {
        await LoadAsync();
        Removing = CanManage ? Units.FirstOrDefault(u => u.Id == remove) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, string? name)
    {
        if (await GuardAsync() is { } refused)
        {
            return refused;
        }

        var trimmed = Validate(name, except: null);
        if (trimmed is null)
        {
            return Page();
        }

        db.Units.Add(new AgencyUnit { AgencyId = Agency.Id, Name = trimmed });
        await db.SaveChangesAsync();
        return RedirectToPage(new { slug, done = "added" });
    }

    public async Task<IActionResult> OnPostRenameAsync(string slug, Guid id, string? name)
    {
        if (await GuardAsync() is { } refused)
        {
            return refused;
        }

        var unit = Agency.Units.FirstOrDefault(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        var trimmed = Validate(name, except: unit);
        if (trimmed is null)
        {
            return Page();
        }

        if (trimmed == unit.Name)
        {
            return RedirectToPage(new { slug, done = "renamed" });
        }

        using var audit = Audit.AuditBatch.Begin(Audit.AuditBatch.UnitRename, ("from", unit.Name), ("to", trimmed));
        var oldKey = ThaiText.NameKey(unit.Name);
        var now = clock.GetUtcNow().UtcDateTime;
        unit.Name = trimmed;

        // Every year's measures: a unit is the same unit across years. JSON lists are compared by content, so a new list is assigned.
        var measures = await db.Measures.ToListAsync();
        foreach (var measure in measures.Where(m => m.ResponsibleUnits.Any(u => ThaiText.NameKey(u) == oldKey)))
        {
            measure.ResponsibleUnits = [.. measure.ResponsibleUnits.Select(u => ThaiText.NameKey(u) == oldKey ? trimmed : u).Distinct()];
            // A form opened before the rename still holds the old name: its save is now a conflict, not a silent revert.
            measure.Version++;
            measure.UpdatedAt = now;
        }

        // Users name their unit (AppUser.UnitName), they do not point at its id.
        var users = await db.Users.Where(u => u.AgencyId == Agency.Id && u.UnitName != null).ToListAsync();
        foreach (var user in users.Where(u => ThaiText.NameKey(u.UnitName) == oldKey))
        {
            user.UnitName = trimmed;
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            // The units in memory hold the refused new name: read the agency again.
            await AgencyScopeFilter.ResolveAsync(HttpContext, slug);
            await LoadAsync();
            Errors.Add("มีผู้แก้ไขมาตรการหรือผู้ใช้ระหว่างเปลี่ยนชื่อ ยังไม่ได้เปลี่ยนชื่อ โปรดลองอีกครั้ง (a measure or user changed meanwhile; nothing was renamed, please try again)");
            return Page();
        }

        return RedirectToPage(new { slug, done = "renamed" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, Guid id)
    {
        if (await GuardAsync() is { } refused)
        {
            return refused;
        }

        var unit = Agency.Units.FirstOrDefault(u => u.Id == id);
        var row = Units.FirstOrDefault(u => u.Id == id);
        if (unit is null || row is null)
        {
            return NotFound();
        }

        if (row.Measures > 0 || row.Users > 0)
        {
            Errors.Add($"ลบ {unit.Name} ไม่ได้ ยังมีมาตรการ {Thai.ThaiDigits.ToThai(row.Measures)} รายการและผู้ใช้ {Thai.ThaiDigits.ToThai(row.Users)} คนที่ใช้กอง/สำนักนี้ "
                + $"(cannot remove {unit.Name}: still used by {row.Measures} measure(s) and {row.Users} user(s))");
            return Page();
        }

        db.Units.Remove(unit);
        await db.SaveChangesAsync();
        return RedirectToPage(new { slug, done = "removed" });
    }

    /// <summary>Not found for an agency the caller may not see; forbidden for anyone but its administrator and the system administrator.</summary>
    async Task<IActionResult?> GuardAsync()
    {
        await LoadAsync();
        return CanManage ? null : Forbid();
    }

    /// <summary>The trimmed name, or null with the reasons in <see cref="Errors"/>.</summary>
    string? Validate(string? name, AgencyUnit? except)
    {
        var trimmed = ThaiText.Tidy(name);
        if (trimmed.Length == 0)
        {
            Errors.Add("กรุณากรอกชื่อกอง/สำนัก (a unit name is required)");
            return null;
        }

        if (trimmed.Length > MaxNameLength)
        {
            Errors.Add($"ชื่อกอง/สำนักยาวเกิน {MaxNameLength} ตัวอักษร (a unit name is at most {MaxNameLength} characters)");
            return null;
        }

        var key = ThaiText.NameKey(trimmed);
        if (key.Length == 0)
        {
            Errors.Add("กรุณากรอกชื่อกอง/สำนัก (a unit name is required)");
            return null;
        }

        if (Agency.Units.FirstOrDefault(u => u != except && ThaiText.NameKey(u.Name) == key) is { } existing)
        {
            Errors.Add($"มีกอง/สำนัก {existing.Name} อยู่แล้ว (the unit already exists)");
            return null;
        }

        return trimmed;
    }

    async Task LoadAsync()
    {
        var agency = Agency;
        CanManage = Caller.From(User).CanManageAgency(agency.Id);
        var measureUnits = await db.Measures.AsNoTracking().Select(m => m.ResponsibleUnits).ToListAsync();
        var userUnits = await db.Users.AsNoTracking().Where(u => u.AgencyId == agency.Id && u.UnitName != null).Select(u => u.UnitName).ToListAsync();
        Units =
        [
            .. agency.Units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u =>
            {
                var key = ThaiText.NameKey(u.Name);
                return new UnitRow(u.Id, u.Name,
                    measureUnits.Count(units => units.Any(n => ThaiText.NameKey(n) == key)),
                    userUnits.Count(n => ThaiText.NameKey(n) == key));
            }),
        ];
    }
}
