using DmlNet.Bench;

// Benchmarks of DmlNet. Modes:
//   (none)   front end: parse + validate throughput (FrontEndBenchmark; options --runs --lines --write-script)
//   runtime  interpreter overhead and kernels against NumPy (RuntimeBenchmark; options --runs --only --no-numpy ...)
// Usage: dotnet run -c Release --project bench/DmlNet.Bench [-- runtime] [options]
return args is ["runtime", .. var rest] ? RuntimeBenchmark.Run(rest) : FrontEndBenchmark.Run(args);
