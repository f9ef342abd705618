import Foundation
import StudyplanCore

extension CommandTable {
  /// The reference data: checks, sources and imports.
  static let dataCommands: [CommandSpec] = [dataCommand]

  /// `data`: the reference data.
  static let dataCommand = CommandSpec(
    name: "data", summary: "Check the reference data, show its sources, or import newer data",
    discussion: """
      'data check' validates the embedded datasets and any imports and prints a line per \
      dataset with its counts; it fails, naming the row, when an invariant is broken. \
      'data sources' prints each dataset's version label, hash and licence. 'data import' reads \
      an SSB KLASS export as CSV (the municipalities, classification 131, or its \
      correspondence to centrality, classification 128) or a cooperations CSV \
      (name;kind;members), checks all of it first and stores it in one step, with its own \
      version label. Examples/data holds a file of each kind.
      """,
    subcommands: [
      CommandSpec(
        name: "check", summary: "Validate the embedded datasets and any imports",
        run: { _, session, io in
          let report = DataCheckReport(
            data: ReferenceData.load(.embedded), imports: try session.importedDatasets())
          io.print(report.rendered, terminator: "")
          if let first = report.problems.first {
            throw StudyplanError.referenceDataInvalid(
              dataset: first.dataset, line: first.line, problem: first.problem)
          }
        }),
      CommandSpec(
        name: "sources", summary: "Show each dataset's version label, hash and licence",
        run: { _, session, io in
          io.print(
            DataSources.text(
              data: try session.referenceData(), imports: try session.importedDatasets()),
            terminator: "")
        }),
      CommandSpec(
        name: "import", summary: "Check a KLASS or cooperations CSV and store it as a new dataset",
        arguments: [ArgumentSpec("FILE", .path, about: "a file to import")],
        options: [
          OptionSpec(
            "--kind", value: "KIND", .of(ImportKind.self, noun: "kind of import"), required: true,
            help: "What the file holds: klass (an SSB KLASS export) or cooperations")
        ],
        run: { invocation, session, io in
          let file = try invocation.required("FILE")
          guard let kind = try invocation.value(ImportKind.self, "--kind") else { return }
          let data = try InputFile.read(
            file.text, in: session.environment.workingDirectory, limit: InputFile.dataLimit,
            what: "a data file")
          let dataset = try DataImporter.parse(
            data, path: file.text, kind: kind, reference: try session.referenceData())
          // Cooperation names become slot ids (prosjektleder@vest-telemark): a name holding
          // someone's contact details is worth a warning before it spreads.
          for cooperation in dataset.cooperations {
            for pattern in PersonalDataPattern.matches(in: cooperation.name) {
              io.warn(
                "the cooperation '\(cooperation.name)' in '\(file.text)' looks like it holds"
                  + " \(pattern.rawValue); its name becomes part of the pseudonymous slot ids")
            }
          }
          let stored = try session.store().saveImportedDataset(
            dataset, at: session.environment.now())
          if stored {
            io.print("imported \(dataset.version.id) (\(dataset.encoding)): \(dataset.summary)")
            if let note = dataset.overrideNote(try session.referenceData()) {
              io.print(note)
            }
          } else {
            io.print("already imported: \(dataset.version.id) (same content)")
          }
        }),
    ],
    examples: [
      "data check", "data sources",
      "data import Examples/data/cooperations.csv --kind cooperations",
    ])
}
