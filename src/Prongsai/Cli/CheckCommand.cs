using System.CommandLine;
using System.Text.Json;
using Prongsai.Checks;
using Prongsai.Documents;
using Prongsai.Import;
using Prongsai.Thai;

namespace Prongsai.Cli;

/// <summary>`prongsai check FILE [--json]`: the findings of every check on a document.</summary>
static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A measures or progress document: .txt, .md, .docx, .xlsx or interchange .json" };
        var json = new Option<bool>("--json") { Description = "Print findings as JSON: {\"findings\": [...]}" };
        var command = new Command("check", "Check a document against what assessors require") { file, json };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            return CliErrors.Guard(error, () =>
            {
                var document = DocumentImporter.Import(path);
                var findings = DocumentChecks.Run(document);
                if (parseResult.GetValue(json))
                {
                    WriteJson(output, findings);
                }
                else
                {
                    WriteText(output, path, findings);
                }

                return findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.CheckFoundErrors : ExitCodes.Fine;
            });
        });
        return command;
    }

    static void WriteText(TextWriter output, string path, IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            output.WriteLine($"{path}: {finding.Location()}: {finding.Severity.ToString().ToLowerInvariant()} [{finding.Rule}] {finding.MessageTh} / {finding.MessageEn}");
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        output.WriteLine($"{ThaiDigits.ToThai(findings.Count)} รายการ ({findings.Count} findings, {errors} errors)");
    }

    static void WriteJson(TextWriter output, IReadOnlyList<Finding> findings)
    {
        var shaped = findings.Select(f => new
        {
            rule = f.Rule,
            severity = f.Severity.ToString().ToLowerInvariant(),
            measure = f.Measure,
            field = f.Field,
            item = f.Item,
            text = f.Text,
            message = f.MessageTh,
            messageEn = f.MessageEn,
            fix = f.Fix is { } fix ? new { find = fix.Find, replace = fix.Replace } : null,
        });
        output.WriteLine(JsonSerializer.Serialize(new { findings = shaped }, InterchangeJson.Options));
    }
}
