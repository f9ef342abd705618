/// An information letter (informasjonsskriv) for one informant role, written to Sikt's layered
/// template: the most important first, the contact block and, under consent, the written or
/// oral consent at the end.
///
/// Wording follows the legal basis (consent: art. 6(1)(a), withdrawal of consent, portability;
/// public interest: art. 6(1)(e), objection, no consent wording), adds art. 9(2)(a)/(j) when
/// political opinion may come up, and is in the past tense for a former office-holder. Unset
/// fields show as a marked gap and the draft opens with a note naming them; the checklist is a
/// separate planner's report (`LetterChecklist`), never part of the letter.
public struct InformationLetter: Equatable, Sendable {
  /// The letter, ready to render.
  public var document: ExportDocument
  /// The consent fields still unset, in checklist order.
  public var missing: [ConsentField]
  /// The checklist points the letter covers fully.
  public var covered: [LetterChecklistItem]

  /// Drafts the letter for `studyProtocol` in its language (or `language`): for `role` (nil:
  /// every protocol role in one letter), to its current or former holder.
  public init(
    for studyProtocol: StudyProtocol, role: InformantRole? = nil, holder: RoleHolder = .current,
    language: Language? = nil
  ) {
    let language = language ?? studyProtocol.language
    let checklist = LetterChecklist(for: studyProtocol)
    self.missing = checklist.missing
    self.covered = checklist.covered
    var writer = LetterWriter(
      studyProtocol: studyProtocol, language: language, missing: checklist.missing, role: role,
      holder: holder)
    self.document = writer.document()
  }

  /// One letter per protocol role, and one for former holders of each role the fieldwork log
  /// plans former-holder slots for: the role, the holder and the letter.
  public static func perRole(
    for studyProtocol: StudyProtocol, language: Language? = nil
  ) -> [(role: InformantRole, holder: RoleHolder, letter: InformationLetter)] {
    let formerRoles = Set(
      (studyProtocol.fieldwork?.slots ?? []).filter { $0.holder == .former }.map(\.roleID))
    var out: [(InformantRole, RoleHolder, InformationLetter)] = []
    for role in studyProtocol.roles {
      out.append(
        (role, .current, InformationLetter(for: studyProtocol, role: role, language: language)))
      if formerRoles.contains(role.id) {
        out.append(
          (
            role, .former,
            InformationLetter(for: studyProtocol, role: role, holder: .former, language: language)
          ))
      }
    }
    return out
  }

  /// The file-name stem for a role's letter: `letter-ordforer`, `letter-ordforer-former`.
  public static func fileStem(role: InformantRole?, holder: RoleHolder) -> String {
    guard let role else { return "letter" }
    return "letter-\(role.id)" + (holder == .former ? "-former" : "")
  }
}
