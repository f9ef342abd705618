import Foundation

extension StudyPackage {
  /// The parts of every package, in order. Add a new kind of document here.
  public static let parts: [Part] = [
    protocolPart, guidesPart, letterPart, methodsPart, samplePart, figuresPart,
  ]

  /// The protocol in the exchange format, which `import` reads back.
  static let protocolPart = Part(
    title: LocalizedText(nb: "Protokollen", en: "The protocol"),
    missing: LocalizedText(nb: "", en: "")
  ) { context in
    [
      (
        File(path: "protocol.json", data: try ProtocolJSON.encode(context.document)),
        LocalizedText(
          nb: "hele protokollen i utvekslingsformatet (les den inn igjen med 'import')",
          en: "the whole protocol in the exchange format (read it back with 'import')")
      )
    ]
  }

  /// One interview guide per role (the whole guide when the protocol has no roles).
  static let guidesPart = Part(
    title: LocalizedText(nb: "Intervjuguider", en: "Interview guides"),
    missing: LocalizedText(
      nb: "protokollen har ingen guide ennå ('guide build')",
      en: "the protocol has no guide yet ('guide build')")
  ) { context in
    let document = context.document
    guard document.guide != nil else { return [] }
    let ext = context.format.fileExtension
    guard !document.roles.isEmpty else {
      return [
        (
          File(
            path: "guides/guide.\(ext)",
            data: try context.format.render(try document.guideDocument(for: nil))),
          LocalizedText(nb: "intervjuguiden for alle roller", en: "the guide for every role")
        )
      ]
    }
    return try document.roles.map { role in
      (
        File(
          path: "guides/guide-\(role.id).\(ext)",
          data: try context.format.render(try document.guideDocument(for: role))),
        LocalizedText(
          nb: "intervjuguiden for rollen \(role.name.nb)",
          en: "the interview guide for the role \(role.name.en)")
      )
    }
  }

  /// The information letter (one letter naming every role).
  static let letterPart = Part(
    title: LocalizedText(nb: "Informasjonsskriv", en: "Information letter"),
    missing: LocalizedText(nb: "", en: "")
  ) { context in
    [
      (
        File(
          path: "letter.\(context.format.fileExtension)",
          data: try context.format.render(InformationLetter(for: context.document).document)),
        LocalizedText(
          nb: "utkast til informasjonsskriv med sjekklisten for Sikt",
          en: "the draft information letter with the Sikt checklist")
      )
    ]
  }

  /// The methods text.
  static let methodsPart = Part(
    title: LocalizedText(nb: "Metodetekst", en: "Methods text"),
    missing: LocalizedText(nb: "", en: "")
  ) { context in
    let sampling = context.document.sample.map {
      SamplingDescription($0, software: context.software)
    }
    let text = MethodsText(for: context.document, sampling: sampling).document
    return [
      (
        File(
          path: "methods.\(context.format.fileExtension)", data: try context.format.render(text)),
        LocalizedText(
          nb: "metodekapittelet: design, utvalg, trekning, roller og guide (COREQ)",
          en: "the methods chapter: design, sample, draw, roles and guide (COREQ)")
      )
    ]
  }

  /// The sample with its reserves and the frame's attributes.
  static let samplePart = Part(
    title: LocalizedText(nb: "Utvalg", en: "Sample"),
    missing: LocalizedText(
      nb: "ingen utvalg er trukket ennå ('sample')", en: "no sample has been drawn yet ('sample')")
  ) { context in
    guard let sample = context.document.sample else { return [] }
    return [
      (
        File(
          path: "sample.csv",
          data: Data(SampleCSVRenderer.render(sample, frame: context.frame).utf8)),
        LocalizedText(
          nb: "utvalget med reserver i erstatningsrekkefølge og rammens kjennetegn",
          en: "the sample with its reserves in replacement order and the frame's attributes")
      )
    ]
  }

  /// The map of frame and sample, and (once a sample is drawn) the charts of frame against
  /// sample, as SVG files.
  static let figuresPart = Part(
    title: LocalizedText(nb: "Kart og diagrammer", en: "Map and charts"),
    missing: LocalizedText(nb: "", en: "")
  ) { context in
    let document = context.document
    let language = document.language
    let nb = language == .nb
    let title =
      document.sample == nil
      ? (nb ? "Utvalgsramme: " : "Sampling frame: ") + document.title
      : (nb ? "Utvalg: " : "Sample: ") + document.title
    func svgFile(_ svg: String) -> Data {
      Data((#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + svg).utf8)
    }
    var files: [(file: File, about: LocalizedText)] = [
      (
        File(
          path: "figures/map.svg",
          data: svgFile(
            try FrameMap.svg(
              frame: context.frame, sample: document.sample, title: title, language: language))),
        LocalizedText(
          nb: "kart over kommunene i 2019 med status i utvalget (Kartverket, CC BY 4.0)",
          en: "map of the 2019 municipalities by their status in the sample (Kartverket, CC BY 4.0)"
        )
      )
    ]
    guard let sample = document.sample else { return files }
    for field in SampleCharts.defaultFields {
      files.append(
        (
          File(
            path: "figures/chart-\(field.rawValue).svg",
            data: svgFile(
              SampleCharts.svg(
                field: field, frame: context.frame, sample: sample, language: language))),
          LocalizedText(
            nb: "ramme og utvalg etter \(SampleCharts.fieldName(field, .nb))",
            en: "frame and sample by \(SampleCharts.fieldName(field, .en))")
        ))
    }
    return files
  }
}
