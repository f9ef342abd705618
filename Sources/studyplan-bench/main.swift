// The benchmark runner: `make bench` runs it in release mode. Each benchmark lives in its own file.
print(SamplingBenchmark.run())
