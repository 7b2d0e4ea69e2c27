using System.CommandLine;
using Prongsai.Documents;
using Prongsai.Import;
using Prongsai.Printing;
using Prongsai.Reports;

namespace Prongsai.Cli;

/// <summary>`prongsai render FILE --to html|pdf|docx|xlsx|json -o OUT`: the official document in a publishable format.</summary>
static class RenderCommand
{
    static readonly string[] Formats = ["html", "pdf", "docx", "xlsx", "json"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A measures or progress document: .txt, .md, .docx, .xlsx or interchange .json" };
        var to = new Option<string?>("--to", "-t") { Description = "Output format: html, pdf, docx, xlsx or json (default: from the output file's extension)" };
        to.AcceptOnlyFromAmong(Formats);
        var outputPath = new Option<string>("--output", "-o") { Description = "The file to write", Required = true };
        var chromium = new Option<string>("--chromium") { Description = "Chromium for PDF output", DefaultValueFactory = _ => new PdfPrinterOptions().ChromiumPath };
        var command = new Command("render", "Render a document as the official report: web page, PDF, DOCX, XLSX or JSON") { file, to, outputPath, chromium };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var input = parseResult.GetValue(file)!;
            var target = parseResult.GetValue(outputPath)!;
            var format = parseResult.GetValue(to) ?? Path.GetExtension(target).TrimStart('.').ToLowerInvariant();
            if (!Formats.Contains(format))
            {
                error.WriteLine($"prongsai: cannot tell the format from '{target}': give --to html|pdf|docx|xlsx|json.");
                return ExitCodes.InputUnreadable;
            }

            MeasuresDocument document;
            try
            {
                document = DocumentImporter.Import(input);
            }
            catch (ImportException e)
            {
                error.WriteLine($"prongsai: {e.Message}");
                return e.InnerException is Import.Ocr.MissingProgramException ? ExitCodes.MissingProgram : ExitCodes.InputUnreadable;
            }

            try
            {
                var bytes = await RenderAsync(document, format, parseResult.GetValue(chromium)!, cancellationToken);
                await AtomicFile.WriteAllBytesAsync(target, bytes, cancellationToken);
            }
            catch (Exception e) when (e is ChromiumNotFoundException or PrintFailedException or PrintTimeoutException)
            {
                error.WriteLine($"prongsai: {e.Message}");
                return ExitCodes.MissingProgram;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"prongsai: cannot write {target}: {e.Message}");
                return ExitCodes.OutputUnwritable;
            }

            output.WriteLine($"{target}: {format}, {document.Measures.Count} measures");
            return ExitCodes.Fine;
        });
        return command;
    }

    static async Task<byte[]> RenderAsync(MeasuresDocument document, string format, string chromiumPath, CancellationToken cancellationToken)
    {
        var layout = ReportLayoutBuilder.Build(document);
        switch (format)
        {
            case "pdf":
                await using (var printer = new PdfPrinter(new PdfPrinterOptions { ChromiumPath = chromiumPath, Pages = 1, Timeout = TimeSpan.FromMinutes(10) }))
                {
                    return await printer.PrintAsync(layout, cancellationToken);
                }

            case "docx":
                return DocxReportWriter.Write(layout);
            case "xlsx":
                return XlsxReportWriter.Write(layout);
            case "json":
                return System.Text.Encoding.UTF8.GetBytes(InterchangeJson.Serialize(document) + "\n");
            default:
                return System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Write(layout));
        }
    }
}
