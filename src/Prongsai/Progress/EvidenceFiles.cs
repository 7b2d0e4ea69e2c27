using System.IO.Compression;
using System.Security.Cryptography;
using Prongsai.Hosting;

namespace Prongsai.Progress;

/// <summary>
/// Evidence files: checked by their content (never their name), stored under data/evidence by SHA-256,
/// written to a temporary file in the same folder and renamed into place, so a file is whole or absent.
/// </summary>
public sealed class EvidenceFiles(DataSettings settings, TimeProvider? clock = null)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Room for a few files at the limit in one form post.</summary>
    public const long MaxRequestBytes = 5 * MaxBytes + 1024 * 1024;

    public string Directory => settings.EvidenceDirectory;

    public sealed record Checked(IFormFile File, string ContentType);

    const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The extension each accepted type is downloaded with; the first is the one a wrong extension becomes.</summary>
    static readonly Dictionary<string, string[]> Extensions = new(StringComparer.Ordinal)
    {
        ["application/pdf"] = [".pdf"],
        ["image/png"] = [".png"],
        ["image/jpeg"] = [".jpg", ".jpeg"],
        ["image/gif"] = [".gif"],
        ["image/webp"] = [".webp"],
        [DocxType] = [".docx"],
        [XlsxType] = [".xlsx"],
    };

    /// <summary>
    /// The name a file is stored and downloaded under: the sent name with the extension of the type its content
    /// really is, so that "minutes.bat" holding a PDF is "minutes.pdf" and "invoice.pdf.js" is "invoice.pdf".
    /// </summary>
    public static string DownloadName(string name, string contentType)
    {
        if (!Extensions.TryGetValue(contentType, out var extensions))
        {
            return name;
        }

        if (extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return name;
        }

        var stem = Path.GetExtension(name).Length > 0 ? Path.GetFileNameWithoutExtension(name) : name;
        return extensions.Any(e => stem.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? stem : stem + extensions[0];
    }

    /// <summary>The zip-bomb check the importer applies, from the sizes the archive declares; null when plausible.</summary>
    static string? PackageViolation(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return Prongsai.Import.PackageLimits.Violation(zip);
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The content type the bytes really are, or null when they are none of PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX.</summary>
    public static string? DetectContentType(Stream content)
    {
        Span<byte> head = stackalloc byte[12];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (head.Length == 12 && head.StartsWith("RIFF"u8) && head[8..].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return head.StartsWith("PK\x03\x04"u8) ? DetectOfficeDocument(content) : null;
    }

    /// <summary>A zip is only a DOCX or XLSX when it holds the part that makes it one.</summary>
    static string? DetectOfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return DocxType;
            }

            return zip.GetEntry("xl/workbook.xml") is not null
                ? XlsxType
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // Not a readable zip: not an office document.
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Checks every file before any is written: the first refusal (Thai, then English) or the checked files.</summary>
    public static (string? Refusal, List<Checked> Files) Check(IEnumerable<IFormFile> files)
    {
        var accepted = new List<Checked>();
        foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            if (file.Length > MaxBytes)
            {
                return ($"ไฟล์ {file.FileName} ใหญ่เกิน ๒๐ MB (the file is larger than 20 MB)", []);
            }

            using var stream = file.OpenReadStream();
            var type = file.Length == 0 ? null : DetectContentType(stream);
            if (type is null)
            {
                return ($"ไฟล์ {file.FileName} ไม่ใช่ PDF รูปภาพ DOCX หรือ XLSX (only PDF, images, DOCX and XLSX are accepted, checked by content)", []);
            }

            if (type is DocxType or XlsxType && PackageViolation(stream) is { } violation)
            {
                return ($"ไฟล์ {file.FileName} มีเนื้อหาที่ขยายแล้วใหญ่ผิดปกติ จึงไม่รับ ({violation})", []);
            }

            accepted.Add(new Checked(file, type));
        }

        return (null, accepted);
    }

    /// <summary>Stores the content under its SHA-256 and returns the hash; the same content is stored once.</summary>
    public async Task<string> StoreAsync(IFormFile file, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = Path.Combine(Directory, $".{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            string hash;
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            await using (var input = file.OpenReadStream())
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await output.FlushAsync(cancellationToken);
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            var target = PathOf(hash);
            if (File.Exists(target))
            {
                Touch(target, (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
            }
            else
            {
                File.Move(temporary, target, overwrite: true);
            }

            return hash;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The same content stored before, perhaps by an upload whose row was never written: made recent again, so that
    /// EvidenceSweep leaves it alone until this upload's row is committed. Best effort: on a shared folder another
    /// instance's user may own the file, and the upload must not fail for that.
    /// </summary>
    static void Touch(string path, DateTime at)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, at);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public string PathOf(string sha256) =>
        IsStoredName(sha256) ? Path.Combine(Directory, sha256) : throw new ArgumentException("not a SHA-256", nameof(sha256));

    const string TemporarySuffix = ".tmp";

    /// <summary>A stored file's name: its SHA-256 in lower-case hex, nothing else.</summary>
    public static bool IsStoredName(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    /// <summary>The name StoreAsync writes to before the rename: "." + 32 hex digits + ".tmp".</summary>
    public static bool IsTemporaryName(string name) =>
        name.Length == 1 + 32 + TemporarySuffix.Length && name[0] == '.' && name.EndsWith(TemporarySuffix, StringComparison.Ordinal)
        && name[1..33].All(char.IsAsciiHexDigitLower);

    /// <summary>Links must be absolute http or https addresses.</summary>
    public static bool IsWebLink(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
