/// The 422 municipalities of 2019 as simplified polygons, for maps (not for areas).
///
/// The embedded text (`kommunegrenser-2019`) is parsed on first use only, so start-up does not
/// pay for it. Its format: `@kommunenummer` starts a municipality, `/` a ring (outer rings and
/// holes alike, drawn with the even-odd rule), and each point is `x,y` in steps of 0.0001°
/// (longitude, latitude), the first point of a ring as it is and every further one as the
/// difference from the one before; tokens are separated by blanks or line breaks.
public struct MunicipalityBoundaries: Sendable {
  /// One municipality's rings, as longitude/latitude pairs in degrees.
  public struct Shape: Sendable {
    /// The 2019 kommunenummer.
    public var kommunenummer: String
    /// The rings; each is a closed ring without its repeated first point.
    public var rings: [[(longitude: Double, latitude: Double)]]
  }

  /// The shapes in the order of the data.
  public var shapes: [Shape]
  /// The dataset's version record (id, label, SHA-256).
  public var version: DatasetVersion
  /// The dataset.
  public var dataset: EmbeddedDataset

  private static let embeddedParse = Result(catching: { () throws(StudyplanError) in
    try parse(.boundaries2019)
  })

  /// The embedded boundaries, parsed on first use.
  public static func embedded() throws(StudyplanError) -> MunicipalityBoundaries {
    try embeddedParse.get()
  }

  /// Parses `dataset`, checking its recorded hash and the token grammar.
  public static func parse(_ dataset: EmbeddedDataset) throws(StudyplanError)
    -> MunicipalityBoundaries
  {
    func invalid(_ problem: String) -> StudyplanError {
      .referenceDataInvalid(dataset: dataset.id, line: nil, problem: problem)
    }
    if dataset.sha256 != dataset.recordedSHA256 {
      throw invalid(
        "the text differs from the converted data; rerun Scripts/convert_reference_data.py")
    }
    let step = 0.0001
    var shapes: [Shape] = []
    var x = 0
    var y = 0
    var firstOfRing = false
    for token in dataset.text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if token.first == "@" {
        let number = String(token.dropFirst())
        guard token.dropFirst().isKommunenummer else {
          throw invalid("'\(number)' is not a four-digit kommunenummer")
        }
        shapes.append(Shape(kommunenummer: number, rings: []))
      } else if token == "/" {
        guard !shapes.isEmpty else { throw invalid("a ring before the first municipality") }
        shapes[shapes.count - 1].rings.append([])
        firstOfRing = true
      } else {
        let parts = token.split(separator: ",")
        guard parts.count == 2, let dx = Int(parts[0]), let dy = Int(parts[1]),
          let last = shapes.indices.last, !shapes[last].rings.isEmpty
        else { throw invalid("'\(token)' is not a point") }
        if firstOfRing {
          x = dx
          y = dy
          firstOfRing = false
        } else {
          x += dx
          y += dy
        }
        shapes[last].rings[shapes[last].rings.count - 1].append(
          (longitude: Double(x) * step, latitude: Double(y) * step))
      }
    }
    for shape in shapes where shape.rings.isEmpty || shape.rings.contains(where: { $0.count < 3 }) {
      throw invalid("'\(shape.kommunenummer)' has a ring of fewer than three points")
    }
    return MunicipalityBoundaries(shapes: shapes, version: dataset.version, dataset: dataset)
  }
}
