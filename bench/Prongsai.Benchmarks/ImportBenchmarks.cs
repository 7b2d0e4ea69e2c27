using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Prongsai.Import;

namespace Prongsai.Benchmarks;

/// <summary>Import throughput on text exported like the seed: the whole pipeline, bytes to measures document.</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    byte[] _text = [];

    [Params(4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = ImportCorpus.Text(Megabytes);

    [Benchmark]
    public int ImportText() => DocumentImporter.Read(_text, "corpus.txt").Document.Measures.Count;

    sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecond());
    }

    /// <summary>MB/s = corpus size ÷ mean time of one import.</summary>
    sealed class MegabytesPerSecond : IColumn
    {
        public string Id => nameof(MegabytesPerSecond);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (2^20 bytes) of input imported per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            var megabytes = (int)benchmarkCase.Parameters["Megabytes"]!;
            return report?.ResultStatistics is { Mean: > 0 } stats ? (megabytes / (stats.Mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
