using Microsoft.Playwright;
using Prongsai.Reports;

namespace Prongsai.Printing;

/// <summary>
/// A Chromium page kept warm for printing: Sarabun is decoded into it once, as FontFace objects of the document,
/// and every job then replaces only the document element. A job's page arrives without its inline fonts (three
/// quarters of the seed report's bytes), so neither the transfer nor the font decoding is paid per job.
/// </summary>
sealed class PrintPage(IPage page)
{
    const string LoadFontsScript = """
        async faces => {
          for (const [data, weight, range] of faces) {
            const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
            const face = new FontFace('Sarabun', bytes, { weight: String(weight), style: 'normal', unicodeRange: range, display: 'block' });
            await face.load();
            document.fonts.add(face);
          }
        }
        """;

    // DOMParser keeps the page's own <html lang> and <head>; the adopted document element takes the place of the last one.
    const string ReplaceDocumentScript = """
        async html => {
          const next = new DOMParser().parseFromString(html, 'text/html').documentElement;
          document.replaceChild(document.adoptNode(next), document.documentElement);
          await document.fonts.ready;
        }
        """;

    static readonly Lazy<object[]> Faces = new(() =>
        [.. SarabunFonts.Faces.Select(f => new object[] { Convert.ToBase64String(SarabunFonts.Read(f.File)), f.Weight, f.UnicodeRange })]);

    public static async Task<PrintPage> OpenAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync();
        try
        {
            // Standards mode, as the reports declare; a replaced document element keeps the mode of the first.
            await page.SetContentAsync("<!DOCTYPE html><html><head></head><body></body></html>");
            await page.EvaluateAsync(LoadFontsScript, Faces.Value);
            return new PrintPage(page);
        }
        catch
        {
            await page.CloseAsync();
            throw;
        }
    }

    public async Task<byte[]> PrintAsync(string html)
    {
        await page.EvaluateAsync(ReplaceDocumentScript, html.Replace(SarabunFonts.FontFaceCss, "", StringComparison.Ordinal));
        return await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true });
    }

    /// <summary>Closes the page, which also ends a job still running on it.</summary>
    public async Task CloseAsync()
    {
        try
        {
            await page.CloseAsync(new() { RunBeforeUnload = false });
        }
        catch (PlaywrightException)
        {
            // The browser is gone already: so is the page.
        }
    }
}
