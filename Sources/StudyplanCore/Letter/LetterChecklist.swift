/// The planner's checklist for the information letter: which of the 17 points the letter
/// covers and which consent fields each still lacks. `check` reports it and
/// `export letter-checklist` writes it; the letter itself never shows it.
public struct LetterChecklist: Equatable, Sendable {
  /// The required consent fields still unset, in checklist order.
  public var missing: [ConsentField]
  /// The points the letter covers fully.
  public var covered: [LetterChecklistItem]
  /// The points that do not apply (the consent declaration under public interest).
  public var notApplicable: [LetterChecklistItem]
  /// Whether the protocol has informant roles (point 1 says why the reader is asked).
  public var hasRoles: Bool
  /// Whether informants of an earlier study are contacted again: the checklist then tells the
  /// planner to check what the earlier consent allowed.
  public var isRecontact: Bool

  /// The checklist for `studyProtocol`. A point counts as covered only when every field it is
  /// written from is set: an empty field is never reported as covered.
  public init(for studyProtocol: StudyProtocol) {
    let consent = studyProtocol.consent
    let missing = consent.missing(fallbackPurpose: studyProtocol.purpose)
    self.missing = missing
    self.hasRoles = !studyProtocol.roles.isEmpty
    self.isRecontact = consent.recruitment == .recontact
    self.notApplicable = consent.legalBasis == .publicInterest ? [.consentDeclaration] : []
    let hasRoles = hasRoles
    let notApplicable = notApplicable
    self.covered = LetterChecklistItem.allCases.filter { item in
      !notApplicable.contains(item) && item.fields.allSatisfy { !missing.contains($0) }
        && (item != .invitation || hasRoles)
    }
  }

  /// What the point still needs: the unset fields' commands, or adding a role.
  public func needs(_ item: LetterChecklistItem) -> [String] {
    var needs = item.fields.filter { missing.contains($0) }.map { "consent \($0.rawValue)" }
    if item == .invitation, !hasRoles { needs.append("roles add ROLE") }
    return needs
  }

  /// The checklist as a document for the planner (`export letter-checklist`).
  public func document(title: String, language: Language) -> ExportDocument {
    let nb = language == .nb
    let rows = LetterChecklistItem.allCases.map { item -> [String] in
      let state: String
      if notApplicable.contains(item) {
        state = nb ? "ikke aktuelt (allmenn interesse)" : "not applicable (public interest)"
      } else if covered.contains(item) {
        state = nb ? "dekket" : "covered"
      } else {
        state = (nb ? "mangler: " : "missing: ") + needs(item).joined(separator: ", ")
      }
      return ["\(item.rawValue)", item.label(in: language), item.gdprReference, state]
    }
    var blocks: [DocumentBlock] = [
      .paragraph([
        .plain(
          nb
            ? "Punktene et informasjonsskriv skal dekke (personvernforordningen artikkel 13 og "
              + "Sikts liste), og om utkastet dekker dem. Et punkt er dekket bare når alle "
              + "feltene det skrives fra, er fylt ut. Listen er for planleggeren og står ikke i "
              + "brevet."
            : "The points an information letter must cover (GDPR Article 13 and Sikt's list), "
              + "and whether the draft covers them. A point is covered only when every field it "
              + "is written from is set. The list is for the planner and is not part of the "
              + "letter.")
      ]),
      .table(
        header: nb ? ["Nr.", "Punkt", "GDPR", "Status"] : ["No.", "Point", "GDPR", "Status"],
        rows: rows),
    ]
    let open = LetterChecklistItem.allCases.count - covered.count - notApplicable.count
    blocks.append(
      .paragraph([
        .plain(
          open == 0
            ? (nb ? "Alle punktene er dekket." : "Every point is covered.")
            : (nb
              ? "\(open) av \(LetterChecklistItem.allCases.count) punkter mangler noe."
              : "\(open) of \(LetterChecklistItem.allCases.count) points lack something."))
      ]))
    if isRecontact { blocks.append(.note([.plain(Self.recontactNote(language))])) }
    return ExportDocument(
      title: (nb ? "Sjekkliste for informasjonsskrivet: " : "Information letter checklist: ")
        + title,
      subtitle: [
        nb ? "For planleggeren, ikke for informantene" : "For the planner, not informants"
      ],
      language: language, blocks: blocks)
  }

  /// The planner's note when informants of an earlier study are contacted again.
  static func recontactNote(_ language: Language) -> String {
    language == .nb
      ? "Informantene kontaktes på nytt fra en tidligere studie. Sjekk hva de samtykket til "
        + "den gangen: om de sa ja til å bli kontaktet igjen, og om kontaktopplysningene kan "
        + "brukes etter den studiens prosjektslutt. Dekker ikke det tidligere samtykket ny "
        + "kontakt, må den nye bruken av opplysningene vurderes av Sikt før noen kontaktes."
      : "Informants are contacted again from an earlier study. Check what they consented to "
        + "then: whether they agreed to be contacted again, and whether the contact details may "
        + "be used after that study's end date. If the earlier consent does not cover new "
        + "contact, Sikt must assess the new use of the data before anyone is contacted."
  }
}
