import Foundation

// `make bench`: every benchmark, peers measured in the same run, figures printed and written to
// docs/benchmarks.md and docs/benchmarks.json. Never part of `make test`.
// `studyplan-bench --only package` runs one benchmark and prints it without writing the report.
let arguments = CommandLine.arguments
if let index = arguments.firstIndex(of: "--only"), index + 1 < arguments.count {
  switch arguments[index + 1] {
  case "package": _ = try PackageBenchmark.run()
  case "docx": _ = try DocxBenchmark.run()
  default: print("studyplan-bench: --only package|docx")
  }
  exit(0)
}
var results: [BenchmarkResult] = []
results += try StartupBenchmark.run()
results += try StoreBenchmark.run()
results += SamplingBenchmark.run()
results += try DocxBenchmark.run()
results += try PackageBenchmark.run()
results += try MemoryBenchmark.run()
try BenchmarkReport.write(results)
