import Foundation
import StudyplanCore

/// The wizard's frame-and-sample step.
extension Wizard {
  /// Frame and sample: takes a question's suggested sampling (or a simple random draw), shows
  /// how many municipalities the frame holds, asks for n and a seed, and draws with `sample`.
  static let sampleStep = WizardStep(
    id: "sample", title: "sampling frame and sample",
    isDone: { $0.workspace?.document.sample != nil },
    run: { session, conversation in
      guard let document = session.workspace?.document else { return .left }
      let suggestions = document.mapping().questions.compactMap { mapping in
        mapping.sampling.map { (id: mapping.questionID, sampling: $0) }
      }
      var chosen: (id: String, sampling: SamplingSuggestion)?
      if suggestions.isEmpty {
        conversation.io.print(
          "no question of the protocol suggests a sampling: a simple random draw")
      } else {
        conversation.io.print(
          lines: ["the questions suggest these samples ('map' gives the reasons):"]
            + suggestions.map { "  \($0.id): \(describe($0.sampling))" })
        let ids = suggestions.map(\.id)
        let answer = try conversation.ask(
          "Which question's sample to draw, or 'none' for a simple random draw [\(ids[0])]: ",
          completing: .suggested(ids + ["none"])
        ) { text -> String in
          if text.isEmpty { return ids[0] }
          if text.lowercased() == "none" || ids.contains(text) { return text.lowercased() }
          throw CommandFailure(
            .invalidValue(
              text, for: "question",
              expected: (ids + ["none"]).map { "'\($0)'" }.joined(separator: ", ")))
        }
        guard let answer else { return .left }
        chosen = suggestions.first { $0.id == answer }
      }
      let frame = try session.samplingFrame(units: chosen?.sampling.units ?? .standard)
      var filter = chosen?.sampling.filter
      if chosen == nil {
        let typed = try conversation.ask(
          "Filter for the frame, e.g. 'centrality in 5,6' (empty keeps every municipality): ",
          completing: .frameFilter
        ) { text -> String in
          if !text.isEmpty { _ = try FrameFilter.parse(text, frame: frame) }
          return text
        }
        guard let typed else { return .left }
        filter = typed.isEmpty ? nil : typed
      }
      let matched = try frameCount(filter: filter, frame: frame)
      let year = frame.layer.rawValue
      var count = "the frame: \(frame.units.count) municipalities (the \(year) structure)"
      if let filter {
        count =
          "the frame: \(matched.count) of the \(frame.units.count) municipalities of \(year) "
          + "meet '\(filter)'"
        if matched.unjudged > 0 { count += " (\(matched.unjudged) could not be judged)" }
      }
      conversation.io.print(count)
      return try draw(
        chosen: chosen, filter: filter, frameCount: matched.count, session: &session,
        conversation: conversation)
    })

  /// A suggestion in words: `a draw stratified on centrality, among 'centrality in 5,6'`.
  static func describe(_ sampling: SamplingSuggestion) -> String {
    let strata = sampling.strata.joined(separator: " and ")
    let design =
      switch sampling.design {
      case .simple: "a simple random draw"
      case .stratified:
        "a draw stratified on \(strata.isEmpty ? "the strata you give" : strata)"
          + (sampling.allocation.map { " (\($0.rawValue) allocation)" } ?? "")
      case .purposive:
        sampling.selectsCooperations
          ? "ByR regions proposed for maximum variation by what the note says of them and their "
            + "share of small members (swap any with a reason)"
          : "units proposed for maximum variation over the criteria (swap any with a reason)"
      case .paired:
        sampling.pairWithin == .municipality
          ? "pairs of a small and a central municipality that merged into the same new one"
          : "pairs of a small and a central member of the same cooperation"
      case .twoStage: "cooperations first, then their members"
      }
    return design + (sampling.filter.isEmpty ? "" : ", among '\(sampling.filter)'")
      + (sampling.units == .standard ? "" : " (the municipalities of \(sampling.units.rawValue))")
  }

  /// How many units meet `filter`, and how many it could not judge.
  private static func frameCount(filter: String?, frame: SamplingFrame) throws -> (
    count: Int, unjudged: Int
  ) {
    guard let filter else { return (frame.units.count, 0) }
    let result = try FrameFilter.parse(filter, frame: frame).apply(to: frame)
    return (result.matched.count, result.unjudged.count)
  }

  /// Asks for n and a seed and runs `sample`; at a terminal a failed draw asks again.
  private static func draw(
    chosen: (id: String, sampling: SamplingSuggestion)?, filter: String?, frameCount: Int,
    session: inout Session, conversation: WizardConversation
  ) throws -> WizardStep.Outcome {
    let design = chosen?.sampling.design ?? .simple
    let (noun, defaultSize): (String, Int) =
      switch design {
      case .paired: ("pairs (a small and a central member of one cooperation)", 3)
      case .twoStage:
        chosen?.sampling.strata.contains("centrality") == true
          ? ("cooperations (a small and a central member of each are drawn)", 2)
          : ("cooperations (all their members are drawn)", 2)
      default: ("municipalities", min(12, max(frameCount, 1)))
      }
    let defaultSeed = seed(at: session.environment.now())
    while true {
      let size = try conversation.ask("How many \(noun)? [\(defaultSize)] ") { text -> Int in
        if text.isEmpty { return defaultSize }
        guard let value = Int(text), value >= 1 else {
          throw CommandFailure(
            .invalidValue(text, for: "sample size", expected: "a whole number from 1"))
        }
        return value
      }
      guard let size else { return .left }
      guard
        let typedSeed = conversation.answer(
          "Seed, any text; the same seed redraws the same sample [\(defaultSeed)]: ")
      else { return .left }
      let seed = typedSeed.isEmpty ? defaultSeed : typedSeed
      var line = "sample"
      if let chosen {
        line += " --suggested \(chosen.id)"
      } else if let filter {
        line += " --filter \(CommandLexer.quote(filter))"
      }
      line += " --n \(size) --seed \(CommandLexer.quote(seed))"
      if try conversation.attempt({ try conversation.run(line, session: &session) }) != nil {
        return .done
      }
    }
  }

  /// The default seed: the day's date, `20261129`, which a methods text can cite.
  static func seed(at date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(
      format: "%04d%02d%02d", parts.year ?? 2020, parts.month ?? 1, parts.day ?? 1)
  }
}
