using System.Globalization;
using Prongsai.Printing;

namespace Prongsai.Hosting;

/// <summary>The printer's settings from configuration: Prongsai:PrintTimeoutSeconds (1–600, default 60).</summary>
public static class PrinterOptions
{
    public static PdfPrinterOptions From(IConfiguration configuration)
    {
        var text = configuration[PdfPrinterOptions.TimeoutSecondsKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PdfPrinterOptions();
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 600)
        {
            throw new InvalidOperationException($"{PdfPrinterOptions.TimeoutSecondsKey} must be a whole number of seconds from 1 to 600, not \"{text}\".");
        }

        return new PdfPrinterOptions { Timeout = TimeSpan.FromSeconds(seconds) };
    }
}
