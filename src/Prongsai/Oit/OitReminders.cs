using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Prongsai.Account;
using Prongsai.Catalog;
using Prongsai.Data;
using Prongsai.Progress;
using Prongsai.Thai;

namespace Prongsai.Oit;

/// <summary>
/// The OIT's reminders, sent through the measures' reminder channel (the same SMTP settings and hourly loop): each
/// ITA calendar deadline of the agency's regime, from <see cref="DaysKey"/> days before it, to the agency's
/// administrators and the editors of units with items not yet ready; and each broken link, to the administrators and
/// the editors of the item's unit. Each goes to each recipient once (recorded in <see cref="OitReminderSent"/>).
/// </summary>
public sealed class OitReminderMailer(IServiceScopeFactory scopes, SmtpSettings smtp, FrameworkCatalog catalog, TimeProvider clock, IConfiguration configuration)
{
    public const string DaysKey = "Prongsai:Oit:ReminderDays";
    public const int DefaultDays = 14;

    public int DaysBefore => Math.Clamp(configuration.GetValue(DaysKey, DefaultDays), 0, 120);

    /// <summary>One email: what it tells one recipient, and the reminder keys it settles.</summary>
    public sealed record Pending(Guid AgencyId, string Recipient, IReadOnlyList<string> Keys, string Subject, string Body);

    /// <summary>The deadlines an agency's calendar has within <paramref name="days"/> days of today (today's included).</summary>
    public static IEnumerable<(Framework Framework, CalendarEntry Entry)> Deadlines(FrameworkCatalog catalog, string? regime, DateOnly today, int days)
    {
        var year = FiscalYear.Of(today).BuddhistYear;
        var name = regime ?? FrameworkCatalog.DefaultRegime;
        // Only a year's own file: a framework carried over from an earlier year has that year's dates.
        return new[] { year, year + 1 }.Where(y => catalog.Has(y, name)).Select(y => catalog.For(y, name))
            .SelectMany(f => f.Calendar.Where(e => e.End >= today && e.End.DayNumber - today.DayNumber <= days).Select(e => (f, e)))
            .OrderBy(d => d.e.End);
    }

    public static string CalendarKey(Framework framework, CalendarEntry entry) =>
        $"calendar:{framework.Regime}:{framework.FiscalYear}:{entry.Key}:{entry.End:yyyy-MM-dd}";

    public static string LinkKey(Guid entryId, string url) =>
        $"link:{entryId:N}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32]}";

