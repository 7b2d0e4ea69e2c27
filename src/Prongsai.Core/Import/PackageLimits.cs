using System.IO.Compression;

namespace Prongsai.Import;

/// <summary>
/// Refuses a DOCX or XLSX whose entries would inflate far beyond any real document (a zip bomb), from the sizes the
/// archive declares, before any entry is decompressed. An archive that understates them is stopped by .NET itself,
/// which never inflates an entry past its declared size.
/// </summary>
public static class PackageLimits
{
    /// <summary>All entries together, uncompressed. A real measures document is well under a megabyte of XML.</summary>
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;

    public const int MaxEntries = 10_000;

    /// <summary>The reason to refuse the archive, or null when its declared sizes are plausible.</summary>
    public static string? Violation(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return $"the archive has {zip.Entries.Count:N0} entries; the limit is {MaxEntries:N0}";
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length < 0 || entry.Length > MaxUncompressedBytes - total)
            {
                return $"the archive's entries inflate to more than {MaxUncompressedBytes:N0} bytes (entry {entry.FullName} alone is {entry.Length:N0}): refused as a possible zip bomb";
            }

            total += entry.Length;
        }

        return null;
    }
}
