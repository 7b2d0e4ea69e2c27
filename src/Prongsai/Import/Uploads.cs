using Prongsai.Hosting;

namespace Prongsai.Import;

/// <summary>
/// An uploaded document while it is being read: kept under data/uploads/AGENCY/ by a random id (which becomes the
/// import's id), then removed once read; the parsed document lives on in its <see cref="Data.ImportBatch"/>.
/// </summary>
public sealed class Uploads(DataSettings settings)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".docx", ".xlsx", ".json", ".pdf"];

    public sealed record Upload(Guid Id, string FileName, string Path);

    /// <summary>The stored upload, or null when it could not be written whole (the disk may be full).</summary>
    public async Task<Upload?> SaveAsync(Guid agencyId, IFormFile file, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var folder = Folder(agencyId);
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, id.ToString("N") + System.IO.Path.GetExtension(UploadedFileName.Clean(file.FileName)).ToLowerInvariant());
        var name = UploadedFileName.Clean(file.FileName);
        try
        {
            await using (var stream = File.Create(path))
            {
                await file.CopyToAsync(stream, cancellationToken);
            }

            await File.WriteAllTextAsync(path + ".name", name, cancellationToken);
        }
        catch (IOException)
        {
            // A partial upload is never previewed: both files go, and the caller says the disk may be full.
            File.Delete(path);
            File.Delete(path + ".name");
            return null;
        }

        return new Upload(id, name, path);
    }

    public Upload? Find(Guid agencyId, Guid id)
    {
        var folder = Folder(agencyId);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var path = Directory.EnumerateFiles(folder, id.ToString("N") + ".*").FirstOrDefault(p => !p.EndsWith(".name", StringComparison.Ordinal));
        return path is null ? null : new Upload(id, File.ReadAllText(path + ".name"), path);
    }

    public static void Delete(Upload upload)
    {
        File.Delete(upload.Path);
        File.Delete(upload.Path + ".name");
    }

    /// <summary>Null when the file may be uploaded; otherwise why not.</summary>
    public static string? Refuse(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return "เลือกไฟล์ (choose a file)";
        }

        if (file.Length > MaxBytes)
        {
            return "ไฟล์ใหญ่เกิน ๑๐ MB (the file is larger than 10 MB)";
        }

        return Extensions.Contains(System.IO.Path.GetExtension(UploadedFileName.Clean(file.FileName)).ToLowerInvariant())
            ? null
            : "รับเฉพาะไฟล์ .txt .md .docx .xlsx .json .pdf (only .txt, .md, .docx, .xlsx, .json and .pdf)";
    }

    /// <summary>A preview nobody confirmed or cancelled within a day was left (the tab closed); its upload goes.</summary>
    public static readonly TimeSpan AbandonedAge = TimeSpan.FromHours(24);

    /// <summary>Removes uploads older than <see cref="AbandonedAge"/>, only names <see cref="SaveAsync"/> writes; returns their bytes.</summary>
    public List<long> RemoveAbandoned(DateTime utcNow)
    {
        var removed = new List<long>();
        if (!Directory.Exists(settings.UploadDirectory))
        {
            return removed;
        }

        foreach (var agency in Directory.EnumerateDirectories(settings.UploadDirectory).Where(d => Guid.TryParseExact(System.IO.Path.GetFileName(d), "N", out _)))
        {
            foreach (var file in new DirectoryInfo(agency).EnumerateFiles().Where(f => IsUploadName(f.Name) && utcNow - f.LastWriteTimeUtc >= AbandonedAge))
            {
                try
                {
                    var bytes = file.Length;
                    file.Delete();
                    removed.Add(bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another instance removed it first, or it cannot go: the next sweep tries again.
                }
            }
        }

        return removed;
    }

    /// <summary>"{32 hex}.docx" or its "{32 hex}.docx.name" beside it.</summary>
    static bool IsUploadName(string name)
    {
        var upload = name.EndsWith(".name", StringComparison.Ordinal) ? name[..^".name".Length] : name;
        var extension = System.IO.Path.GetExtension(upload);
        return Extensions.Contains(extension) && Guid.TryParseExact(upload[..^extension.Length], "N", out _);
    }

    string Folder(Guid agencyId) => System.IO.Path.Combine(settings.UploadDirectory, agencyId.ToString("N"));
}
