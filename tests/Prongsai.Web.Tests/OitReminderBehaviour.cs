using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Oit;
using Prongsai.Progress;

namespace Prongsai.Web.Tests;

/// <summary>OIT reminders through the reminder channel: before each ITA calendar deadline, and for broken links, once each.</summary>
public abstract class OitReminderBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    // 2569's OIT collection window ends 2026-04-30 (ita-2569.json): ten days before it, at 09:00 Bangkok time.
    static readonly DateTimeOffset TenDaysBefore = new(2026, 4, 20, 2, 0, 0, TimeSpan.Zero);

    OitReminderMailer Mailer(SmtpListener smtp, TimeProvider clock) => new(
        App.Services.GetRequiredService<IServiceScopeFactory>(), new SmtpSettings("127.0.0.1", smtp.Port, "prongsai@test.example"),
        App.Services.GetRequiredService<FrameworkCatalog>(), clock, App.Services.GetRequiredService<IConfiguration>());

    Task<OitEntry> AddEntryAsync(int year, string code, string unit, OitStatus status, params string[] urls) => App.WithDbAsync(async db =>
    {
        var agency = await db.Agencies.SingleAsync(a => a.Slug == DemoSeed.Slug);
        var entry = new OitEntry { AgencyId = agency.Id, FiscalYear = year, Code = code, UnitName = unit, Status = status, Urls = [.. urls] };
        db.OitEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    });

    static List<(List<string> To, MimeMessage Message)> Read(SmtpListener smtp) =>
        [.. smtp.Messages.Select(m => (m.Recipients, MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))))];

    [Fact]
    public async Task A_calendar_deadline_reminds_the_admins_and_the_units_with_items_not_ready_once()
    {
        var clock = new ManualClock(TenDaysBefore);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await AddEntryAsync(2569, "O5", "กองช่าง", OitStatus.InProgress);
        await AddEntryAsync(2569, "O6", "กองคลัง", OitStatus.Ready);
        var admin = await App.CreateUserAsync(Roles.Admin);
        var late = await App.CreateUserAsync(Roles.Editor, unit: "กองช่าง");
        var done = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        await using var smtp = new SmtpListener();
        var mailer = Mailer(smtp, clock);

        var sent = await mailer.SendDueAsync(today);
        var sentAgain = await mailer.SendDueAsync(today);
        clock.Advance(TimeSpan.FromDays(3));
        var threeDaysLater = await mailer.SendDueAsync(today.AddDays(3));

        Assert.Equal(smtp.Messages.Count, sent);
        Assert.Equal(0, sentAgain);
        Assert.Equal(0, threeDaysLater);
        var messages = Read(smtp);
        // Another test's broken link may be told to this administrator too: the deadline's email is the one with the window's name.
        var deadline = messages.Where(m => m.Message.Subject?.Contains("ในระบบ ITAS", StringComparison.Ordinal) == true).ToList();
        var toAdmin = Assert.Single(deadline, m => m.To.Contains(admin.Email!)).Message;
        Assert.Contains("ตอบแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ในระบบ ITAS", toAdmin.Subject);
        Assert.Contains("ครบกำหนดในอีก ๑๐ วัน", toAdmin.Subject);
        Assert.Contains("- O5 ", toAdmin.TextBody);
        Assert.Contains("- O1 ", toAdmin.TextBody);
        Assert.DoesNotContain("- O6 ", toAdmin.TextBody);
        var toUnit = Assert.Single(deadline, m => m.To.Contains(late.Email!)).Message;
        Assert.Contains("- O5 ", toUnit.TextBody);
        Assert.DoesNotContain("- O1 ", toUnit.TextBody);
        Assert.DoesNotContain(deadline, m => m.To.Contains(done.Email!));
        var key = "calendar:nacc:2569:oit:2026-04-30";
        var recorded = await App.WithDbAsync(db => db.OitRemindersSent.AsNoTracking().Where(r => r.Key == key).ToListAsync());
        Assert.Equal([admin.Email!, late.Email!], recorded.Select(r => r.Recipient).Where(r => r == admin.Email || r == late.Email).Order(StringComparer.Ordinal));
        Assert.All(recorded, r => Assert.Equal(TenDaysBefore.UtcDateTime, r.SentAt));
    }

    [Fact]
    public void Deadlines_are_those_of_the_agencys_regime_within_the_reminder_days_and_not_past()
    {
        var catalog = App.Services.GetRequiredService<FrameworkCatalog>();

        var due = Assert.Single(OitReminderMailer.Deadlines(catalog, null, new DateOnly(2026, 4, 16), 14));
        Assert.Equal(("oit", new DateOnly(2026, 4, 30), 2569), (due.Entry.Key, due.Entry.End, due.Framework.FiscalYear));
        Assert.Single(OitReminderMailer.Deadlines(catalog, null, new DateOnly(2026, 4, 30), 14));
        Assert.Empty(OitReminderMailer.Deadlines(catalog, null, new DateOnly(2026, 4, 15), 14));
        Assert.Empty(OitReminderMailer.Deadlines(catalog, null, new DateOnly(2026, 5, 1), 14));
        Assert.Equal("registration", Assert.Single(OitReminderMailer.Deadlines(catalog, "nacc", new DateOnly(2026, 1, 20), 14)).Entry.Key);
    }

    [Fact]
    public async Task A_broken_link_is_told_once_and_again_only_after_it_worked_in_between()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 2, 15, 2, 0, 0, TimeSpan.Zero));
        var today = new DateOnly(2026, 2, 15);
        const string url = "https://banchang.example/ita/gone";
        var entry = await AddEntryAsync(2569, "O7", "กองช่าง", OitStatus.InProgress, url);
        await App.WithDbAsync(db =>
        {
            db.OitLinkChecks.Add(new OitLinkCheck { AgencyId = entry.AgencyId, EntryId = entry.Id, Url = url, Ok = false, StatusCode = 404, Problem = "ไม่พบหน้า (404)", CheckedAt = clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync();
        });
        var admin = await App.CreateUserAsync(Roles.Admin);
        var unit = await App.CreateUserAsync(Roles.Editor, unit: "กองช่าง");
        var other = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        await using var smtp = new SmtpListener();
        var mailer = Mailer(smtp, clock);
        Task SetOkAsync(bool ok) => App.WithDbAsync(db => db.OitLinkChecks.Where(c => c.EntryId == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Ok, ok)));

        var first = await mailer.SendDueAsync(today);
        var again = await mailer.SendDueAsync(today.AddDays(1));
        await SetOkAsync(true);
        var mended = await mailer.SendDueAsync(today.AddDays(2));
        var keptAfterMending = await App.WithDbAsync(db => db.OitRemindersSent.CountAsync(r => r.Key == OitReminderMailer.LinkKey(entry.Id, url)));
        await SetOkAsync(false);
        var second = await mailer.SendDueAsync(today.AddDays(3));

        Assert.True(first >= 2);
        Assert.Equal(0, again);
        Assert.Equal(0, mended);
        Assert.Equal(0, keptAfterMending);
        Assert.True(second >= 2);
        var messages = Read(smtp);
        Assert.Equal(2, messages.Count(m => m.To.Contains(admin.Email!)));
        var toUnit = messages.Where(m => m.To.Contains(unit.Email!)).Select(m => m.Message).ToList();
        Assert.Equal(2, toUnit.Count);
        Assert.All(toUnit, m => Assert.Contains("ลิงก์ OIT ใช้ไม่ได้ ๑ รายการ", m.Subject));
        Assert.All(toUnit, m => Assert.Contains($"O7: {url} — ไม่พบหน้า (404)", m.TextBody));
        Assert.DoesNotContain(messages, m => m.To.Contains(other.Email!));
        Assert.Equal(first + second, messages.Count);
    }
}

public sealed class SqliteOitReminderTests(SqliteApp app) : OitReminderBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresOitReminderTests(PostgresApp app) : OitReminderBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
