import ArgumentParser
import StudyplanREPL

@main
struct StudyplanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "studyplan", version: "0.1.0")
  func run() throws {}
}
