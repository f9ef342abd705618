import Foundation

/// A point in a projected grid: easting and northing in metres.
public struct GridPoint: Sendable, Equatable {
  /// Easting, metres.
  public var easting: Double
  /// Northing, metres.
  public var northing: Double

  /// Creates a grid point.
  public init(easting: Double, northing: Double) {
    self.easting = easting
    self.northing = northing
  }
}

/// The transverse Mercator projection on the GRS80 ellipsoid (EUREF89/ETRS89, which Kartverket
/// and SSB use; WGS84 differs from it by less than a millimetre here), after Krüger's series as
/// given by Karney (2011), three terms: accurate to about a millimetre within 3 000 km of the
/// central meridian.
public struct TransverseMercator: Sendable {
  /// The central meridian, degrees east.
  public let centralMeridian: Double
  /// The scale on the central meridian.
  public let scale: Double
  /// Added to every easting, metres.
  public let falseEasting: Double

  /// UTM zone 33 (central meridian 15° E): the grid of Kartverket's and SSB's national maps.
  public static let utm33 = TransverseMercator(
    centralMeridian: 15, scale: 0.9996, falseEasting: 500_000)

  /// Creates a projection.
  public init(centralMeridian: Double, scale: Double, falseEasting: Double) {
    self.centralMeridian = centralMeridian
    self.scale = scale
    self.falseEasting = falseEasting
  }

  private static let semiMajorAxis = 6_378_137.0
  private static let flattening = 1 / 298.257_222_101
  private static let n = flattening / (2 - flattening)
  /// The rectifying radius.
  private static let rectifyingRadius =
    semiMajorAxis / (1 + n) * (1 + n * n / 4 + n * n * n * n / 64)
  private static let alpha: [Double] = [
    n / 2 - 2 * n * n / 3 + 5 * n * n * n / 16,
    13 * n * n / 48 - 3 * n * n * n / 5,
    61 * n * n * n / 240,
  ]
  private static let conformalFactor = 2 * n.squareRoot() / (1 + n)

  /// Projects a longitude and latitude (degrees) to easting and northing (metres; northing from
  /// the equator).
  public func project(longitude: Double, latitude: Double) -> GridPoint {
    let phi = latitude * .pi / 180
    let lambda = (longitude - centralMeridian) * .pi / 180
    let sinPhi = sin(phi)
    let c = Self.conformalFactor
    let t = sinh(atanh(sinPhi) - c * atanh(c * sinPhi))
    let xiPrime = atan2(t, cos(lambda))
    let etaPrime = atanh(sin(lambda) / (1 + t * t).squareRoot())
    var xi = xiPrime
    var eta = etaPrime
    for (offset, alpha) in Self.alpha.enumerated() {
      let j = Double(2 * (offset + 1))
      xi += alpha * sin(j * xiPrime) * cosh(j * etaPrime)
      eta += alpha * cos(j * xiPrime) * sinh(j * etaPrime)
    }
    return GridPoint(
      easting: falseEasting + scale * Self.rectifyingRadius * eta,
      northing: scale * Self.rectifyingRadius * xi)
  }
}
