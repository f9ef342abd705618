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
      "  Kartverket (name forms, 2020 counties): Creative Commons Attribution 4.0 (CC BY 4.0).",
      "  Byregionprogrammet member lists: read from Distriktssenteret's project pages, KMD and",
      "    municipal pages; partial (31 of 37 phase-2 regions; Tønsberg and Lister not found).",
      "Unknown values stay unknown: in the embedded data, centrality 2020 version for "
        + "\(data.municipalities2020.count - data.centrality2020.count) municipalities,",
      "  the numeric 2020 index, employer's-contribution zones. See docs/data.md.",
    ]
    return out.joined(separator: "\n") + "\n"
  }
}
