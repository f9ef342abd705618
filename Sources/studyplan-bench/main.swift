import Foundation

// `make bench`: every benchmark, peers measured in the same run, figures printed and written to
// docs/benchmarks.md and docs/benchmarks.json. Never part of `make test`.
// `studyplan-bench map` runs only the map benchmark and writes no report (a quick look);
// `studyplan-bench package` likewise the study package's, `xlsx` the workbook's, `team-store`
// the PostgreSQL store's, `startup` start-up's.
if CommandLine.arguments.dropFirst().first == "map" {
  _ = try MapBenchmark.run(repeats: 3)
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "team-store" {
  _ = try TeamStoreBenchmark.run(sqlite: StoreBenchmark.filledStore(at: StoreBenchmark.path))
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "startup" {
  _ = try StartupBenchmark.run()
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "xlsx" {
  _ = try SpreadsheetBenchmark.run()
  exit(0)
}
if CommandLine.arguments.dropFirst().first == "package" {
  _ = try PackageBenchmark.run()
  exit(0)
}
var results: [BenchmarkResult] = []
results += try StartupBenchmark.run()
results += try StoreBenchmark.run()
results += try TeamStoreBenchmark.run(sqlite: StoreBenchmark.filledStore(at: StoreBenchmark.path))
results += SamplingBenchmark.run()
results += try DocxBenchmark.run()
results += try MapBenchmark.run()
results += try PackageBenchmark.run()
results += try SpreadsheetBenchmark.run()
results += try MemoryBenchmark.run()
try BenchmarkReport.write(results)
