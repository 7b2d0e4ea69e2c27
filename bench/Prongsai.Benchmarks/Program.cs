using BenchmarkDotNet.Running;
using Prongsai.Benchmarks;

// `-- pdf-vs-libreoffice [runs]` is a plain stopwatch harness (external processes do not fit BenchmarkDotNet);
// anything else goes to BenchmarkDotNet, e.g. `-- --filter *Render*`.
if (args.FirstOrDefault() == "pdf-vs-libreoffice")
{
    return await PdfVsLibreOffice.RunAsync(args.Skip(1).ToArray());
}

if (args.FirstOrDefault() == "pdf-stages")
{
    return await PdfStages.RunAsync(args.Skip(1).ToArray());
}

if (args.FirstOrDefault() == "ocr-cells")
{
    return OcrCellShare.Run(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(ReportRenderBenchmarks).Assembly).Run(args);
return 0;
