/// The recruitment, response and participants sections: how informants were approached, the
/// response by role from the log (vacant roles counted apart, never as refusals), a follow-up's
/// response beside its baseline's, and who was interviewed.
extension MethodsWriter {
  mutating func recruitment() {
    heading("Rekruttering og frafall", "Approach and non-participation")
    approachParagraph()
    responseBesideBaseline()
    guard let log else {
      if let reported = studyProtocol.fieldwork?.reported {
        reportedResponse(reported)
        return
      }
      writeNote(
        items: 13...13,
        what: t(
          "hvor mange som takket nei eller trakk seg, og hvorfor (fra feltarbeidsloggen)",
          "how many declined or withdrew, and why (from the fieldwork log)"),
        command: "fieldwork plan; fieldwork log SLOT STATUS")
      toWrite(13...13, command: "fieldwork plan; fieldwork log SLOT STATUS")
      return
    }
    responseTable(log)
    reasons(log)
    replacements()
    filled(13...13, from: [.log])
  }

  /// COREQ 11: how informants were approached, and how the interviews are held.
  mutating func approachParagraph() {
    let consent = studyProtocol.consent
    guard let recruitment = consent.recruitment, let mode = modeText else {
      writeNote(
        items: 11...11, what: t("hvordan informantene kontaktes", "how informants are approached"),
        command: "consent recruitment …; consent interview-mode …")
      toWrite(11...11, command: "consent recruitment …; consent interview-mode …")
      return
    }
    let approach: String =
      switch recruitment {
      case .gatekeeper:
        t(
          "Informantene ble kontaktet gjennom en portvakt (sekretariat eller prosjektleder), "
            + "som sendte informasjonsskrivet videre; forskerne fikk vite hvem som var spurt, "
            + "først når de svarte",
          "Informants were approached through a gatekeeper (secretariat or project leader) who "
            + "forwarded the information letter; the researchers learned who had been asked "
            + "only when they answered")
      case .direct:
        t(
          "Informantene ble kontaktet direkte, med informasjonsskrivet, ut fra offentlige "
            + "oversikter over hvem som har rollen",
          "Informants were approached directly, with the information letter, from public "
            + "listings of who holds the role")
      case .recontact:
        t(
          "Informantene ble kontaktet på nytt fordi de deltok i "
            + (baselineTitle.map { "«\($0)»" } ?? "en tidligere studie")
            + "; informasjonsskrivet sier hvordan de ble funnet",
          "Informants were contacted again because they took part in "
            + (baselineTitle.map { "‘\($0)’" } ?? "an earlier study")
            + "; the information letter says how they were found")
      }
    paragraph([approach, mode])
    filled(11...11, from: [.field("consent recruitment"), .field("consent interview-mode")])
  }

  var baselineTitle: String? { baseline?.document?.title }

  /// «Intervjuene gjøres på telefon.»
  var modeText: String? {
    studyProtocol.consent.interviewMode.map {
      switch $0 {
      case .inPerson: t("Intervjuene gjøres ansikt til ansikt", "The interviews are held in person")
      case .telephone: t("Intervjuene gjøres på telefon", "The interviews are held by telephone")
      case .video: t("Intervjuene gjøres på video", "The interviews are held by video")
      }
    }
  }

