using System.Diagnostics;
using System.Text;
using Prongsai.Checks;
using Prongsai.Import;
using Prongsai.Reports;

namespace Prongsai.Tests.Import.Fuzzing;

/// <summary>
/// Feeds grammar-mutated documents of every format to the importer for a time budget: each must be read (and what
/// is read must pass the checks and render) or be refused with the importer's own located error. Anything else —
/// another exception or an input that takes over <see cref="PerInputLimit"/> — is a crash, saved for replay.
/// </summary>
sealed class ImportFuzzer(int seed, string crashFolder)
{
    public static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(10);

    public sealed record Crash(string Format, int Iteration, string Input, string Error);

    public int Tried { get; private set; }

    public int Refused { get; private set; }

    public Dictionary<string, int> TriedByFormat { get; } = [];

    public List<Crash> Crashes { get; } = [];

    public void Run(TimeSpan budget)
    {
        var random = new Random(seed);
        var seeds = Seeds();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < budget && Crashes.Count < 20)
        {
            var (format, produce) = seeds[Tried % seeds.Count];
            var input = produce(random);
            TriedByFormat[format] = TriedByFormat.GetValueOrDefault(format) + 1;
            Try(format, input, Tried, random.Next(4));
            Tried++;
        }
    }

    void Try(string format, byte[] input, int iteration, int writer)
    {
        var name = $"fuzz-{iteration}.{format}";
        var work = Task.Run(() =>
        {
            try
            {
                var document = DocumentImporter.Read(input, name).Document;
                DocumentChecks.Run(document);
                _ = writer switch
                {
                    0 => HtmlReportWriter.Write(document).Length,
                    1 => DocxReportWriter.Write(document).Length,
                    2 => XlsxReportWriter.Write(document).Length,
                    _ => Prongsai.Documents.InterchangeJson.Serialize(document).Length,
                };
                return null;
            }
            catch (ImportException e) when (e.Location.File == name)
            {
                return "refused";
            }
            catch (Exception e)
            {
                return e.ToString();
            }
        });

        var outcome = work.Wait(PerInputLimit) ? work.Result : $"no answer within {PerInputLimit.TotalSeconds} s";
        if (outcome == "refused")
        {
            Refused++;
        }
        else if (outcome is not null)
        {
            Directory.CreateDirectory(crashFolder);
            var path = Path.Combine(crashFolder, $"seed{seed}-{name}");
            File.WriteAllBytes(path, input);
            Crashes.Add(new Crash(format, iteration, path, outcome));
        }
    }

    static List<(string Format, Func<Random, byte[]> Produce)> Seeds()
    {
        var text = File.ReadAllText(Fixtures.BanchangText);
        var markdown = File.ReadAllText(Fixtures.BanchangMarkdown);
        var json = File.ReadAllText(Fixtures.BanchangExpected);
        var docx = TestDocuments.Docx(Fixtures.Expected());
        var xlsx = TestDocuments.Xlsx(Fixtures.Expected());
        return
        [
            ("txt", r => Encoding.UTF8.GetBytes(GrammarMutations.Text(text, r))),
            ("md", r => Encoding.UTF8.GetBytes(GrammarMutations.Text(markdown, r))),
            ("docx", r => GrammarMutations.Part(docx, "word/document.xml", GrammarMutations.DocumentXml, r)),
            ("xlsx", r => GrammarMutations.Part(xlsx, "xl/worksheets/sheet1.xml", GrammarMutations.SheetXml, r)),
            ("json", r => Encoding.UTF8.GetBytes(GrammarMutations.Json(json, r))),
            ("zip", r => GrammarMutations.Zip(r.Next(2) == 0 ? docx : xlsx, r)),
            ("txt", r => r.Next(2) == 0 ? Encoding.Unicode.GetBytes(GrammarMutations.Text(text, r)) : Encoding.GetEncoding(874).GetBytes(GrammarMutations.Text(text, r))),
        ];
    }

    public string Summary(TimeSpan budget) =>
        $"import fuzzing: seed {seed}, budget {budget.TotalSeconds:0} s, {Tried} inputs ({string.Join(", ", TriedByFormat.Select(p => $"{p.Key} {p.Value}"))}), " +
        $"{Refused} refused with a located error, {Tried - Refused - Crashes.Count} read and rendered, {Crashes.Count} crashes" +
        string.Concat(Crashes.Select(c => $"\n  {c.Format} #{c.Iteration}: {c.Input}\n    {c.Error.Split('\n')[0]}"));
}
