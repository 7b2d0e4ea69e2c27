using BenchmarkDotNet.Attributes;
using Prongsai.Documents;
using Prongsai.Reports;
using Prongsai.Testing;

namespace Prongsai.Benchmarks;

/// <summary>Rendering the seed progress report (3 measures, 2 tools) in each in-process format.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReportRenderBenchmarks
{
    MeasuresDocument _document = null!;
    ReportLayout _layout = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = InterchangeJson.Deserialize(File.ReadAllText(Fixtures.BanchangExpected));
        _layout = ReportLayoutBuilder.Build(_document);
    }

    [Benchmark]
    public ReportLayout Layout() => ReportLayoutBuilder.Build(_document);

    [Benchmark(Baseline = true)]
    public byte[] Docx() => DocxReportWriter.Write(_document);

    [Benchmark]
    public string Html() => HtmlReportWriter.Write(_layout);

    [Benchmark]
    public byte[] Xlsx() => XlsxReportWriter.Write(_layout);
}
