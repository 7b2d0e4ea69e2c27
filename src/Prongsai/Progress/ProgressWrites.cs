using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Progress;

/// <summary>What the progress page and the API share: recording an update or a correction, with its evidence, atomically.</summary>
public sealed class ProgressWrites(ProngsaiDb db, EvidenceFiles files, TimeProvider clock)
{
    public sealed record UpdateInput(DateOnly On, string Text, MeasureStatus Status, IReadOnlyList<string> Links, IReadOnlyList<IFormFile> Files, Guid? CorrectsId);

    public sealed record Outcome(ProgressUpdate? Update, string? Error, bool Conflict = false, bool OutOfSpace = false);

    public const string NotStored =
        "บันทึกไฟล์ไม่ได้ พื้นที่จัดเก็บของเซิร์ฟเวอร์อาจเต็ม จึงยังไม่ได้บันทึกรายการนี้ (The file could not be stored — the server's disk may be full. Nothing was saved; please tell the administrator.)";

    /// <summary>
    /// Checks everything first (text, links, every file's type and size), so that a refusal writes nothing;
    /// then stores the files by hash and writes the update, its evidence and the measure in one transaction.
    /// </summary>
    public async Task<Outcome> RecordAsync(Caller caller, AgencyMeasure measure, UpdateInput input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return new(null, "บอกสิ่งที่ได้ดำเนินการ (describe what was done)");
        }

        // The text becomes one of the measure's results, which are bounded like every item.
        if (input.Text.Trim().Length > Documents.MeasureLimits.TextLength)
        {
            return new(null, $"ข้อความยาวเกิน {Documents.MeasureLimits.TextLength:N0} ตัวอักษร (the text is {input.Text.Trim().Length:N0} characters; at most {Documents.MeasureLimits.TextLength:N0})");
        }

        if (input.Links.Count > 20 || input.Links.Any(l => l.Length > 2000))
        {
            return new(null, "ลิงก์ได้ไม่เกิน ๒๐ รายการ ยาวไม่เกิน ๒,๐๐๐ ตัวอักษร (at most 20 links of at most 2,000 characters)");
        }

        var links = input.Links.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        if (links.FirstOrDefault(l => !EvidenceFiles.IsWebLink(l)) is { } badLink)
        {
            return new(null, $"ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https:// (links must be http or https): {badLink}");
        }

        var (refusal, checkedFiles) = EvidenceFiles.Check(input.Files);
        if (refusal is not null)
        {
            return new(null, refusal);
        }

        if (input.CorrectsId is { } correctsId && !await IsCurrentAsync(measure.Id, correctsId, cancellationToken))
        {
            return new(null, "แก้ไขได้เฉพาะรายการล่าสุดที่ยังไม่ถูกแก้ไข (only an update not yet corrected can be corrected)", Conflict: true);
        }

        var update = new ProgressUpdate
        {
            AgencyId = measure.AgencyId,
            MeasureId = measure.Id,
            On = input.On,
            Text = input.Text.Trim(),
            Status = input.Status,
            CorrectsId = input.CorrectsId,
            RecordedBy = caller.Email,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        update.Evidence.AddRange(links.Select(l => new Evidence { Url = l }));
        foreach (var file in checkedFiles)
        {
            string hash;
            try
            {
                hash = await files.StoreAsync(file.File, cancellationToken);
            }
            catch (IOException)
            {
                // Files already stored stay unreferenced (stored by hash, reused by the next upload of the same content).
                return new(null, NotStored, OutOfSpace: true);
            }

            update.Evidence.Add(new Evidence
            {
                Sha256 = hash,
                FileName = EvidenceFiles.DownloadName(Prongsai.Hosting.UploadedFileName.Clean(file.File.FileName), file.ContentType),
                ContentType = file.ContentType,
                Length = file.File.Length,
            });
        }

        if (input.CorrectsId is { } corrected)
        {
            // A correction keeps the evidence of the update it replaces, beside any it adds.
            var kept = await db.Evidence.AsNoTracking().Where(e => e.UpdateId == corrected).ToListAsync(cancellationToken);
            update.Evidence.AddRange(kept.Select(e => new Evidence { Url = e.Url, Sha256 = e.Sha256, FileName = e.FileName, ContentType = e.ContentType, Length = e.Length }));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ProgressUpdates.Add(update);
        var history = await db.ProgressUpdates.AsNoTracking().Where(u => u.MeasureId == measure.Id).ToListAsync(cancellationToken);
        ApplyHistory(measure, [.. history, update], update.RecordedAt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(null, "มีผู้อื่นบันทึกมาตรการนี้พร้อมกัน ลองอีกครั้ง (someone saved this measure at the same time; try again)", Conflict: true);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(update, null);
    }

    /// <summary>An update is current when no later update corrects it.</summary>
    async Task<bool> IsCurrentAsync(Guid measureId, Guid updateId, CancellationToken cancellationToken) =>
        await db.ProgressUpdates.AnyAsync(u => u.Id == updateId && u.MeasureId == measureId, cancellationToken)
        && !await db.ProgressUpdates.AnyAsync(u => u.CorrectsId == updateId, cancellationToken);

    /// <summary>The updates no correction replaced, oldest first.</summary>
    public static List<ProgressUpdate> Current(IReadOnlyCollection<ProgressUpdate> history)
    {
        var corrected = history.Where(u => u.CorrectsId is not null).Select(u => u.CorrectsId!.Value).ToHashSet();
        return [.. history.Where(u => !corrected.Contains(u.Id)).OrderBy(u => u.On).ThenBy(u => u.RecordedAt)];
    }

    /// <summary>
    /// The measure's status is its latest current update's; its results are what it had from elsewhere (typed or
    /// imported) followed by the current updates' texts, so a correction replaces the line it corrects.
    /// </summary>
    public static void ApplyHistory(AgencyMeasure measure, IReadOnlyCollection<ProgressUpdate> history, DateTime at)
    {
        var current = Current(history);
        if (current.Count == 0)
        {
            return;
        }

        var fromUpdates = history.Select(u => u.Text).ToHashSet(StringComparer.Ordinal);
        measure.Results = [.. measure.Results.Where(r => !fromUpdates.Contains(r)), .. current.Select(u => u.Text).Distinct()];
        measure.Status = current[^1].Status;
        measure.Version++;
        measure.UpdatedAt = at;
    }
}
