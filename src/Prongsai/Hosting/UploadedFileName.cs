using System.Globalization;
using System.Text;

namespace Prongsai.Hosting;

/// <summary>
/// The name an uploaded file is shown and downloaded under: the last segment of whatever path the browser sent
/// (either separator, since Windows clients send backslashes), without control characters or the bidirectional
/// overrides that disguise "fdp.exe" as "exe.pdf". Never used as a path on disk.
/// </summary>
public static class UploadedFileName
{
    const int MaxLength = 200;

    public static string Clean(string? sent)
    {
        var last = (sent ?? "").Split('/', '\\').Last();
        var kept = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned))
            {
                kept.Append(c);
            }
        }

        var name = kept.ToString().Trim().Trim('.');
        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(MaxLength - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return name.Length == 0 ? "file" : name;
    }
}
