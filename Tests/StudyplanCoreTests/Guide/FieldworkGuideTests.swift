import Foundation
import Testing

@testable import StudyplanCore

/// Issue 10: guides that differ by role, the question linter, an honest time budget, the note's
/// own question and the shipped templates.
@Suite struct FieldworkGuideTests {
  static let models = ["model-1", "model-2", "model-3"]

  static func shipped(_ id: String) throws -> StudyProtocol {
    try ShippedProtocol.named(id).document()
  }

  static func markdown(_ document: StudyProtocol, role: InformantRole) throws -> String {
    MarkdownRenderer.render(try document.guideDocument(for: role))
  }

  /// The entry (main) questions of a role's guide, in order.
  static func entryQuestions(_ document: StudyProtocol, role: InformantRole) throws -> [String] {
    try document.roleGuide(for: role).sections.filter { $0.kind == .theme }
      .flatMap { $0.questions.map(\.text) }
  }

  @Test(arguments: models + ["byr-project-leaders-2019"])
  func everyPairOfRoleGuidesDiffersInItsEntryQuestions(template: String) throws {
    let document = try Self.shipped(template)
    let roles = document.roles
    for (i, first) in roles.enumerated() {
      for second in roles[(i + 1)...] {
        let a = try Self.markdown(document, role: first)
        let b = try Self.markdown(document, role: second)
        // The exported documents differ beyond their headers and introductions …
        let body = { (text: String) in
          text.components(separatedBy: "\n").filter { !$0.contains(first.name.nb) }
            .filter { !$0.contains(second.name.nb) }
        }
        #expect(body(a) != body(b), "\(template): \(first.id) and \(second.id)")
        // … and in the questions that open the themes.
        #expect(
          try Self.entryQuestions(document, role: first)
            != Self.entryQuestions(document, role: second),
          "\(template): \(first.id) and \(second.id) have the same entry questions")
      }
    }
    #expect(
      !DesignCheck.run(document).contains {
        if case .identicalRoleGuides = $0 { true } else { false }
      })
  }

  @Test(arguments: ["model-2", "model-3"])
  func theProjectLeaderIsAskedDirectlyAboutBenefit(template: String) throws {
    let document = try Self.shipped(template)
    let leader = try document.role(named: "prosjektleder")
    let guide = try document.roleGuide(for: leader)
    let direct = guide.sections.filter { $0.kind == .theme }.flatMap(\.questions).filter {
      $0.kind == .main && ($0.text.contains("fått ut av") || $0.text.contains("fått igjen"))
    }
    #expect(!direct.isEmpty, "no direct benefit question for the project leader")
    // The indirect wording is a probe after the direct question, never the question itself.
    for question in guide.questions {
      #expect(!question.text.hasPrefix("Hvis vi spurte"))
    }
  }

  @Test func formerOfficeHoldersAreAskedInThePastTense() throws {
    let document = try Self.shipped("model-1")
    let former = try document.role(named: "tidligere ordfører")
    let questions = try Self.entryQuestions(document, role: former)
    #expect(!questions.isEmpty)
    #expect(questions.contains { $0.contains("mens du hadde stillingen") })
    let warmUp = try document.roleGuide(for: former).sections.first { $0.kind == .warmUp }
    #expect(warmUp?.questions.first?.text.contains("stillingen du hadde") == true)
  }

  @Test func theRegionalCouncilsChairAndSecretariatHeadAreSeparateRoles() throws {
    let chair = try RoleCatalogue.builtin.resolve("regionrådsleder")
    let head = try RoleCatalogue.builtin.resolve("daglig leder i regionråd")
    #expect(chair.id == "regionradsleder")
    #expect(head.id == "sekretariatsleder")
    #expect(
      try RoleCatalogue.builtin.resolve("tidligere rådmann").id == "tidligere-kommunedirektor")
  }

  @Test func checkSaysWhenTwoRolesGuidesAreIdentical() throws {
    var document = StudyProtocol(
      title: "Likt",
      roles: [
        InformantRole(id: "a", name: LocalizedText(nb: "a", en: "a"), isCustom: true),
        InformantRole(id: "b", name: LocalizedText(nb: "b", en: "b"), isCustom: true),
      ])
    document.questions = [.catalogue("capacity-expanding-or-limiting")]
    var guide = InterviewGuide.make(
      from: [
        GuideThemeSource(
          researchQuestionID: "capacity-expanding-or-limiting",
          themes: QuestionCatalogue.builtin.entry(id: "capacity-expanding-or-limiting")?.themes
            ?? [])
      ])
    for s in guide.sections.indices {
      for q in guide.sections[s].questions.indices { guide.sections[s].questions[q].roleIDs = [] }
    }
    document.guide = guide
    #expect(DesignCheck.run(document).contains(.identicalRoleGuides("a", "b")))
  }

  // MARK: - The note's title question

  @Test func theTitleQuestionIsInTheCatalogueAndLeadsToModelOne() throws {
    let entry = try QuestionCatalogue.builtin.resolve("what-small-municipalities-got")
    #expect(entry.suggestedModel == .municipalityCentred)
    #expect(QuestionCatalogue.builtin.entries.first?.id == entry.id)
    #expect(!entry.roleIDs.isEmpty && !entry.themes.isEmpty)
  }

  @Test func aModelOneGuideFromTheTitleQuestionAsksAboutWhatTheNoteFound() throws {
    var document = StudyProtocol(title: "Tittelspørsmålet")
    document.questions = [.catalogue("what-small-municipalities-got")]
    try document.addRole("ordfører")
    document.guide = document.makeGuide(themes: {
      QuestionCatalogue.builtin.entry(id: $0)?.themes ?? []
    })
    let text = try Self.markdown(document, role: document.roles[0])
    for needle in [
      "analysene av kommunen fra programmets første fase", "fellessamlingene",
      "regionale planene", "ikke hadde vært med",
    ] {
      #expect(text.contains(needle), "missing: \(needle)")
    }
  }

  @Test func everyNewLeadHasDimensionsSamplingRolesAndThemes() {
    for id in [
      "standpoint-and-benefit", "own-or-shared-programme", "attribution-among-programmes",
      "region-type", "byr-before-merger", "turnover-and-continuity", "ownership",
    ] {
      let entry = QuestionCatalogue.builtin.entry(id: id)
      #expect(entry != nil, "\(id)")
      #expect(entry?.roleIDs.isEmpty == false)
      #expect(entry?.themes.isEmpty == false)
      #expect(entry?.sampling.note.nb.isEmpty == false)
    }
  }

  // MARK: - Time

  @Test(arguments: models + ["byr-project-leaders-2019"])
  func noShippedRoleGuideIsPlannedOverOrFarUnderItsLength(template: String) throws {
    let document = try Self.shipped(template)
    for role in document.roles {
      let guide = try document.roleGuide(for: role)
      #expect(guide.totalMinutes <= guide.targetMinutes, "\(template) \(role.id)")
      #expect(guide.totalMinutes * 4 >= guide.targetMinutes * 3, "\(template) \(role.id)")
      let markdown = try Self.markdown(document, role: role)
      #expect(markdown.contains("Planlagt tid: \(guide.totalMinutes) av \(guide.targetMinutes)"))
      #expect(markdown.contains("Intervjuet tar omtrent \(guide.totalMinutes) minutter"))
    }
  }

  @Test func trimmingTakesIfTimeQuestionsOutOfAFixedSection() {
    var guide = InterviewGuide.make(from: [], targetMinutes: 45)
    // The closing has fixed minutes; make it long and give it an if-time question.
    let closing = guide.sections.firstIndex { $0.kind == .closing } ?? 0
    guide.sections[closing].minutes = 40
    let role = InformantRole(id: "ordforer", name: LocalizedText(nb: "ordfører", en: "mayor"))
    let variant = guide.variant(for: role, language: .nb)
    let kept = variant.sections.first { $0.kind == .closing }?.questions.map(\.id) ?? []
    #expect(!variant.trimmedQuestionIDs.isEmpty)
    #expect(!kept.contains(where: variant.trimmedQuestionIDs.contains))
    #expect(variant.sections.first { $0.kind == .closing }?.minutes ?? 0 < 40)
  }

  @Test func aBuiltGuideNeverSaysItIsPlannedOverItsLength() throws {
    for length in [45, 60, 90] {
      var document = StudyProtocol(title: "Lang")
      for id in QuestionCatalogue.builtin.ids.prefix(6) {
        document.questions.append(.catalogue(id))
      }
      for role in ["ordfører", "kommunedirektør", "næringssjef", "prosjektleder"] {
        try document.addRole(role)
      }
      document.guide = document.makeGuide(targetMinutes: length) {
        QuestionCatalogue.builtin.entry(id: $0)?.themes ?? []
      }
      for role in document.roles {
        let guide = try document.roleGuide(for: role)
        #expect(guide.totalMinutes <= guide.targetMinutes, "\(length) \(role.id)")
      }
    }
  }

  @Test func checkReportsAGuideFarUnderItsLength() throws {
    var document = StudyProtocol(title: "Kort")
    document.questions = [.catalogue("state-programmes")]
    try document.addRole("ordfører")
    document.guide = document.makeGuide(targetMinutes: 90) {
      QuestionCatalogue.builtin.entry(id: $0)?.themes ?? []
    }
    #expect(
      DesignCheck.run(document).contains {
        if case .roleGuideUnderTime(let role, _, 90) = $0 { role == "ordforer" } else { false }
      })
  }

  // MARK: - Own questions and languages

  @Test func anOwnQuestionGetsADraftedTheme() throws {
    var document = StudyProtocol(title: "Eget")
    document.questions = [
      .own(
        id: "own-1", text: "Hvordan bruker kommunene regionale næringsfond?",
        dimensions: QuestionDimensions(unit: .municipality, comparison: .reform))
    ]
    try document.addRole("ordfører")
    document.guide = document.makeGuide { _ in [] }
    let theme = try #require(document.guide?.themes.first)
    #expect(theme.questions.first?.researchQuestionIDs == ["own-1"])
    #expect(theme.questions.first?.text.nb.contains("regionale næringsfond") == true)
    let findings = DesignCheck.run(document)
    #expect(findings.contains(.draftQuestion(questionID: theme.questions[0].id)))
    #expect(!findings.contains(.uncoveredResearchQuestion("own-1")))
  }

  @Test func checkListsTextsMissingInTheOtherLanguage() throws {
    var document = StudyProtocol(title: "Språk")
    var guide = InterviewGuide.make(from: [])
    let id = try guide.addQuestion(.written("Hva skjedde?", in: .nb), toSection: "warm-up")
    document.guide = guide
    #expect(
      DesignCheck.run(document).contains(.missingTranslation(addresses: [id], language: .en)))
    // The English guide falls back to the bokmål text rather than printing nothing.
    let english = guide.variant(for: nil, language: .en)
    #expect(english.questions.contains { $0.text == "Hva skjedde?" })
  }

  @Test func bokmalDatesAndPurposeReadAsProse() {
    #expect(ProseDate.text("2027-12-31", in: .nb) == "31. desember 2027")
    #expect(ProseDate.text("2027-12-31", in: .en) == "31 December 2027")
    var consent = ConsentFields()
    consent.projectEndDate = "2027-12-31"
    consent.recording = .audio
    let script = consent.introductionScript(
      language: .nb, roleName: "ordfører", minutes: 45, projectTitle: "",
      purpose: "å finne ut hva kommunene fikk ut av samarbeidet")
    let text = script.map(\.text).joined(separator: "\n")
    #expect(text.contains("31. desember 2027"))
    #expect(
      text.contains("Formålet med prosjektet er å finne ut hva kommunene fikk ut av samarbeidet."))
  }
}

