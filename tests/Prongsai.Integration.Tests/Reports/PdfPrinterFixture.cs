using Prongsai.Printing;
using Prongsai.Reports;

namespace Prongsai.Tests.Reports;

/// <summary>One warm browser for every PDF test, as the web app will hold one.</summary>
public sealed class PdfPrinterFixture : IAsyncLifetime
{
    public PdfPrinter Printer { get; } = new(new PdfPrinterOptions { Pages = 2 });

    public Task InitializeAsync() => Printer.WarmUpAsync();

    public async Task DisposeAsync() => await Printer.DisposeAsync();
}
