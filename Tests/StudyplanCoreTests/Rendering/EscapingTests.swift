import Foundation
import Testing

@testable import StudyplanCore

/// A guide whose first theme question carries markup from the planner.
func hostileGuideDocument() throws -> ExportDocument {
  var guide = GuideFixtures.guide()
  try guide.editText(of: "q5", to: "<script>alert(1)</script> & \"quotes\" *stars* @cite $x$")
  try guide.renameSection("kapasitet", to: "<b>Tema</b>")
  return guide.variant(for: GuideFixtures.mayor, language: .nb).document(
    projectTitle: "<i>Prosjekt</i>")
}

@Test func markupInAQuestionComesOutEscapedInHTML() throws {
  let html = HTMLRenderer.render(try hostileGuideDocument())
  #expect(!html.contains("<script>"))
  #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
  #expect(!html.contains("<b>Tema</b>"))
  #expect(!html.contains("<i>Prosjekt</i>"))
}

@Test func markupInAQuestionIsLiteralTextInDocx() throws {
  let docx = try DocxRenderer.render(try hostileGuideDocument())
  let body = try DocxTestReader.part("word/document.xml", of: docx)
  #expect(!body.contains("<script>"))
  #expect(body.contains("<w:t xml:space=\"preserve\">&lt;script&gt;alert(1)&lt;/script&gt;"))
  #expect(body.contains("Prosjekt: &lt;i&gt;Prosjekt&lt;/i&gt;"))
  #expect(body.contains("&lt;b&gt;Tema&lt;/b&gt;"))
}

@Test func markupInAQuestionIsEscapedInMarkdown() throws {
  let markdown = MarkdownRenderer.render(try hostileGuideDocument())
  #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> \\& \"quotes\" \\*stars\\*"))
  #expect(markdown.contains("\\@cite \\$x\\$"))
}

@Test(arguments: [
  ("1. januar", "1\\. januar"), ("- tankestrek", "\\- tankestrek"), ("# emne", "\\# emne"),
  ("a_b_c", "a\\_b\\_c"), ("linje\nto", "linje to"),
])
func markdownEscapingGuardsBlockMarkersAndInlineSyntax(text: String, escaped: String) {
  #expect(MarkdownRenderer.escape(text) == escaped)
}

@Test func controlCharactersXMLForbidsAreDroppedFromDocx() {
  #expect(DocxRenderer.escape("a\u{0}b\u{1F}c\td") == "abc d")
}

@Test func theHTMLPageIsSelfContainedAndPrintsWell() {
  let html = HTMLRenderer.render(sampleGuideDocument())
  #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
  #expect(!html.contains("http://") && !html.contains("https://"))
  #expect(!html.contains("<script") && !html.contains("<link"))
  #expect(html.contains("@media print"))
  #expect(html.contains("break-inside: avoid"))
}
