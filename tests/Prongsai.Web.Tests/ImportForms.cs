using System.Net.Http.Headers;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Posts the import page's upload form, as the browser does.</summary>
public static class ImportForms
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string slug = DemoSeed.Slug)
    {
        var url = $"/a/{slug}/import";
        using var upload = new MultipartFormDataContent();
        foreach (var field in await AppFactory.FieldsAsync(client, url, []))
        {
            upload.Add(new StringContent(field.Value), field.Key);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        upload.Add(file, "file", fileName);
        return await client.PostAsync(url, upload);
    }

    /// <summary>The demo agency's seed document, a real exported measures text.</summary>
    public static async Task<byte[]> SeedAsync()
    {
        await using var seed = DemoSeed.OpenResource(DemoSeed.SeedFileName);
        using var copy = new MemoryStream();
        await seed.CopyToAsync(copy);
        return copy.ToArray();
    }
}
