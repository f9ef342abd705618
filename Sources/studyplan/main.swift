import StudyplanREPL

// The entry point. `--version` is answered before anything else loads: it is what scripts and
// the start-up benchmark call, and argument parsing's first dynamic casts scan every protocol
// conformance in the binary, which costs several milliseconds.
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--version" {
  StandardStreams.out(StudyplanVersion.current + "\n")
} else {
  StudyplanCommand.runMain()
}
