import Foundation

/// Writes the methods text in one language.
struct MethodsWriter {
  var studyProtocol: StudyProtocol
  var sampling: SamplingDescription
  var language: Language

  var nb: Bool { language == .nb }
  func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }
  var notRecorded: String { t("[ikke registrert]", "[not recorded]") }
  func or(_ value: String?) -> String { value.flatMap { $0.isEmpty ? nil : $0 } ?? notRecorded }

  func document() -> ExportDocument {
    var blocks: [DocumentBlock] = []
    func heading(_ nb: String, _ en: String) { blocks.append(.heading(level: 1, text: t(nb, en))) }
    func paragraph(_ text: String) { blocks.append(.paragraph([.plain(text)])) }

    // The study's purpose opens the chapter: for the 2019 survey it records the census of the
    // project leaders, how many took part, when, how long and who approved it.
    let purpose = studyProtocol.purpose.trimmingCharacters(in: .whitespacesAndNewlines)
    if !purpose.isEmpty {
      heading("Formål og design", "Purpose and design")
      paragraph(purpose)
    }

    heading("Studiemodell og forskningsspørsmål", "Study model and research questions")
    let model = studyProtocol.model.map { choice in
      "\(choice.model.rawValue) (\(choice.model.name(in: language)))"
        + (choice.justification.map { t(", begrunnet slik: ", ", justified as: ") + $0 } ?? "")
    }
    paragraph(t("Studiemodell: ", "Study model: ") + or(model) + ".")
    let questions = studyProtocol.questions.map(\.id).joined(separator: ", ")
    paragraph(t("Forskningsspørsmål: ", "Research questions: ") + or(questions) + ".")

    blocks += SamplingMethods.blocks(sampling, language: language)

    heading(
      "Rekruttering og frafall (COREQ 11, 13)",
      "Approach and non-participation "
        + "(COREQ 11, 13)")
    let mode: String? = studyProtocol.consent.interviewMode.map {
      switch $0 {
      case .inPerson: t("intervju ansikt til ansikt", "face-to-face interview")
      case .telephone: t("telefonintervju", "telephone interview")
      case .video: t("videointervju", "video interview")
      }
    }
    let approach: String? = studyProtocol.consent.recruitment.map {
      switch $0 {
      case .gatekeeper:
        t(
          "invitasjonen videresendt av en portvakt (sekretariat eller prosjektleder)",
          "the invitation forwarded by a gatekeeper (secretariat or project leader)")
      case .direct:
        t("direkte kontakt med rolleinnehaveren", "direct contact with the role holder")
      }
    }
    paragraph(
      t("Intervjuform: ", "Interview mode: ") + or(mode) + ". " + t("Kontakt: ", "Approach: ")
        + or(approach) + ".")
    if sampling.nonParticipation.isEmpty {
      paragraph(
        t(
          "Avslag og erstatninger: ingen registrert ennå.",
          "Refusals and replacements: none recorded yet."))
    } else {
      blocks.append(
        .table(
          header: [t("Grunn", "Reason"), t("Antall", "Count")],
          rows: sampling.nonParticipation.map { [$0.reason, "\($0.count)"] }))
    }

    heading("Informantroller", "Informant roles")
    if studyProtocol.roles.isEmpty {
      paragraph(notRecorded)
    } else {
      blocks.append(
        .bulletList(
          studyProtocol.roles.map { role in
            [.plain(role.name.text(in: language)), .emphasis(" (\(role.id))")]
          }))
    }

    heading(
      "Intervjuguide og varighet (COREQ 17, 21)",
      "Interview guide and duration "
        + "(COREQ 17, 21)")
    if let guide = studyProtocol.guide {
      paragraph(
        t(
          "Intervjuguide revisjon \(guide.revision) (fingeravtrykk \(guide.fingerprint)), "
            + "med \(guide.themes.count) temaer og én variant per rolle. Guiden ble laget "
            + "før datainnsamlingen; om den er prøvd ut i et pilotintervju: \(notRecorded).",
          "Interview guide revision \(guide.revision) (fingerprint \(guide.fingerprint)), with "
            + "\(counted(guide.themes.count, "theme")) and one variant per role. The guide was written "
            + "before data collection; whether it was piloted: \(notRecorded)."))
      let roles = studyProtocol.roles
      if !roles.isEmpty {
        blocks.append(
          .table(
            header: [
              t("Rolle", "Role"), t("Planlagt (min)", "Planned (min)"),
              t("Mål (min)", "Target (min)"), t("Spørsmål", "Questions"),
            ],
            rows: roles.map { role in
              let variant = guide.variant(for: role, language: language)
              return [
                role.name.text(in: language), "\(variant.totalMinutes)",
                "\(variant.targetMinutes)", "\(variant.questions.count)",
              ]
            }))
      }
    } else {
      paragraph(t("Intervjuguide: ", "Interview guide: ") + notRecorded + ".")
    }

    heading("Metningspunkt (COREQ 22)", "Data saturation (COREQ 22)")
    paragraph(
      t(
        "Hvordan metning vurderes: \(notRecorded). Skriv hvordan dere avgjør at flere "
          + "intervjuer ikke gir nye innsikter, og om reserver da tas i bruk.",
        "How saturation is judged: \(notRecorded). State how you decide that further interviews "
          + "add no new insight, and whether reserves are then used."))

    return ExportDocument(
      title: t("Metode: ", "Methods: ") + studyProtocol.title,
      subtitle: [t("Utkast til metodekapittel", "Draft methods section")],
      language: language, blocks: blocks)
  }
}
