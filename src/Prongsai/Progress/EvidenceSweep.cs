using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Progress;

/// <summary>
/// Removes what failed writes leave in the evidence folder: files no Evidence row references (stored before a
/// database write that then failed: kill -9, a full disk, a conflict) and temporary files of a killed upload.
/// Only names EvidenceFiles writes are touched, and only once they are old enough that no instance sharing the
/// folder can still be between writing the file and committing its row.
/// </summary>
public sealed class EvidenceSweep(EvidenceFiles files, TimeProvider clock, ILogger<EvidenceSweep> logger)
{
    public static readonly TimeSpan UnreferencedAge = TimeSpan.FromHours(24);

    public static readonly TimeSpan TemporaryAge = TimeSpan.FromHours(1);

    public sealed record Removed(string Name, long Bytes, bool Temporary);

    public async Task<List<Removed>> RunAsync(ProngsaiDb db, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(files.Directory))
        {
            return [];
        }

        // Read before the folder is listed: a row committed after this query has its file written (or touched) after
        // it too, so that file is younger than UnreferencedAge.
        var referenced = (await db.Evidence.AsNoTracking().Where(e => e.Sha256 != null).Select(e => e.Sha256!).Distinct()
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        // OIT items keep their evidence files in the same folder.
        referenced.UnionWith(await db.OitEvidence.AsNoTracking().Where(e => e.Sha256 != null).Select(e => e.Sha256!).Distinct().ToListAsync(cancellationToken));
        // A replace import keeps the deleted measures' evidence for its undo while the batch can still be undone.
        var kept = await db.ImportedMeasures.AsNoTracking().Where(m => m.ProgressJson != null
            && db.ImportBatches.Any(b => b.Id == m.BatchId && b.State == Data.ImportState.Confirmed)).ToListAsync(cancellationToken);
        referenced.UnionWith(kept.SelectMany(Prongsai.Import.ImportWrites.KeptUpdates).SelectMany(u => u.Evidence).Where(e => e.Sha256 != null).Select(e => e.Sha256!));
        var now = clock.GetUtcNow().UtcDateTime;
        var removed = new List<Removed>();
        // Hidden files included: the temporary names start with a dot.
        foreach (var path in Directory.EnumerateFiles(files.Directory, "*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            var temporary = EvidenceFiles.IsTemporaryName(name);
            TimeSpan? maxAge = temporary ? TemporaryAge
                : EvidenceFiles.IsStoredName(name) && !referenced.Contains(name) ? UnreferencedAge
                : null;
            var file = new FileInfo(path);
            if (maxAge is null || !file.Exists || now - file.LastWriteTimeUtc < maxAge)
            {
                continue;
            }

            try
            {
                var bytes = file.Length;
                file.Delete();
                removed.Add(new Removed(name, bytes, temporary));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // One file that cannot go must not keep the sweep from the others, every day again.
                logger.LogWarning(e, "Evidence sweep could not remove {File}", path);
            }
        }

        return removed;
    }
}
