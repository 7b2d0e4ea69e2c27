namespace Prongsai.Printing;

/// <summary>Where Chromium is, how many pages print at once and how long a job may take.</summary>
public sealed record PdfPrinterOptions
{
    /// <summary>Configuration key of <see cref="Timeout"/> in seconds.</summary>
    public const string TimeoutSecondsKey = "Prongsai:PrintTimeoutSeconds";

    /// <summary>Configuration key of <see cref="LargeJobTimeout"/> in seconds.</summary>
    public const string LargeTimeoutSecondsKey = "Prongsai:LargePrintTimeoutSeconds";

    /// <summary>Debian's chromium package; Playwright never downloads a browser of its own here.</summary>
    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>Pages kept open and reused; also the number of PDFs printed at the same time.</summary>
    public int Pages { get; init; } = 2;

    /// <summary>Jobs one owner (an agency) may print at the same time; the rest of its jobs queue behind them.</summary>
    public int PagesPerOwner { get; init; } = 1;

    /// <summary>The whole job, waiting for a page included; past it the job ends with <see cref="PrintTimeoutException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The same for a large job. The largest allowed measure (Prongsai.Documents.MeasureLimits, 2.6 million characters, about
    /// 300 pages) took 118 s on the shared 2-core machine at load 37; small jobs never wait for large ones.
    /// </summary>
    public TimeSpan LargeJobTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>
    /// A page longer than this (in UTF-16 characters; the seed report is about 75,000 with its fonts) is a large job,
    /// and large jobs together never take the last free page, so a small approval does not wait behind them.
    /// </summary>
    public int LargeJobChars { get; init; } = 400_000;
}

/// <summary>PDF reports need Chromium and it is not there (or does not start).</summary>
public sealed class ChromiumNotFoundException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Chromium failed while printing (crashed, closed, refused the page).</summary>
public sealed class PrintFailedException(string message, Exception inner) : Exception(message, inner);

/// <summary>A print job ran out of time (its waiting included). Not a <see cref="TimeoutException"/>: that one means the database.</summary>
public sealed class PrintTimeoutException(TimeSpan limit, int htmlChars)
    : Exception($"พิมพ์ PDF ไม่ทันเวลา {limit.TotalSeconds:0} วินาที (the PDF did not print within {limit.TotalSeconds:0} s; the page was {htmlChars:N0} characters)")
{
    public TimeSpan Limit { get; } = limit;
}
