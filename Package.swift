// swift-tools-version:6.0
import Foundation
import PackageDescription

/// How the shipped binary is linked in release builds, for start-up (docs/decisions/
/// 0011-start-up-and-binary-size.md): lld, not position-independent (nothing to relocate when
/// it loads), no exported symbol table, and libstdc++ from the static archive `make release`
/// links into `.build/static-libstdc++` (one shared library fewer to load and bind; without
/// that folder the shared one is used). Debug builds, which `make test` uses, link as before.
let releaseLinking: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-use-ld=lld", "-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic",
      "-L",
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent(".build/static-libstdc++").path,
    ], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "studyplan",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "studyplan", targets: ["studyplan"]),
    .library(name: "StudyplanCore", targets: ["StudyplanCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
  ],
  targets: [
    // Domain core: models, catalogue, reference data, sampling, store, renderers. No terminal I/O.
    .target(
      name: "StudyplanCore",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // The command language: parser, session, handlers, help, completion, the Terminal seam.
    .target(name: "StudyplanREPL", dependencies: ["StudyplanCore"]),
    // The team store on PostgreSQL (postgres-nio). Only the executable and the tests link it, and
    // nothing in it runs unless a postgres:// store is opened, so Core stays light.
    .target(
      name: "StudyplanPostgres",
      dependencies: ["StudyplanCore", .product(name: "PostgresNIO", package: "postgres-nio")]),
    // C shim over GNU readline; only the executable links it.
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"]), .brew(["readline"])]),
    // Thin executable: argument parsing and wiring of live dependencies.
    .executableTarget(
      name: "studyplan",
      dependencies: [
        "StudyplanREPL", "StudyplanPostgres", "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: releaseLinking),
    // `make bench`: measurements against peers (sqlite3, pandoc, Python); never part of `make test`.
    .executableTarget(
      name: "studyplan-bench",
      dependencies: [
        "StudyplanCore", "StudyplanPostgres", "_StudyplanTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    // `make reliability`: SIGKILL runs, two-process save races, fuzzing; never part of `make test`.
    .executableTarget(
      name: "studyplan-reliability", dependencies: ["StudyplanREPL", "_StudyplanTestSupport"]),
    // Test doubles shared by every test target.
    .target(name: "_StudyplanTestSupport", dependencies: ["StudyplanREPL", "StudyplanPostgres"]),
    .testTarget(
      name: "StudyplanCoreTests",
      dependencies: ["StudyplanCore", "_StudyplanTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "StudyplanREPLTests",
      dependencies: ["StudyplanREPL", "_StudyplanTestSupport"],
      exclude: ["Transcripts"]),
    .testTarget(
      name: "StudyplanEndToEndTests",
      dependencies: ["StudyplanCore", "_StudyplanTestSupport"]),
  ]
)

for target in package.targets where target.type != .system {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  target.swiftSettings = settings
}
