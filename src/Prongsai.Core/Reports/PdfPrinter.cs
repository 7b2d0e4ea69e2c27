using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Prongsai.Reports;

/// <summary>Where Chromium is and how many pages print at once.</summary>
public sealed record PdfPrinterOptions
{
    /// <summary>Debian's chromium package; Playwright never downloads a browser of its own here.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>Pages kept open and reused; also the number of PDFs printed at the same time.</summary>
    public int Pages { get; init; } = 2;
}

/// <summary>PDF reports need Chromium and it is not there (or does not start).</summary>
public sealed class ChromiumNotFoundException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Prints report HTML to PDF with headless Chromium. One browser stays warm for the printer's lifetime and
/// a small pool of pages is reused; concurrent calls are safe. Register one as a singleton.
/// Page numbers ("หน้า ๑/๓") come from the page's own CSS (@page margin boxes with Thai counters), because
/// Chromium runs no script in Playwright's footerTemplate and so cannot map its digits to Thai.
/// </summary>
public sealed class PdfPrinter(PdfPrinterOptions? options = null) : IAsyncDisposable
{
    static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    readonly PdfPrinterOptions _options = options ?? new PdfPrinterOptions();
    readonly SemaphoreSlim _startLock = new(1, 1);
    readonly SemaphoreSlim _freePages = new((options ?? new PdfPrinterOptions()).Pages);
    readonly ConcurrentBag<IPage> _idlePages = [];
    IPlaywright? _playwright;
    IBrowser? _browser;
    bool _disposed;

    public string InstallHint =>
        $"PDF needs Chromium at {_options.ChromiumPath}. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), "
        + "or set PdfPrinterOptions.ChromiumPath; HTML, DOCX, XLSX and JSON work without it.";

    /// <summary>Starts the browser now rather than on the first print.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default) => await BrowserAsync(cancellationToken);

    public Task<byte[]> PrintAsync(ReportLayout layout, CancellationToken cancellationToken = default) =>
        PrintAsync(HtmlReportWriter.Write(layout), cancellationToken);

    /// <summary>Prints self-contained HTML (fonts inline, page size and margins in its @page CSS).</summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _freePages.WaitAsync(cancellationToken);
        IPage? page = null;
        try
        {
            page = _idlePages.TryTake(out var idle) ? idle : await (await BrowserAsync(cancellationToken)).NewPageAsync();
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => document.fonts.ready");
            var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true });
            _idlePages.Add(page);
            page = null;
            return pdf;
        }
        finally
        {
            if (page is not null)
            {
                // A page that failed mid-print is not trusted again.
                await page.CloseAsync();
            }

            _freePages.Release();
        }
    }

    async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _startLock.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            if (!File.Exists(_options.ChromiumPath))
            {
                throw new ChromiumNotFoundException($"Chromium was not found. {InstallHint}");
            }

            _idlePages.Clear();
            _playwright ??= await Playwright.CreateAsync();
            try
            {
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = _options.ChromiumPath,
                    Headless = true,
                    Args = LaunchArguments,
                });
            }
            catch (PlaywrightException e)
            {
                throw new ChromiumNotFoundException($"Chromium did not start: {e.Message.Split('\n')[0]}. {InstallHint}", e);
            }

            return _browser;
        }
        finally
        {
            _startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _startLock.Dispose();
        _freePages.Dispose();
    }
}
