/// The three study models of the NORCE note's last section.
public enum StudyModel: Int, Codable, CaseIterable, Hashable, Sendable, Comparable {
  /// Start from small municipalities and see where regional cooperation sits in their development work.
  case municipalityCentred = 1
  /// Start from regional cooperations and study each member municipality in them.
  case cooperationCentred = 2
  /// Both entries at once.
  case combined = 3

  /// A short name for the model, in `language`.
  public func name(in language: Language) -> String {
    switch (self, language) {
    case (.municipalityCentred, .nb): "kommunesentrert"
    case (.municipalityCentred, .en): "municipality-centred"
    case (.cooperationCentred, .nb): "samarbeidssentrert"
    case (.cooperationCentred, .en): "cooperation-centred"
    case (.combined, .nb): "kombinert"
    case (.combined, .en): "combined"
    }
  }

  public static func < (lhs: StudyModel, rhs: StudyModel) -> Bool { lhs.rawValue < rhs.rawValue }
}
