using Microsoft.Net.Http.Headers;

namespace Prongsai.Hosting;

/// <summary>Files only a signed-in person may see: no shared cache (a proxy, the browser's disk) keeps a copy.</summary>
public static class PrivateDownload
{
    public const string CacheControl = "private, no-store";

    public static void NoStore(HttpResponse response) => response.Headers[HeaderNames.CacheControl] = CacheControl;
}
