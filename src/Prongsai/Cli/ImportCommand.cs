using System.CommandLine;
using Prongsai.Documents;
using Prongsai.Import;

namespace Prongsai.Cli;

/// <summary>`prongsai import FILE`: prints the interchange JSON of a measures or progress document.</summary>
static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A measures or progress document: .txt, .md, .docx, .xlsx or .pdf (a scan is read by OCR)" };
        var command = new Command("import", "Read a document and print its measures as interchange JSON") { file };
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
}
