using Microsoft.EntityFrameworkCore;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Measures;
using Prongsai.Thai;

namespace Prongsai.Progress;

/// <summary>Measures not done whose period ends within 14 days or has ended.</summary>
public static class Reminders
{
    public const int DaysAhead = 14;

    public static bool IsDue(AgencyMeasure measure, DateOnly today) =>
        measure.Status != MeasureStatus.Done && measure.PeriodEnd is { } end && end <= today.AddDays(DaysAhead);

    public static IEnumerable<AgencyMeasure> Due(IEnumerable<AgencyMeasure> measures, DateOnly today) =>
        measures.Where(m => IsDue(m, today)).OrderBy(m => m.PeriodEnd);

    public static string WhenThai(AgencyMeasure measure, DateOnly today) =>
        measure.PeriodEnd < today ? $"เกินกำหนดมาแล้ว {ThaiDigits.ToThai(today.DayNumber - measure.PeriodEnd!.Value.DayNumber)} วัน"
            : $"ครบกำหนดในอีก {ThaiDigits.ToThai(measure.PeriodEnd!.Value.DayNumber - today.DayNumber)} วัน";
}

/// <summary>SMTP for reminder emails: PRONGSAI_SMTP="host:port" (or Prongsai:Smtp); without it reminders are in-app only.</summary>
public sealed record SmtpSettings(string? Host, int Port, string Sender)
{
    public const string Key = "Prongsai:Smtp";

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static SmtpSettings Read(IConfiguration configuration)
    {
        var value = configuration[Key] is { Length: > 0 } configured ? configured : Environment.GetEnvironmentVariable("PRONGSAI_SMTP");
        var from = configuration["Prongsai:SmtpFrom"] ?? Environment.GetEnvironmentVariable("PRONGSAI_SMTP_FROM") ?? "prongsai@localhost";
        if (string.IsNullOrWhiteSpace(value))
        {
            return new(null, 0, from);
        }

        var colon = value.LastIndexOf(':');
        return colon > 0 && int.TryParse(value[(colon + 1)..], out var port)
            ? new(value[..colon], port, from)
            : new(value, 25, from);
    }
}

/// <summary>Emails each due measure's unit editors and the agency administrators, at most once a day per person and measure.</summary>
public sealed class ReminderMailer(IServiceProvider services, SmtpSettings smtp, TimeProvider clock, ILogger<ReminderMailer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!smtp.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
                await SendDueAsync(today, stoppingToken);
                // The OIT's calendar deadlines and broken links go through the same channel.
                await services.GetRequiredService<Oit.OitReminderMailer>().SendDueAsync(today, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder emails failed; trying again in an hour.");
            }

            await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
        }
    }

    /// <summary>Sends today's reminders; returns how many emails went out.</summary>
    public async Task<int> SendDueAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!smtp.Enabled)
        {
            return 0;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var horizon = today.AddDays(Reminders.DaysAhead);
        // The daily mail goes to every agency's units: a background job's read across agencies.
        var due = await db.Measures.AsNoTracking().IgnoreQueryFilters()
            .Where(m => m.Status != MeasureStatus.Done && m.PeriodEnd != null && m.PeriodEnd <= horizon).ToListAsync(cancellationToken);
        var agencyIds = due.Select(m => m.AgencyId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => u.AgencyId != null && agencyIds.Contains(u.AgencyId.Value)
            && (u.Role == Roles.Admin || u.Role == Roles.Editor) && u.Email != null).ToListAsync(cancellationToken);
        var sent = 0;
        using var client = new SmtpClient();
        foreach (var measure in due)
        {
            foreach (var user in users.Where(u => u.AgencyId == measure.AgencyId && IsResponsible(u, measure)))
            {
                if (await db.RemindersSent.AnyAsync(r => r.MeasureId == measure.Id && r.Recipient == user.Email && r.On == today, cancellationToken))
                {
                    continue;
                }

                if (!client.IsConnected)
                {
                    await client.ConnectAsync(smtp.Host!, smtp.Port, SecureSocketOptions.None, cancellationToken);
                }

                await client.SendAsync(Message(user.Email!, measure, today), cancellationToken);
                db.RemindersSent.Add(new ReminderSent { MeasureId = measure.Id, Recipient = user.Email!, On = today });
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return sent;
    }

    static bool IsResponsible(AppUser user, AgencyMeasure measure) =>
        user.Role == Roles.Admin
        || Account.UnitNames.UserCanEdit(user, measure);

    MimeMessage Message(string to, AgencyMeasure measure, DateOnly today)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Sender));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"[โปร่งใส] มาตรการ{Reminders.WhenThai(measure, today)}: {MeasureText.Title(measure.Indicators)}";
        message.Body = new TextPart("plain")
        {
            Text = $"มาตรการ {MeasureText.Title(measure.Indicators)} ({string.Join(", ", measure.ResponsibleUnits)})\n"
                + $"ระยะเวลา {MeasureText.Period(measure.PeriodStart, measure.PeriodEnd)} · สถานะ {MeasureText.StatusThai(measure.Status)}\n"
                + $"{Reminders.WhenThai(measure, today)} กรุณาบันทึกความก้าวหน้าพร้อมหลักฐาน\n"
                + "A measure's period ends soon or has ended and it is not done: please record its progress with evidence.\n",
        };
        return message;
    }
}
