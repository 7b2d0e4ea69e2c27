using System.Globalization;
using Prongsai.Printing;

namespace Prongsai.Hosting;

/// <summary>
/// The printer's settings from configuration: Prongsai:PrintTimeoutSeconds (default 60) and
/// Prongsai:LargePrintTimeoutSeconds (default 300), each a whole number from 1 to 3600.
/// </summary>
public static class PrinterOptions
{
    public static PdfPrinterOptions From(IConfiguration configuration)
    {
        var defaults = new PdfPrinterOptions();
        return defaults with
        {
            Timeout = Seconds(configuration, PdfPrinterOptions.TimeoutSecondsKey) ?? defaults.Timeout,
            LargeJobTimeout = Seconds(configuration, PdfPrinterOptions.LargeTimeoutSecondsKey) ?? defaults.LargeJobTimeout,
        };
    }

    static TimeSpan? Seconds(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 3600)
        {
            throw new InvalidOperationException($"{key} must be a whole number of seconds from 1 to 3600, not \"{text}\".");
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
