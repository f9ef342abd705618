/// The fixed WordprocessingML parts of a DOCX package, and the ones built from a few values.
enum DocxParts {
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let officeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  static func languageTag(_ language: Language) -> String {
    switch language {
    case .nb: "nb-NO"
    case .en: "en-GB"
    }
  }

  static let contentTypes =
    header
    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" "
    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + override("/word/document.xml", "wordprocessingml.document.main+xml")
    + override("/word/styles.xml", "wordprocessingml.styles+xml")
    + override("/word/numbering.xml", "wordprocessingml.numbering+xml")
    + override("/word/settings.xml", "wordprocessingml.settings+xml")
    + override("/word/footer1.xml", "wordprocessingml.footer+xml")
    + "<Override PartName=\"/docProps/core.xml\" "
    + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    + override("/docProps/app.xml", "extended-properties+xml")
    + "</Types>"

  private static func override(_ part: String, _ type: String) -> String {
    "<Override PartName=\"\(part)\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.\(type)\"/>"
  }

  static let packageRelationships =
    header
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" "
    + "Target=\"word/document.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
    + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    + "<Relationship Id=\"rId3\" Type=\"\(officeRelationships)/extended-properties\" "
    + "Target=\"docProps/app.xml\"/>"
    + "</Relationships>"

  static let documentRelationships =
    header
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(officeRelationships)/numbering\" "
    + "Target=\"numbering.xml\"/>"
    + "<Relationship Id=\"rId3\" Type=\"\(officeRelationships)/settings\" "
    + "Target=\"settings.xml\"/>"
    + "<Relationship Id=\"rId4\" Type=\"\(officeRelationships)/footer\" "
    + "Target=\"footer1.xml\"/>"
    + "</Relationships>"

  /// The footer every page carries: the page number, centred.
  static let footer =
    header
    + "<w:ftr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
    + "<w:r><w:rPr><w:color w:val=\"666666\"/><w:sz w:val=\"18\"/></w:rPr>"
    + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
    + "<w:r><w:rPr><w:color w:val=\"666666\"/><w:sz w:val=\"18\"/></w:rPr>"
    + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
    + "<w:r><w:rPr><w:color w:val=\"666666\"/><w:sz w:val=\"18\"/></w:rPr>"
    + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
    + "<w:r><w:rPr><w:color w:val=\"666666\"/><w:sz w:val=\"18\"/></w:rPr><w:t>1</w:t></w:r>"
    + "<w:r><w:rPr><w:color w:val=\"666666\"/><w:sz w:val=\"18\"/></w:rPr>"
    + "<w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>"

  static func coreProperties(title: String, language: String) -> String {
    header
      + "<cp:coreProperties "
      + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      + "xmlns:dcterms=\"http://purl.org/dc/terms/\">"
      + "<dc:title>\(DocxRenderer.escape(title))</dc:title>"
      + "<dc:language>\(language)</dc:language>"
      + "</cp:coreProperties>"
  }

  static let appProperties =
    header
    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    + "extended-properties\"><Application>studyplan</Application></Properties>"

  static let settings =
    header
    + "<w:settings xmlns:w=\"\(wordNamespace)\"><w:defaultTabStop w:val=\"708\"/>"
    + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
    + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
    + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    + "</w:settings>"

  static func document(body: String) -> String {
    header
      + "<w:document xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(officeRelationships)\"><w:body>"
      + body
      + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
      + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" "
      + "w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
      + "</w:body></w:document>"
  }

  /// Numbering: abstract 0 numbers questions (probes as level-1 dashes), abstract 1 is bullets.
  /// `w:num` 1 is the bullets; `w:num` k + 1 is numbered list k, starting at its own first
  /// number (`starts[k - 1]`), so a guide's questions are numbered on through its sections.
  static func numbering(listStarts starts: [Int]) -> String {
    func level(
      _ index: Int, format: String, text: String, left: Int, hanging: Int = 360
    ) -> String {
      "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
        + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
        + "<w:pPr><w:ind w:left=\"\(left)\" w:hanging=\"\(hanging)\"/></w:pPr></w:lvl>"
    }
    var xml = header + "<w:numbering xmlns:w=\"\(wordNamespace)\">"
    xml += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
    // Room for two-digit numbers: questions are numbered on through the guide.
    xml += level(0, format: "decimal", text: "%1.", left: 454, hanging: 454)
    xml += level(1, format: "bullet", text: "–", left: 1080)
    xml += "</w:abstractNum>"
    xml += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
    xml += level(0, format: "bullet", text: "•", left: 360)
    xml += level(1, format: "bullet", text: "◦", left: 1080)
    xml += "</w:abstractNum>"
    xml += "<w:num w:numId=\"\(DocxBody.bulletNumID)\"><w:abstractNumId w:val=\"1\"/></w:num>"
    for (list, start) in starts.enumerated() {
      xml += "<w:num w:numId=\"\(list + 2)\"><w:abstractNumId w:val=\"0\"/>"
      xml += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(start)\"/>"
      xml += "</w:lvlOverride></w:num>"
    }
    return xml + "</w:numbering>"
  }

  static func styles(language: String) -> String {
    func paragraphStyle(
      _ id: String, _ name: String, basedOn: String? = "Normal", pPr: String, rPr: String,
      extra: String = ""
    ) -> String {
      "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
        + "<w:next w:val=\"Normal\"/>" + extra + "<w:qFormat/>"
        + "<w:pPr>\(pPr)</w:pPr><w:rPr>\(rPr)</w:rPr></w:style>"
    }
    let font =
      "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" "
      + "w:cs=\"Calibri\"/>"
    var xml = header + "<w:styles xmlns:w=\"\(wordNamespace)\">"
    xml += "<w:docDefaults><w:rPrDefault><w:rPr>\(font)<w:sz w:val=\"22\"/>"
    xml += "<w:szCs w:val=\"22\"/><w:lang w:val=\"\(language)\"/></w:rPr></w:rPrDefault>"
    xml += "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" "
    xml += "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
    xml += "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
    xml += paragraphStyle(
      "Title", "Title", pPr: "<w:spacing w:after=\"120\"/>",
      rPr: "<w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>")
    xml += paragraphStyle(
      "Subtitle", "Subtitle", pPr: "<w:spacing w:after=\"0\"/>",
      rPr: "<w:color w:val=\"444444\"/>")
    for (level, size, before) in [(1, 30, 360), (2, 26, 240), (3, 23, 200)] {
      xml += paragraphStyle(
        "Heading\(level)", "heading \(level)",
        pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/>"
          + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
        rPr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"\(size)\"/>"
          + "<w:szCs w:val=\"\(size)\"/>")
    }
    xml += paragraphStyle(
      "ListParagraph", "List Paragraph",
      pPr: "<w:spacing w:after=\"80\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>", rPr: "")
    xml += paragraphStyle(
      "Note", "Note",
      pPr: "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"6\" w:color=\"C98A00\"/>"
        + "</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF7E0\"/>"
        + "<w:ind w:left=\"170\"/>",
      rPr: "")
    xml += paragraphStyle(
      "TableText", "Table Text", pPr: "<w:spacing w:after=\"0\"/>",
      rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
    xml += "<w:style w:type=\"character\" w:styleId=\"Aside\"><w:name w:val=\"Aside\"/>"
    xml += "<w:rPr><w:i/><w:color w:val=\"666666\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
    xml += "</w:rPr></w:style>"
    xml += "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
    xml += "<w:tblPr><w:tblBorders>"
    for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
      xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
    }
    xml += "</w:tblBorders><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
    xml += "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
    return xml + "</w:styles>"
  }
}
