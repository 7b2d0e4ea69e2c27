using System.Collections.Concurrent;
using Microsoft.Playwright;
using Prongsai.Reports;

namespace Prongsai.Printing;

/// <summary>
/// Prints report HTML to PDF with headless Chromium. One browser stays warm for the printer's lifetime and a small
/// pool of pages is reused; concurrent calls are safe. Register one as a singleton.
/// Fair by construction: one owner (an agency) prints one job at a time, large jobs never take the last free page,
/// and every job — waiting included — ends within <see cref="PdfPrinterOptions.Timeout"/> (large ones within
/// <see cref="PdfPrinterOptions.LargeJobTimeout"/>) or throws <see cref="PrintTimeoutException"/>.
/// Page numbers ("หน้า ๑/๓") come from the page's own CSS (@page margin boxes with Thai counters), because
/// Chromium runs no script in Playwright's footerTemplate and so cannot map its digits to Thai.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    readonly PdfPrinterOptions _options;
    readonly TimeProvider _clock;
    readonly SemaphoreSlim _startLock = new(1, 1);
    readonly SemaphoreSlim _freePages;
    readonly SemaphoreSlim _largeJobs;
    readonly ConcurrentDictionary<string, SemaphoreSlim> _owners = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, int> _printing = new(StringComparer.Ordinal);
    readonly ConcurrentBag<PrintPage> _idlePages = [];
    IPlaywright? _playwright;
    IBrowser? _browser;
    bool _disposed;

    public PdfPrinter(PdfPrinterOptions? options = null, TimeProvider? clock = null)
    {
        _options = options ?? new PdfPrinterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Pages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.PagesPerOwner, 1);
        _clock = clock ?? TimeProvider.System;
        _freePages = new(_options.Pages);
        // With one page there is nothing to keep back; with more, one always stays free for small jobs.
        _largeJobs = new(Math.Max(1, _options.Pages - 1));
    }

    public PdfPrinterOptions Options => _options;

    public string InstallHint =>
        $"PDF needs Chromium at {_options.ChromiumPath}. Install it with `sudo apt-get install chromium` (Debian/Ubuntu), "
        + "or set PdfPrinterOptions.ChromiumPath; HTML, DOCX, XLSX and JSON work without it.";

    /// <summary>Starts the browser and one page now rather than on the first print.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        if (_idlePages.IsEmpty)
        {
            _idlePages.Add(await PrintPage.OpenAsync(await BrowserAsync(cancellationToken)));
        }
    }

    public Task<byte[]> PrintAsync(ReportLayout layout, CancellationToken cancellationToken = default) =>
        PrintAsync(HtmlReportWriter.Write(layout), owner: null, cancellationToken);

    /// <summary>
    /// Prints self-contained HTML (fonts inline, page size and margins in its @page CSS). Jobs of the same
    /// <paramref name="owner"/> (an agency; null for jobs of no one in particular) wait for each other, never for
    /// more than the timeout in all.
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, string? owner = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var large = html.Length > _options.LargeJobChars;
        var timeout = large ? _options.LargeJobTimeout : _options.Timeout;
        using var limit = new CancellationTokenSource(timeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        var held = new List<SemaphoreSlim>(3);
        try
        {
            foreach (var gate in new[] { OwnerGate(owner), large ? _largeJobs : null, _freePages })
            {
                if (gate is not null)
                {
                    await gate.WaitAsync(linked.Token);
                    held.Add(gate);
                }
            }

            _printing.AddOrUpdate(owner ?? "", 1, (_, n) => n + 1);
            try
            {
                return await PrintOnPageAsync(html, linked.Token);
            }
            finally
            {
                _printing.AddOrUpdate(owner ?? "", 0, (_, n) => n - 1);
            }
        }
        catch (Exception e) when ((e is OperationCanceledException && limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            || e is TimeoutException)
        {
            throw new PrintTimeoutException(timeout, html.Length);
        }
        catch (PlaywrightException e)
        {
            throw new PrintFailedException($"Chromium failed to print: {e.Message.Split('\n')[0]}", e);
        }
        finally
        {
            foreach (var gate in held)
            {
                gate.Release();
            }
        }
    }

    /// <summary>The owner's jobs on a page right now (not those waiting).</summary>
    internal int Printing(string? owner) => _printing.TryGetValue(owner ?? "", out var n) ? n : 0;

    // One semaphore per owner for the printer's lifetime: as many as there are agencies, a few hundred at most.
    SemaphoreSlim OwnerGate(string? owner) =>
        _owners.GetOrAdd(owner ?? "", _ => new SemaphoreSlim(_options.PagesPerOwner));

    async Task<byte[]> PrintOnPageAsync(string html, CancellationToken cancellationToken)
    {
        var page = _idlePages.TryTake(out var idle) ? idle : null;
        try
        {
            page ??= await PrintPage.OpenAsync(await BrowserAsync(cancellationToken)).WaitAsync(cancellationToken);
            // Playwright's calls take no token: on timeout the page is closed under the job, which ends it.
            var job = page.PrintAsync(html);
            byte[] pdf;
            try
            {
                pdf = await job.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The job fails once its page is closed below; nobody is left to see it.
                _ = job.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                throw;
            }

            _idlePages.Add(page);
            page = null;
            return pdf;
        }
        finally
        {
            if (page is not null)
            {
                // A page that failed or ran out of time mid-print is not trusted again.
                await page.CloseAsync();
            }
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
        _largeJobs.Dispose();
        foreach (var gate in _owners.Values)
        {
            gate.Dispose();
        }
    }
}
