import Foundation

// `make bench`: every benchmark, peers measured in the same run, figures printed and written to
// docs/benchmarks.md and docs/benchmarks.json. Never part of `make test`.
var results: [BenchmarkResult] = []
results += try StartupBenchmark.run()
results += try StoreBenchmark.run()
results += SamplingBenchmark.run()
results += try DocxBenchmark.run()
results += try MemoryBenchmark.run()
try BenchmarkReport.write(results)
