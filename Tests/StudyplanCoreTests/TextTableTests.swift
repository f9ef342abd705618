import StudyplanCore
import Testing

/// Plain-text tables: columns padded to the widest cell, numbers to the right, and no blanks
/// left at the end of a line.
@Suite struct TextTableTests {
  @Test func columnsAlignAndLinesEndWithoutBlanks() {
    let table = TextTable(
      headers: ["ID", "VERSION", "TITLE", "NOTE"],
      rows: [["p1", "2", "Reform", ""], ["p10", "12", "Bø og Sauherad", "kort "]],
      rightAligned: [1])
    #expect(
      table.render()
        == """
        ID   VERSION  TITLE           NOTE
        p1         2  Reform
        p10       12  Bø og Sauherad  kort
        """)
  }

  @Test func onlyPlainSpacesAtTheEndAreTrimmed() {
    // A combining accent makes the last space part of a character that is not a space.
    let table = TextTable(headers: ["A", "B"], rows: [["x", " \u{301}"], ["y", "\u{A0}"]])
    let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "x   \u{301}")
    #expect(lines[2] == "y  \u{A0}")
  }
}
