using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>The units page: the agency administrator adds, renames and removes units; a rename reaches measures and users.</summary>
public abstract class UnitsBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string Page = "/a/banchang/units";

    /// <summary>A unit name no other test uses: the tests of a class share one database.</summary>
    static string NewName(string prefix = "กองทดสอบ") => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields, string page = Page) =>
        await client.PostAsync($"{page}?handler={handler}", await AppFactory.FormAsync(client, Page, fields));

    Task<AgencyUnit?> UnitAsync(string name) =>
        App.WithDbAsync(db => db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Name == name && db.Agencies.Any(a => a.Id == u.AgencyId && a.Slug == DemoSeed.Slug)));

    async Task<AgencyUnit> SeedUnitAsync(string name) => await App.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        var unit = new AgencyUnit { AgencyId = agency.Id, Name = name };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    });

    async Task<Guid> MeasureAsync(string step, int year, params string[] units) => await App.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        var row = new AgencyMeasure { AgencyId = agency.Id, FiscalYear = year, Position = 98, Tool = Tool.IIT, Indicators = [1], ResponsibleUnits = [.. units], Steps = [step] };
        db.Measures.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });

    [Fact]
    public async Task Units_page_lists_units_with_their_measures_and_users()
    {
        var name = NewName();
        await SeedUnitAsync(name);
        await MeasureAsync("นับหนึ่ง", 2566, name);
        await MeasureAsync("นับสอง", 2567, $"กอง ทดสอบ{name["กองทดสอบ".Length..]}ฯ");
        await App.CreateUserAsync(Roles.Editor, unit: name);

        var html = await (await App.SignedInAsync(Roles.Admin)).GetStringAsync(Page);

        Assert.Contains($"<td data-label=\"กอง/สำนัก\"><a href=\"/a/banchang/units/{Uri.EscapeDataString(name)}\">{name}</a></td>", html);
        Assert.Matches($"{name}</a></td>\\s*<td data-label=\"[^\"]+\">๒</td>\\s*<td data-label=\"[^\"]+\">๑</td>", html);
        Assert.Contains("handler=Add", html);
    }

    [Fact]
    public async Task Admin_adds_a_unit_with_its_name_trimmed()
    {
        var name = NewName();
        var client = await App.SignedInAsync(Roles.Admin);

        var response = await PostAsync(client, "Add", new() { ["Name"] = $"  {name}  " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await UnitAsync(name));
        Assert.Contains(name, await client.GetStringAsync(Page));
    }

    [Fact]
    public async Task System_administrator_adds_a_unit()
    {
        var name = NewName();
        var response = await PostAsync(await App.SignedInAsync(Roles.SysAdmin), "Add", new() { ["Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await UnitAsync(name));
    }

    [Theory]
    [InlineData("กองคลัง")]
    [InlineData("กอง คลัง ฯ")]
    [InlineData("   ")]
    public async Task A_duplicate_or_empty_unit_is_refused(string name)
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var before = await App.WithDbAsync(db => db.Units.CountAsync());

        var response = await PostAsync(client, "Add", new() { ["Name"] = name });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(html.Contains("อยู่แล้ว", StringComparison.Ordinal) || html.Contains("กรุณากรอกชื่อกอง/สำนัก", StringComparison.Ordinal), html);
        Assert.Equal(before, await App.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_too_long_name_is_refused()
    {
        var response = await PostAsync(await App.SignedInAsync(Roles.Admin), "Add", new() { ["Name"] = new string('ก', 201) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ชื่อกอง/สำนักยาวเกิน 200 ตัวอักษร", await response.Content.ReadAsStringAsync());
        Assert.Null(await UnitAsync(new string('ก', 201)));
    }

    [Fact]
    public async Task Renaming_a_unit_renames_it_in_every_measure_and_for_its_users_in_one_audited_save()
    {
        var oldName = NewName("กองเดิม");
        var newName = NewName("กองใหม่");
        var unit = await SeedUnitAsync(oldName);
        var thisYear = await MeasureAsync("งานของกองเดิม", 2566, oldName, "กองช่าง");
        var lastYear = await MeasureAsync("งานปีก่อน", 2565, $"{oldName[..3]} {oldName[3..]}ฯ");
        var untouched = await MeasureAsync("งานของกองช่าง", 2566, "กองช่าง");
        var editorUser = await App.CreateUserAsync(Roles.Editor, unit: oldName);
        var versions = await App.WithDbAsync(db => db.Measures.Where(m => m.Id == thisYear || m.Id == lastYear).ToDictionaryAsync(m => m.Id, m => m.Version));
        var admin = await App.SignedInAsync(Roles.Admin);

        var response = await PostAsync(admin, "Rename", new() { ["Id"] = unit.Id.ToString(), ["Name"] = newName });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (units, measures, user) = await App.WithDbAsync(async db => (
            await db.Units.Where(u => u.Id == unit.Id).Select(u => u.Name).ToListAsync(),
            await db.Measures.Where(m => m.Id == thisYear || m.Id == lastYear || m.Id == untouched).ToDictionaryAsync(m => m.Id),
            await db.Users.SingleAsync(u => u.Id == editorUser.Id)));
        Assert.Equal([newName], units);
        Assert.Equal([newName, "กองช่าง"], measures[thisYear].ResponsibleUnits);
        Assert.Equal([newName], measures[lastYear].ResponsibleUnits);
        Assert.Equal(["กองช่าง"], measures[untouched].ResponsibleUnits);
        Assert.Equal(versions[thisYear] + 1, measures[thisYear].Version);
        Assert.Equal(newName, user.UnitName);

        // One audit entry per changed row, each with the name before and after.
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == "modified" && (e.EntityId == unit.Id.ToString() || e.EntityId == thisYear.ToString() || e.EntityId == lastYear.ToString() || e.EntityId == editorUser.Id))
            .OrderBy(e => e.At).ToListAsync());
        var unitEntry = Assert.Single(audit, e => e.Entity == nameof(AgencyUnit));
        Assert.Contains(oldName, unitEntry.Before);
        Assert.Contains(newName, unitEntry.After);
        Assert.Contains(audit, e => e.Entity == nameof(AgencyMeasure) && e.EntityId == lastYear.ToString() && e.After!.Contains(newName, StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Entity == nameof(AgencyMeasure) && e.EntityId == thisYear.ToString() && e.Before!.Contains(oldName, StringComparison.Ordinal) && e.After!.Contains(newName, StringComparison.Ordinal));
        var userEntry = Assert.Single(audit, e => e.Entity == nameof(AppUser));
        Assert.Contains(newName, userEntry.After);
        Assert.All(audit, e => Assert.StartsWith($"{Roles.Admin}-", e.Actor, StringComparison.Ordinal));
        Assert.DoesNotContain(audit, e => e.Entity == nameof(AgencyMeasure) && e.EntityId == untouched.ToString());

        // The unit editor (signing in afresh) finds their measure on the renamed unit's home page, and may still edit it.
        var editor = await App.SignInAsync(editorUser.Email!);
        var home = await editor.GetStringAsync($"/a/banchang/units/{Uri.EscapeDataString(newName)}?year=2566");
        Assert.Contains($"/a/banchang/measures/{thisYear}/progress", home);
        Assert.DoesNotContain($"/a/banchang/measures/{untouched}/progress", home);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/a/banchang/measures/{thisYear}/edit")).StatusCode);
        var url = $"/a/banchang/measures/{thisYear}/edit";
        var edit = await editor.PostAsync(url, new FormUrlEncodedContent(await AppFactory.FieldsAsync(editor, url, MeasureFields("แก้หลังเปลี่ยนชื่อ", measures[thisYear].Version, newName))));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
    }

    [Fact]
    public async Task Renaming_onto_another_units_name_is_refused()
    {
        var unit = await SeedUnitAsync(NewName());
        var response = await PostAsync(await App.SignedInAsync(Roles.Admin), "Rename", new() { ["Id"] = unit.Id.ToString(), ["Name"] = "กองช่างฯ" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("อยู่แล้ว", await response.Content.ReadAsStringAsync());
        Assert.NotNull(await UnitAsync(unit.Name));
    }

    [Fact]
    public async Task A_unit_in_use_is_not_removed_and_an_unused_one_is()
    {
        var name = NewName();
        var unit = await SeedUnitAsync(name);
        var measure = await MeasureAsync("ยังใช้อยู่", 2566, name);
        var user = await App.CreateUserAsync(Roles.Editor, unit: name);
        var admin = await App.SignedInAsync(Roles.Admin);

        var refused = await PostAsync(admin, "Remove", new() { ["Id"] = unit.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("ยังมีมาตรการ ๑ รายการและผู้ใช้ ๑ คน", html);
        Assert.Contains("still used by 1 measure(s) and 1 user(s)", html);
        Assert.NotNull(await UnitAsync(name));

        await App.WithDbAsync(async db =>
        {
            db.Measures.Remove(await db.Measures.SingleAsync(m => m.Id == measure));
            (await db.Users.SingleAsync(u => u.Id == user.Id)).UnitName = null;
            return await db.SaveChangesAsync();
        });
        var removed = await PostAsync(admin, "Remove", new() { ["Id"] = unit.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await UnitAsync(name));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == nameof(AgencyUnit) && e.EntityId == unit.Id.ToString() && e.Action == "deleted")));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Executive)]
    public async Task Other_roles_see_the_units_read_only_and_may_not_change_them(string role)
    {
        var unit = await SeedUnitAsync(NewName());
        var client = await App.SignedInAsync(role);
        var before = await App.WithDbAsync(db => db.AuditEntries.CountAsync());

        var page = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(unit.Name, html);
        Assert.DoesNotContain("handler=", html);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "Add", new() { ["Name"] = NewName() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "Rename", new() { ["Id"] = unit.Id.ToString(), ["Name"] = NewName() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "Remove", new() { ["Id"] = unit.Id.ToString() })).StatusCode);
        Assert.NotNull(await UnitAsync(unit.Name));
        Assert.Equal(before, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Another_agencys_units_page_is_not_found()
    {
        var otherUnit = await App.WithDbAsync(async db =>
        {
            var other = await db.Agencies.Include(a => a.Units).FirstOrDefaultAsync(a => a.Slug == "units-other");
            if (other is null)
            {
                other = new Agency { Slug = "units-other", Name = "เทศบาลตำบลอื่น", Type = "เทศบาลตำบล", Units = [new AgencyUnit { Name = "กองลับ" }] };
                db.Agencies.Add(other);
                await db.SaveChangesAsync();
            }

            return other.Units.Single();
        });

        foreach (var role in new[] { Roles.Admin, Roles.Editor, Roles.Executive })
        {
            var client = await App.SignedInAsync(role);
            var page = await client.GetAsync("/a/units-other/units");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain("กองลับ", await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "Add", new() { ["Name"] = NewName() }, "/a/units-other/units")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "Rename", new() { ["Id"] = otherUnit.Id.ToString(), ["Name"] = "กองบุก" }, "/a/units-other/units")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "Remove", new() { ["Id"] = otherUnit.Id.ToString() }, "/a/units-other/units")).StatusCode);
        }

        // Nor can the other agency's unit be reached through one's own agency.
        var admin = await App.SignedInAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, "Rename", new() { ["Id"] = otherUnit.Id.ToString(), ["Name"] = "กองบุก" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, "Remove", new() { ["Id"] = otherUnit.Id.ToString() })).StatusCode);
        Assert.Equal(["กองลับ"], await App.WithDbAsync(db => db.Units.Where(u => u.Id == otherUnit.Id).Select(u => u.Name).ToListAsync()));
    }
}

public sealed class SqliteUnitsTests(SqliteApp app) : UnitsBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresUnitsTests(PostgresApp app) : UnitsBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
