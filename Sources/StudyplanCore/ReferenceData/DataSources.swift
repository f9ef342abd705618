/// The attribution text `data sources` prints: every dataset's label, source and licence.
public enum DataSources {
  /// SSB's attribution sentence, required by NLOD 2.0.
  public static let ssbAttribution =
    "Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av "
    + "Statistisk sentralbyrå."

  /// The full text, with any imported datasets listed after the embedded ones.
  public static func text(data: ReferenceData, imports: [ImportedDataset] = []) -> String {
    var out: [String] = ["Reference data compiled into studyplan:"]
    for dataset in data.datasets {
      out.append("  \(dataset.id): \(dataset.label)")
      out.append("    source: \(dataset.source)")
      out.append("    sha256: \(dataset.sha256)")
    }
    if let boundaries = try? MunicipalityBoundaries.embedded() {
      out.append("  \(boundaries.dataset.id): \(boundaries.dataset.label)")
      out.append("    source: \(boundaries.dataset.source)")
      out.append("    sha256: \(boundaries.dataset.sha256)")
    }
    if !imports.isEmpty {
      out.append("Imported datasets:")
      for dataset in imports {
        out.append("  \(dataset.version.id): \(dataset.version.label)")
        out.append("    sha256: \(dataset.version.sha256)")
      }
    }
    out += [
      "Licences:",
      "  SSB (Statistics Norway): Norwegian Licence for Open Government Data (NLOD) 2.0.",
      "    \(ssbAttribution)",
      "  Kartverket (name forms, 2020 counties, municipal boundaries 2019): Creative Commons",
      "    Attribution 4.0 (CC BY 4.0). Every map says «Kartverket, CC BY 4.0».",
      "  Byregionprogrammet member lists: read from Distriktssenteret's project pages, KMD and",
      "    municipal pages; partial (33 of 37 phase-2 regions, Lister and Fosen in part;",
      "    Tønsberg's members not found).",
      "  The 2024 layer (municipalities, counties, change list 2020-2024, population, centrality",
      "    2024 version): SSB's KLASS 131 and its change list, StatBank table 07459 and KLASS",
      "    codelist 710, read in third-party copies (FHI's csdata among them); SSB, NLOD 2.0.",
      "Centrality 2020 version: the index is one secondary copy of SSB Notater 2020/4; of the",
      "  \(data.centrality2020.count) classes, "
        + "\(data.centrality2020Basis.values.filter { $0 == .read }.count) were read and "
        + "\(data.centrality2020Basis.values.filter(\.isDerived).count) derived from the index "
        + "with SSB's class limits.",
      "Unknown values stay unknown: employer's-contribution zones (2019, 2020, 2024). See",
      "  docs/data.md.",
    ]
    return out.joined(separator: "\n") + "\n"
  }
}
