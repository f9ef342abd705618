import Foundation

extension StudyPackage {
  /// The parts of every package, in order. Add a new kind of document here.
  public static let parts: [Part] = [
    protocolPart, guidesPart, letterPart, checklistPart, methodsPart, samplePart, figuresPart,
    fieldworkPart,
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

  /// The information letter per role (and per former holder the fieldwork log plans); one
  /// letter naming every role when the protocol has no roles.
  static let letterPart = Part(
    title: LocalizedText(nb: "Informasjonsskriv", en: "Information letters"),
    missing: LocalizedText(nb: "", en: "")
  ) { context in
    let document = context.document
    let ext = context.format.fileExtension
    guard !document.roles.isEmpty else {
      return [
        (
          File(
            path: "letters/letter.\(ext)",
            data: try context.format.render(InformationLetter(for: document).document)),
          LocalizedText(
            nb: "utkast til informasjonsskriv for alle roller",
            en: "the draft information letter for every role")
        )
      ]
    }
    return try InformationLetter.perRole(for: document).map { role, holder, letter in
      let former = holder == .former
      return (
        File(
          path: "letters/\(InformationLetter.fileStem(role: role, holder: holder)).\(ext)",
          data: try context.format.render(letter.document)),
        LocalizedText(
          nb: "utkast til informasjonsskriv for "
            + (former ? "tidligere innehaver av rollen " : "rollen ") + role.name.nb,
          en: "the draft information letter for "
            + (former ? "a former holder of the role " : "the role ") + role.name.en)
      )
    }
  }

  /// The Sikt / GDPR art. 13 checklist the letters are checked against.
  static let checklistPart = Part(
    title: LocalizedText(nb: "Sjekkliste for informasjonsskriv", en: "Letter checklist"),
    missing: LocalizedText(nb: "", en: "")
  ) { context in
    let document = context.document
    return [
      (
        File(
          path: "letters/letter-checklist.\(context.format.fileExtension)",
          data: try context.format.render(
            LetterChecklist(for: document).document(
              title: document.title, language: document.language))),
        LocalizedText(
          nb: "sjekklisten for informasjonsskrivet (Sikt og GDPR art. 13): hva som er dekket",
          en: "the letter checklist (Sikt and GDPR art. 13): what is covered")
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

  /// The fieldwork log: pseudonymous slot ids, codes and dates (no names).
  static let fieldworkPart = Part(
    title: LocalizedText(nb: "Feltarbeidslogg", en: "Fieldwork log"),
    missing: LocalizedText(
      nb: "ingen feltarbeidslogg er planlagt ennå ('fieldwork')",
      en: "no fieldwork log is planned yet ('fieldwork')")
  ) { context in
    guard let log = context.document.fieldwork, !log.slots.isEmpty else { return [] }
    return [
      (
        File(path: "fieldwork.csv", data: Data(log.csv.utf8)),
        LocalizedText(
          nb: "feltarbeidsloggen: pseudonyme plass-id-er, koder og datoer",
          en: "the fieldwork log: pseudonymous slot ids, codes and dates")
      )
    ]
  }
}
