using System.CommandLine;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Cli;

/// <summary>
/// `prongsai import FILE`: prints the interchange JSON of a measures or progress document.
/// `prongsai import sweep`: what the running app's hourly sweep of expired import previews does, now.
/// </summary>
static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A measures or progress document: .txt, .md, .docx, .xlsx or .pdf (a scan is read by OCR); a file named sweep as ./sweep" };
        var command = new Command("import", "Read a document and print its measures as interchange JSON") { file, Sweep(output) };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            return CliErrors.Guard(error, () =>
            {
                var document = DocumentImporter.Import(path);
                output.WriteLine(InterchangeJson.Serialize(document));
                return ExitCodes.Fine;
            });
        });
        return command;
    }

    static Command Sweep(TextWriter output)
    {
        var options = new DataOptions();
        var sweep = new Command("sweep",
            $"Delete import previews of every agency that nobody confirmed within {PreviewLifetime.Key} (default 7 days), with an audit entry each");
        options.AddTo(sweep);
        sweep.SetAction(async (parseResult, cancellationToken) =>
            await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli", async services =>
            {
                var swept = await new PreviewSweep(services.GetRequiredService<PreviewLifetime>()).RunAsync(services.GetRequiredService<ProngsaiDb>(), cancellationToken);
                foreach (var batch in swept)
                {
                    output.WriteLine($"{batch.Id} {batch.FileName}");
                }

                output.WriteLine($"ลบตัวอย่างการนำเข้าที่หมดอายุ {swept.Count} รายการ / deleted {swept.Count} expired import previews");
                return ExitCodes.Fine;
            }));
        return sweep;
    }
}
