using System.Globalization;
using Prongsai.Data;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>
/// How long an unconfirmed preview is kept (Prongsai:Import:PreviewLifetime, a TimeSpan, default 7 days; 0 keeps them
/// for ever): past it the preview can no longer be confirmed, and <see cref="PreviewSweep"/> deletes it.
/// </summary>
public sealed class PreviewLifetime(IConfiguration configuration, TimeProvider clock)
{
    public const string Key = "Prongsai:Import:PreviewLifetime";

    public static readonly TimeSpan Default = TimeSpan.FromDays(7);

    public TimeSpan Lifetime { get; } = configuration.GetValue(Key, Default);

    public bool Enabled => Lifetime > TimeSpan.Zero;

    /// <summary>Previews and cancelled previews: they never wrote anything. Confirmed and undone batches are the audit record of an import.</summary>
    public static bool MayExpire(ImportState state) => state is ImportState.Previewed or ImportState.Cancelled;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool HasExpired(ImportBatch batch) => Enabled && MayExpire(batch.State) && batch.CreatedAt <= Now - Lifetime;

    /// <summary>Until when the preview may be confirmed; null when previews never expire.</summary>
    public DateTime? ExpiresAt(ImportBatch batch) => Enabled && MayExpire(batch.State) ? batch.CreatedAt + Lifetime : null;

    /// <summary>"ไทย (English)", as the API's messages are; the page shows one language of it (Ui.Message).</summary>
    public string ExpiredMessage
    {
        get
        {
            var (thai, english) = Duration(Lifetime);
            return $"ตัวอย่างการนำเข้านี้หมดอายุแล้ว เพราะไม่ได้ยืนยันภายใน {thai} โปรดอัปโหลดเอกสารอีกครั้ง "
                + $"(this import preview expired: it was not confirmed within {english}; upload the document again)";
        }
    }

    /// <summary>"๗ วัน" and "7 days", or hours when the lifetime is not whole days.</summary>
    static (string Thai, string English) Duration(TimeSpan span)
    {
        if (span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            var days = (int)span.TotalDays;
            return ($"{ThaiDigits.ToThai(days)} วัน", days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days");
        }

        var hours = (int)Math.Ceiling(span.TotalHours);
        return ($"{ThaiDigits.ToThai(hours)} ชั่วโมง", hours == 1 ? "1 hour" : $"{hours.ToString(CultureInfo.InvariantCulture)} hours");
    }
}