    /// <summary>Sends what is due today and not yet sent; returns how many emails went out.</summary>
    public async Task<int> SendDueAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!smtp.Enabled)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var pending = await PendingAsync(db, today, cancellationToken);
        using var client = new SmtpClient();
        foreach (var mail in pending)
        {
            if (!client.IsConnected)
            {
                await client.ConnectAsync(smtp.Host!, smtp.Port, SecureSocketOptions.None, cancellationToken);
            }

            await client.SendAsync(Message(mail), cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            db.OitRemindersSent.AddRange(mail.Keys.Select(key => new OitReminderSent { AgencyId = mail.AgencyId, Key = key, Recipient = mail.Recipient, SentAt = now }));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return pending.Count;
    }

    /// <summary>Today's emails not sent yet, one per recipient and deadline, and one per recipient for all their new broken links.</summary>
    public async Task<List<Pending>> PendingAsync(ProngsaiDb db, DateOnly today, CancellationToken cancellationToken)
    {
        // A background job's read across agencies: every agency's calendar and links.
        var agencies = await db.Agencies.AsNoTracking().IgnoreQueryFilters().ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.AgencyId != null && u.Email != null && u.DisabledAt == null
            && (u.Role == Roles.Admin || u.Role == Roles.Editor)).ToListAsync(cancellationToken);
        var since = FiscalYear.Of(today).BuddhistYear - 1;
        var entries = await db.OitEntries.AsNoTracking().IgnoreQueryFilters().Where(e => e.FiscalYear >= since).ToListAsync(cancellationToken);
        var broken = (await db.OitLinkChecks.AsNoTracking().IgnoreQueryFilters().Where(c => !c.Ok).ToListAsync(cancellationToken))
            .Select(c => (Check: c, Entry: entries.FirstOrDefault(e => e.Id == c.EntryId)))
            .Where(x => x.Entry is not null && x.Entry.Urls.Contains(x.Check.Url))
            .Select(x => (x.Check, Entry: x.Entry!, Key: LinkKey(x.Entry!.Id, x.Check.Url))).ToList();
        await ForgetMendedLinksAsync(db, broken.Select(b => b.Key).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var sent = (await db.OitRemindersSent.AsNoTracking().IgnoreQueryFilters().Select(r => new { r.AgencyId, r.Key, r.Recipient }).ToListAsync(cancellationToken))
            .Select(r => (r.AgencyId, r.Key, r.Recipient)).ToHashSet();

        var pending = new List<Pending>();
        foreach (var agency in agencies)
        {
            var staff = users.Where(u => u.AgencyId == agency.Id).ToList();
            var admins = staff.Where(u => u.Role == Roles.Admin).ToList();
            List<AppUser> EditorsOf(IEnumerable<string?> units) =>
                [.. staff.Where(u => u.Role == Roles.Editor && u.UnitName is { } own && units.Any(unit => unit is not null && UnitNames.Same(unit, own)))];

            foreach (var (framework, entry) in Deadlines(catalog, agency.Regime, today, DaysBefore))
            {
                var key = CalendarKey(framework, entry);
                var notReady = framework.Items
                    .Select(item => (item, row: entries.FirstOrDefault(e => e.AgencyId == agency.Id && e.FiscalYear == framework.FiscalYear && string.Equals(e.Code, item.Code, StringComparison.OrdinalIgnoreCase))))
                    .Where(x => x.row is null || x.row.Status is OitStatus.NotStarted or OitStatus.InProgress).ToList();
                foreach (var user in admins.Concat(EditorsOf(notReady.Select(x => x.row?.UnitName))).DistinctBy(u => u.Email, StringComparer.OrdinalIgnoreCase))
                {
                    if (!sent.Contains((agency.Id, key, user.Email!)))
                    {
                        var own = user.Role == Roles.Admin ? notReady : [.. notReady.Where(x => x.row?.UnitName is { } unit && UnitNames.Same(unit, user.UnitName!))];
                        pending.Add(DeadlineMail(agency, framework, entry, today, user.Email!, key, [.. own.Select(x => x.item)]));
                    }
                }
            }

            var agencyBroken = broken.Where(b => b.Entry.AgencyId == agency.Id).ToList();
            foreach (var user in admins.Concat(EditorsOf(agencyBroken.Select(b => b.Entry.UnitName))).DistinctBy(u => u.Email, StringComparer.OrdinalIgnoreCase))
            {
                var theirs = agencyBroken.Where(b => (user.Role == Roles.Admin || (b.Entry.UnitName is { } unit && UnitNames.Same(unit, user.UnitName!)))
                    && !sent.Contains((agency.Id, b.Key, user.Email!))).ToList();
                if (theirs.Count > 0)
                {
                    pending.Add(LinkMail(agency, user.Email!, [.. theirs.Select(b => (b.Entry, b.Check))], [.. theirs.Select(b => b.Key)]));
                }
            }
        }

        return pending;
    }

    /// <summary>A link that works again loses its reminders, so that breaking again is told again.</summary>
    static async Task ForgetMendedLinksAsync(ProngsaiDb db, HashSet<string> brokenKeys, CancellationToken cancellationToken)
    {
        var linkRows = await db.OitRemindersSent.IgnoreQueryFilters().Where(r => r.Key.StartsWith("link:")).ToListAsync(cancellationToken);
        var mended = linkRows.Where(r => !brokenKeys.Contains(r.Key)).ToList();
        if (mended.Count > 0)
        {
            db.OitRemindersSent.RemoveRange(mended);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    static Pending DeadlineMail(Agency agency, Framework framework, CalendarEntry entry, DateOnly today, string to, string key, IReadOnlyList<OitItem> notReady)
    {
        var days = entry.End.DayNumber - today.DayNumber;
        var when = days == 0 ? "ครบกำหนดวันนี้" : $"ครบกำหนดในอีก {ThaiDigits.ToThai(days)} วัน";
        var body = new StringBuilder()
            .AppendLine($"{agency.Name}: ITA ปี {ThaiDigits.ToThai(framework.FiscalYear)} — {entry.Name}")
            .AppendLine($"{ThaiDates.FormatPeriod(entry.Start, entry.End)} · {when}{(entry.Provisional ? " (วันที่โดยประมาณ โปรดตรวจสอบกับประกาศของ ป.ป.ช.)" : "")}");
        if (notReady.Count > 0)
        {
            body.AppendLine($"รายการ OIT ที่ยังไม่พร้อมส่ง {ThaiDigits.ToThai(notReady.Count)} รายการ:");
            foreach (var item in notReady)
            {
                body.AppendLine($"- {item.Code} {item.Name}");
            }
        }

        body.AppendLine($"สมุดงาน OIT: /a/{agency.Slug}/oit?year={framework.FiscalYear}")
            .AppendLine($"An ITA deadline ({entry.Key}) is {(days == 0 ? "today" : $"in {days} days")}; {notReady.Count} OIT items are not ready yet.");
        return new(agency.Id, to, [key], $"[โปร่งใส] ITA {ThaiDigits.ToThai(framework.FiscalYear)}: {entry.Name} {when}", body.ToString());
    }

    static Pending LinkMail(Agency agency, string to, IReadOnlyList<(OitEntry Entry, OitLinkCheck Check)> links, IReadOnlyList<string> keys)
    {
        var body = new StringBuilder().AppendLine($"{agency.Name}: ลิงก์ของรายการ OIT ใช้ไม่ได้ {ThaiDigits.ToThai(links.Count)} รายการ");
        foreach (var (entry, check) in links.OrderBy(l => l.Entry.FiscalYear).ThenBy(l => l.Entry.Code, StringComparer.Ordinal))
        {
            body.AppendLine($"- ปี {ThaiDigits.ToThai(entry.FiscalYear)} {entry.Code}: {check.Url} — {check.Problem ?? check.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)}")
                .AppendLine($"  /a/{agency.Slug}/oit/{entry.Code}?year={entry.FiscalYear}");
        }

        body.AppendLine("ผู้ตรวจประเมินเปิดลิงก์ที่กรอกใน ITAS โปรดแก้ไขหน้าเว็บหรือเปลี่ยน URL ของรายการ")
            .AppendLine($"{links.Count} links typed for OIT items fail the link check: please mend the pages or change the items' URLs.");
        return new(agency.Id, to, keys, $"[โปร่งใส] ลิงก์ OIT ใช้ไม่ได้ {ThaiDigits.ToThai(links.Count)} รายการ", body.ToString());
    }

    MimeMessage Message(Pending mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Sender));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }
}