  /// The response per role, with percentages, from the log.
  mutating func responseTable(_ log: FieldworkLog) {
    let total = log.total
    let ineligible = log.slots.filter { $0.isIneligible }.count
    let approached = total.approached - ineligible
    var sentences = [
      t(
        "Tabellen viser svar og frafall per rolle fra feltarbeidsloggen",
        "The table shows response and non-participation by role from the fieldwork log")
    ]
    if approached > 0 {
      let rate = Figures.percentText(total[.interviewed], of: approached, language) ?? ""
      sentences.append(
        t("Av ", "Of ") + CountedNoun.informant.definite(approached, language, digits: approached > 12)
          + t(" som er kontaktet, er ", " contacted, ")
          + NumberWords.number(total[.interviewed], language, digits: approached > 12)
          + t(" intervjuet (\(rate))", " were interviewed (\(rate))"))
    }
    if ineligible > 0 {
      sentences.append(
        count(ineligible, .role) + t(" var ubesatt og er holdt utenfor", ineligible == 1 ? " was vacant and is left out" : " were vacant and are left out"))
    }
    paragraph(sentences)
    blocks.append(
      .table(
        header: [
          t("Rolle", "Role"), t("Kontaktet", "Contacted"), t("Intervjuet", "Interviewed"),
          t("Takket nei", "Declined"), t("Trakk seg", "Withdrew"), t("Ikke nådd", "Not reached"),
          t("Ubesatt", "Vacant"), t("Venter", "Pending"),
        ],
        rows: log.responseByRole(roles: studyProtocol.roles).map { row in
          let slots = log.slots.filter { $0.roleID == row.roleID }
          let vacant = slots.filter(\.isIneligible).count
          let tally = row.tally
          return [
            roleName(row.roleID), "\(tally.approached - vacant)", "\(tally[.interviewed])",
            "\(tally[.declined] - vacant)", "\(tally[.withdrew])", "\(tally[.unreachable])",
            "\(vacant)", "\(tally.open - tally[.planned])",
          ]
        }))
  }

  /// The reasons for declines and withdrawals (vacant roles are not among them).
  mutating func reasons(_ log: FieldworkLog) {
    let reasons = log.reasons.filter { !$0.reason.isIneligible }
    if reasons.isEmpty {
      paragraph([t("Ingen har takket nei eller trukket seg", "No one has declined or withdrawn")])
    } else {
      blocks.append(
        .table(
          header: [t("Utfall", "Outcome"), t("Grunn", "Reason"), t("Antall", "Count")],
          rows: reasons.map {
            [$0.status.label(in: language), $0.reason.label(in: language), "\($0.count)"]
          }))
    }
  }

  /// Units of the sample replaced after a refusal, by reason: «Én kommune i utvalget takket
  /// nei og ble erstattet med neste reserve i samme stratum.»
  mutating func replacements() {
    guard let sampling, !sampling.sample.log.isEmpty else { return }
    let log = sampling.sample.log
    let clusters = log.contains { $0.stratum == "clusters" || $0.stratum == "pairs" }
    let noun: CountedNoun = sampling.level == .municipality && !clusters ? .municipality : .unit
    let replaced = log.filter { $0.replacement != nil }.count
    var byReason: [String] = []
    for reason in RefusalReason.allCases {
      let n = log.filter { $0.reason == reason }.count
      if n > 0 { byReason.append(NumberWords.number(n, language) + " " + reason.label(in: language)) }
    }
    let who = count(log.count, noun) + t(" i utvalget", " of the sample")
    var sentences: [String] = []
    if log.count == 1, let only = log.first {
      sentences.append(
        who + " " + only.reason.label(in: language)
          + (replaced == 1
            ? t(" og ble erstattet med neste reserve", " and was replaced by the next reserve")
            : t(", og ingen reserve var igjen", ", and no reserve was left")))
    } else {
      sentences.append(who + t(" falt fra: ", " dropped out: ") + Prose.list(byReason, language: language))
      sentences.append(
        replaced == log.count
          ? t("Alle ble erstattet med neste reserve", "Each was replaced by the next reserve")
          : NumberWords.number(replaced, language)
            + t(" ble erstattet med neste reserve; for de andre var ingen reserve igjen", " were replaced by the next reserve; for the others none was left"))
    }
    paragraph(sentences)
  }
}

extension InformantSlot {
  /// Whether the slot ended because the role could not be filled (vacant): not a refusal.
  public var isIneligible: Bool {
    (status == .declined || status == .withdrew) && (reason?.isIneligible ?? false)
  }
}

extension RefusalReason {
  /// The reason in words.
  public func label(in language: Language) -> String {
    let (nb, en): (String, String) =
      switch self {
      case .refused: ("takket nei", "declined")
      case .noResponse: ("svarte ikke", "did not answer")
      case .unavailable: ("hadde ikke anledning", "could not take part")
      case .ineligible: ("passet ikke kriteriene", "did not fit the criteria")
      case .withdrew: ("trakk seg", "withdrew")
      case .other: ("falt fra av andre grunner", "dropped out for other reasons")
      }
    return language == .nb ? nb : en
  }
}
