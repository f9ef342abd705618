extension ProtocolSample {
  /// Logs that `kommunenummer` dropped out for `reason` and takes the next reserve of its
  /// stratum (for a pair: the same cooperation and side).
  ///
  /// - Returns: the replacement unit, or nil when the stratum has no reserve left and
  ///   `withoutReserve` allowed logging the dropout alone (as non-participation).
  /// - Throws: `notInSample` if the unit is not active; `stratumExhausted` if its stratum has
  ///   no reserve left and `withoutReserve` is false.
  @discardableResult
  public mutating func replace(
    _ kommunenummer: String, reason: RefusalReason, withoutReserve: Bool = false
  ) throws(StudyplanError) -> SampledUnit? {
    guard
      let position = units.firstIndex(where: {
        $0.kommunenummer == kommunenummer && $0.status != .refused
      })
    else {
      throw .notInSample(kommunenummer)
    }
    let refused = units[position]
    let inSample = Set(activeUnits.map(\.kommunenummer))
    guard let list = reserves.firstIndex(where: { $0.stratum == refused.stratum }),
      let next = reserves[list].units.firstIndex(where: {
        !$0.taken && !inSample.contains($0.kommunenummer)
      })
    else {
      guard withoutReserve else {
        throw .stratumExhausted(stratum: refused.stratum, refused: kommunenummer)
      }
      units[position].status = .refused
      log.append(
        ReplacementRecord(
          sequence: log.count + 1, refused: kommunenummer, reason: reason, replacement: nil,
          stratum: refused.stratum))
      return nil
    }
    reserves[list].units[next].taken = true
    let reserve = reserves[list].units[next]
    units[position].status = .refused
    let replacement = SampledUnit(
      kommunenummer: reserve.kommunenummer, name: reserve.name, stratum: refused.stratum,
      drawOrder: (units.map(\.drawOrder).max() ?? 0) + 1, rank: reserve.rank,
      inclusionProbability: refused.inclusionProbability, status: .replacement,
      replaces: kommunenummer, cluster: refused.cluster, pairRole: refused.pairRole)
    units.append(replacement)
    log.append(
      ReplacementRecord(
        sequence: log.count + 1, refused: kommunenummer, reason: reason,
        replacement: reserve.kommunenummer, stratum: refused.stratum))
    return replacement
  }
}
