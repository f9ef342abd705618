/// The parts of a semi-structured interview, in the order they are held.
public enum GuideSectionKind: String, Codable, CaseIterable, Hashable, Sendable {
  /// Thanks, purpose, duration, consent and recording (innledning).
  case introduction
  /// Easy, factual questions about the informant's role (oppvarming).
  case warmUp = "warm-up"
  /// One open question that leads into the themes (overgang).
  case transition
  /// A key theme with a main question and probes (tema).
  case theme
  /// Summary, anything to add, who else to talk to (avrunding).
  case closing

  /// Whether the guide always has exactly one section of this kind.
  public var isFraming: Bool { self != .theme }

  /// The section's default heading in `language`.
  public func label(in language: Language) -> String {
    switch (self, language) {
    case (.introduction, .nb): "Innledning"
    case (.introduction, .en): "Introduction"
    case (.warmUp, .nb): "Oppvarming"
    case (.warmUp, .en): "Warm-up"
    case (.transition, .nb): "Overgang"
    case (.transition, .en): "Transition"
    case (.theme, .nb): "Tema"
    case (.theme, .en): "Theme"
    case (.closing, .nb): "Avrunding"
    case (.closing, .en): "Closing"
    }
  }

  /// The section's stable id when the guide has exactly one of it; themes use their own ids.
  public var fixedID: String? {
    switch self {
    case .introduction: "intro"
    case .warmUp: "warm-up"
    case .transition: "transition"
    case .closing: "closing"
    case .theme: nil
    }
  }

  /// The minutes a framing section is given by default in a guide of `length` minutes.
  public func defaultMinutes(forLength length: Int) -> Int? {
    switch self {
    case .introduction: 5
    case .warmUp: length >= 90 ? 10 : 5
    case .transition: length >= 90 ? 10 : 5
    case .closing: length >= 60 ? 10 : 5
    case .theme: nil
    }
  }
}
