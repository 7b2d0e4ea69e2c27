using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Prongsai.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
