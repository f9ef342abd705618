import Foundation
import StudyplanCore

/// A full guide to DOCX: five roles' variants of a 30-question guide, next to pandoc converting
/// the same guides' Markdown to DOCX in the same run. Target: at most a quarter of pandoc's time.
enum DocxBenchmark {
  static let roleIDs = [
    "ordforer", "kommunedirektor", "naeringssjef", "prosjektleder", "regionradsleder",
  ]

  static func run() throws -> [BenchmarkResult] {
    let documents = guideDocuments()
    let questions = documents.first.map(questionCount) ?? 0
    var bytes = 0
    let ours = try Measure.median(runs: 21) {
      bytes = 0
      for document in documents { bytes += try DocxRenderer.render(document).count }
    }
    guard let pandoc = Measure.which("pandoc") else {
      print("docx: \(Measure.ms(ours)) for 5 guides × \(questions) questions; pandoc not installed")
      return [
        BenchmarkResult(
          name: "guide to DOCX (5 roles × \(questions) questions)", value: ours * 1000,
          unit: "ms", peer: "pandoc (not installed)", peerValue: nil, ratio: nil,
          target: "≤ 0.25× pandoc", meetsTarget: false)
      ]
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-docx-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputs = try documents.enumerated().map { index, document in
      let url = folder.appendingPathComponent("guide-\(index).md")
      try Data(MarkdownRenderer.render(document).utf8).write(to: url)
      return url.path
    }
    let peer = try Measure.median(runs: 3) {
      for (index, input) in inputs.enumerated() {
        let output = folder.appendingPathComponent("guide-\(index).docx").path
        guard try Measure.run(pandoc, ["-f", "markdown", "-t", "docx", "-o", output, input]) == 0
        else { throw BenchmarkError.cannotRun(pandoc) }
      }
    }
    let ratio = ours / peer
    print(
      "docx: 5 guides × \(questions) questions in \(Measure.ms(ours)) (\(bytes) bytes); "
        + "pandoc \(Measure.ms(peer)); ratio \(String(format: "%.3f", ratio))×")
    return [
      BenchmarkResult(
        name: "guide to DOCX (5 roles × \(questions) questions)", value: ours * 1000, unit: "ms",
        peer: "pandoc markdown → docx", peerValue: peer * 1000, ratio: ratio,
        target: "≤ 0.25× pandoc", meetsTarget: ratio <= 0.25)
    ]
  }

  /// Five role variants of a guide with 22 themes (30 questions per role with the framing).
  static func guideDocuments() -> [ExportDocument] {
    func text(_ nb: String, _ en: String) -> LocalizedText { LocalizedText(nb: nb, en: en) }
    let themes = (1...22).map { number in
      InterviewTheme(
        id: "tema-\(number)", title: text("Tema nummer \(number)", "Theme number \(number)"),
        mainQuestion: text(
          "Hvordan har samarbeidet om tema \(number) påvirket kommunens utviklingsarbeid, og "
            + "hva har endret seg siden 2014?",
          "How has cooperation on theme \(number) affected the municipality's development work, "
            + "and what has changed since 2014?"),
        probes: [
          Probe(kind: .probing, text: text("Kan du si mer om det?", "Could you say more?")),
          Probe(
            kind: .specifying,
            text: text("Har du et konkret eksempel?", "Do you have a concrete example?")),
          Probe(
            kind: .interpreting,
            text: text("Forstår jeg deg rett at …?", "Do I understand you right that …?")),
        ])
    }
    let sources = themes.enumerated().map { index, theme in
      GuideThemeSource(researchQuestionID: "rq-\(index % 6 + 1)", themes: [theme])
    }
    var guide = InterviewGuide.make(from: sources, targetMinutes: 240)
    for id in roleIDs { try? guide.setTargetMinutes(240, forRole: id) }
    let consent = ConsentFields(
      controller: "Et forskningsinstitutt", legalBasis: .consent, projectEndDate: "2027-12-31",
      recording: .audio, identificationRisk: .recognisable)
    return roleIDs.map { id in
      let role = InformantRole(id: id, name: text(id, id))
      return guide.variant(
        for: role, language: .nb, consent: consent, projectTitle: "Benchmark",
        purpose: "å måle"
      ).document(projectTitle: "Benchmark")
    }
  }

  static func questionCount(_ document: ExportDocument) -> Int {
    document.blocks.reduce(0) { count, block in
      if case .numberedList(let items, _) = block { return count + items.count }
      return count
    }
  }
}