/// Issue 10, item 7: the 2019 baseline as the note describes it.
@Suite struct Baseline2019Tests {
  @Test func theMethodsExportStatesTheCensusOfTheProjectLeaders() throws {
    let document = try ShippedProtocol.named("byr-project-leaders-2019").document()
    let methods = MethodsText(
      for: document, sampling: document.sample.map { SamplingDescription($0) })
    let text = MarkdownRenderer.render(methods.document)
    #expect(text.contains("totalutvalg av samarbeid: alle de 29 samarbeidene"))
    #expect(text.contains("Studien kontaktet 29 og intervjuet 24 (83 prosent) i desember 2019"))
    #expect(text.contains("15–45 minutter"))
    #expect(!text.contains("Sikt"))
    // A census of the regions, not a random draw.
    #expect(document.sample?.plan.design == .census)
    #expect(!text.contains("two-stage"))
  }

  @Test func theNotesQuestionsAndTheAddedOnesAreMarked() throws {
    let document = try ShippedProtocol.named("byr-project-leaders-2019").document()
    let guide = try #require(document.guide)
    let themes = guide.themes
    #expect(themes.count == 3)
    for theme in themes { #expect(theme.heading(in: .nb).contains("notatets spørsmål")) }
    for section in guide.sections where section.kind.isFraming && section.kind != .introduction {
      #expect(section.heading(in: .nb).contains("lagt til"))
      #expect(section.heading(in: .en).contains("added"))
    }
    // The six questions, each serving its own research question.
    let served = themes.flatMap(\.questions).flatMap(\.researchQuestionIDs)
    #expect(Set(served) == Set((1...6).map { "own-\($0)" }))
  }
}

/// Issue 10: what a former office-holder's interviewer and the full guide's reader see.
@Suite struct GuideWordingTests {
  @Test func theInterviewerOfAFormerOfficeHolderIsToldToAskInThePast() throws {
    let document = try ShippedProtocol.named("model-1").document()
    let former = try document.role(named: "tidligere ordfører")
    let intro = try document.roleGuide(for: former).sections.first { $0.kind == .introduction }
    #expect(intro?.script.contains { $0.isInstruction && $0.text.contains("i fortid") } == true)
    let mayor = try document.role(named: "ordfører")
    let current = try document.roleGuide(for: mayor).sections.first { $0.kind == .introduction }
    #expect(current?.script.contains { $0.text.contains("i fortid") } == false)
  }

  @Test func theFullGuideNamesRolesAndResearchQuestionsInTheGuidesLanguage() throws {
    let document = try ShippedProtocol.named("model-1").document()
    let text = MarkdownRenderer.render(try document.guideDocument(for: nil))
    #expect(text.contains("roller: ordfører, kommunedirektør, næringssjef"))
    #expect(text.contains("forskningsspørsmål 1"))
    #expect(!text.contains("what-small-municipalities-got"))
    #expect(!text.contains("roller: ordforer"))
  }
}
