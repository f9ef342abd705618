import StudyplanREPL
import Testing

@Suite struct CommandParserTests {
  let parser = CommandParser(table: .standard)

  @Test func wordsKeepQuotedTextTogether() throws {
    let invocation = try #require(try parser.parse(#"new "Reform follow-up" --purpose 'a "b" c'"#))
    #expect(invocation.command.name == "new")
    #expect(invocation.word(#""TITLE""#)?.text == "Reform follow-up")
    #expect(invocation.value("--purpose") == #"a "b" c"#)
  }

  @Test func blankAndCommentLinesAreNoCommand() throws {
    #expect(try parser.parse("   ") == nil)
    #expect(try parser.parse("# a comment") == nil)
  }

  @Test func optionsTakeValuesWithEqualsOrAfterABlank() throws {
    let first = try #require(try parser.parse("save --note=first"))
    let second = try #require(try parser.parse("save --note first --final"))
    #expect(first.value("--note") == "first")
    #expect(second.value("--note") == "first")
    #expect(second.has("--final"))
  }

  @Test func aQuotedDashWordIsAnArgumentNotAnOption() throws {
    let invocation = try #require(try parser.parse(#"new "--not-an-option""#))
    #expect(invocation.word(#""TITLE""#)?.text == "--not-an-option")
  }

  @Test(arguments: [
    ("exprot", "unknown command 'exprot'. Did you mean 'export'?", 1),
    ("frobnicate", "unknown command 'frobnicate'", 1),
    ("opne p1", "unknown command 'opne'. Did you mean 'open'?", 1),
    (#"new "Reform"#, "unterminated quote: the text that starts here has no closing quote", 5),
    ("save --nite x", "'save' has no option '--nite'. Did you mean '--note'?", 6),
    ("save --note", "'save --note' needs a value", 6),
    ("save --final=yes", "'save --final' takes no value", 6),
  ])
  func malformedLinesGetOneMessageThatPointsAtTheColumn(
    line: String, message: String, column: Int
  ) {
    #expect {
      _ = try parser.parse(line)
    } throws: { error in
      let report = ErrorReport(error)
      return report.message == message && report.column == column
    }
  }

  @Test func errorsRenderWithTheirPlaceInScriptsAndACaretAtATerminal() {
    let report = ErrorReport(CommandFailure(.unterminatedQuote, column: 5))
    #expect(
      report.render(line: #"new "X"#, location: "plan.sp:3", isInteractive: false)
        == "error: unterminated quote: the text that starts here has no closing quote (at plan.sp:3:5)\n"
    )
    #expect(
      report.render(line: #"new "X"#, location: nil, isInteractive: true)
        == """
        error: unterminated quote: the text that starts here has no closing quote
          | new "X
          |     ^

        """)
  }

  @Test func quotingRoundTripsThroughTheLexer() throws {
    for text in ["plain", "two words", #"a "quoted" \ word"#, "#hash", ""] {
      let words = try CommandLexer.words(of: "x " + CommandLexer.quote(text))
      #expect(words.map(\.text) == ["x", text])
    }
  }
}
