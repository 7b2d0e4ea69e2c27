using Microsoft.Extensions.Caching.Memory;
using Prongsai.Documents;

namespace Prongsai.Publishing;

/// <summary>One published file as served: its bytes and the headers that go with them, made once.</summary>
public sealed record ServedFile(byte[] Content, string ContentType, string Sha256, string FileName, int Number)
{
    /// <summary>The quoted entity tag.</summary>
    public string ETag { get; } = $"\"{Sha256}\"";

    /// <summary>A numbered page that is the newest today: it will say so no longer once a newer version is published.</summary>
    public bool MayChange { get; init; }

    /// <summary>The web page opens in the browser; the other formats download under their file name.</summary>
    public string ContentDisposition { get; } = Disposition(FileName);

    static string Disposition(string fileName)
    {
        var header = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue(fileName.EndsWith(".html", StringComparison.Ordinal) ? "inline" : "attachment");
        header.SetHttpFileName(fileName);
        return header.ToString();
    }
}

/// <summary>
/// Published bytes in memory, bounded by size. A numbered version never changes, so it stays until evicted;
/// the "latest" entries are dropped when this instance publishes and expire soon anyway, for other instances.
/// </summary>
public sealed class PublicationCache : IDisposable
{
    public static readonly TimeSpan LatestLifetime = TimeSpan.FromSeconds(30);

    readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 256L * 1024 * 1024 });

    public async Task<ServedFile?> GetAsync(string key, bool latest, Func<Task<ServedFile?>> load)
    {
        if (_cache.TryGetValue(key, out ServedFile? cached))
        {
            return cached;
        }

        var file = await load();
        if (file is not null)
        {
            var options = new MemoryCacheEntryOptions { Size = file.Content.Length + 512 };
            if (latest || file.MayChange)
            {
                options.AbsoluteExpirationRelativeToNow = LatestLifetime;
            }

            _cache.Set(key, file, options);
        }

        return file;
    }

    public static string Key(string slug, int year, DocumentKind kind, int? number, string format) =>
        $"{slug}/{year}/{kind}/{(number is { } n ? "v" + n : "latest")}.{format}";

    public void ForgetLatest(string slug, int year, DocumentKind kind)
    {
        foreach (var format in Publisher.Formats)
        {
            _cache.Remove(Key(slug, year, kind, null, format));
        }
    }

    public void Dispose() => _cache.Dispose();
}
