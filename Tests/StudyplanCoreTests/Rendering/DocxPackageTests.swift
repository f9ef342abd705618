import Foundation
import Testing

@testable import StudyplanCore

@Test func theSameGuideGivesTheSameDocxBytesEveryTime() throws {
  let doc = sampleGuideDocument()
  let first = try DocxRenderer.render(doc)
  let second = try DocxRenderer.render(doc)
  #expect(first == second)
  #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
}

@Test func theDocxHoldsTheWordprocessingParts() throws {
  let docx = try DocxRenderer.render(sampleGuideDocument())
  #expect(
    try DocxTestReader.entries(of: docx) == [
      "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
      "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml",
      "word/numbering.xml", "word/settings.xml", "word/footer1.xml",
    ])
  let footer = try DocxTestReader.part("word/footer1.xml", of: docx)
  #expect(footer.contains(" PAGE "))
  let styles = try DocxTestReader.part("word/styles.xml", of: docx)
  #expect(styles.contains("w:styleId=\"Heading1\""))
  #expect(styles.contains("<w:outlineLvl w:val=\"0\"/>"))
}

@Test func questionsAreNumberedOnThroughTheSectionsAndKeptWithTheirProbes() throws {
  let doc = sampleGuideDocument()
  let lists = doc.blocks.filter { if case .numberedList = $0 { true } else { false } }.count
  let docx = try DocxRenderer.render(doc)
  let numbering = try DocxTestReader.part("word/numbering.xml", of: docx)
  let overrides = numbering.components(separatedBy: "<w:startOverride w:val=").count - 1
  #expect(lists > 3)
  #expect(overrides == lists)
  // Only the first list starts at 1.
  #expect(numbering.components(separatedBy: "<w:startOverride w:val=\"1\"/>").count - 1 == 1)
  let body = try DocxTestReader.part("word/document.xml", of: docx)
  #expect(body.contains("<w:numId w:val=\"\(lists + 1)\"/>"))
  #expect(body.contains("<w:ilvl w:val=\"1\"/>"))
  #expect(body.contains("<w:keepNext/><w:numPr><w:ilvl w:val=\"0\"/>"))
}

@Test func eachSectionHeadingCarriesItsMinutes() {
  let doc = sampleGuideDocument()
  let headings = doc.blocks.compactMap { if case .heading(_, let text) = $0 { text } else { nil } }
  #expect(headings.first == "Innledning (5 min)")
  #expect(headings.contains("Tema 1: Kapasitet til utviklingsarbeid (9 min)"))
  #expect(headings.last == "Avrunding (10 min)")
}

func sampleGuideDocument(language: Language = .nb) -> ExportDocument {
  GuideFixtures.guide().variant(
    for: GuideFixtures.mayor, language: language, consent: GuideFixtures.completeConsent,
    projectTitle: "Fixture"
  ).document(projectTitle: "Fixture")
}
