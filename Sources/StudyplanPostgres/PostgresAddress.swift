import Foundation
import StudyplanCore

/// Where a team store lives and how to log in, read from a `postgres://` address the way libpq
/// reads a connection URI, with libpq's environment variables for what it leaves out.
///
/// `postgres://USER@HOST:PORT/DB`, `postgres:///DB?host=/run/postgresql` (a Unix socket folder),
/// `postgresql://…` alike. Parameters: `host`, `port`, `user`, `dbname`, `sslmode`,
/// `connect_timeout`, `application_name`, `options` (`-c studyplan.team=NAME`). A password is
/// never part of the address (it would end up in shell history and in `ps`): it comes from
/// `PGPASSWORD` or the password file (`PGPASSFILE`, else `~/.pgpass`).
public struct PostgresAddress: Equatable, Sendable {
  /// The address as given; it holds no password.
  public var text: String
  /// A host name, or the folder of a Unix socket (starts with `/`).
  public var host: String
  public var port: Int
  public var user: String
  public var database: String
  public var password: String?
  /// libpq's `sslmode`: disable, allow, prefer, require, verify-ca, verify-full.
  public var sslMode: String
  /// Seconds to wait for the server: to connect, and for the answer to each statement.
  public var timeout: Int
  /// Startup parameters sent as they are (`options`, `application_name`).
  public var startupParameters: [String: String]

  /// Whether the connection is over a Unix socket.
  public var isUnixSocket: Bool { host.hasPrefix("/") }
  /// The socket file for a Unix-socket connection.
  public var socketPath: String { "\(host)/.s.PGSQL.\(port)" }

  /// libpq's compiled-in socket folder on Debian and most Linux distributions.
  public static let defaultSocketFolder = "/var/run/postgresql"
  /// How long to wait for the server when the address does not say.
  public static let defaultTimeout = 15

  static let parameterNames: Set<String> = [
    "host", "port", "user", "dbname", "sslmode", "connect_timeout", "application_name", "options",
  ]

  /// Reads `text`; `environment` supplies libpq's `PG…` variables, `HOME` and the login name
  /// (`systemUser`), and `passwordFile` reads the password file (`nil` when there is none).
  public init(
    _ text: String, environment: [String: String], systemUser: String?,
    passwordFile: (String) -> String? = PostgresAddress.readPasswordFile
  ) throws {
    self.text = text
    let fail = { (reason: String) in StudyplanError.storeUnavailable(path: text, reason: reason) }
    let written = try Written(text, fail: fail)
    func setting(_ parameter: String, _ variable: String) -> String? {
      written.parameters[parameter] ?? environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }
    host = written.host ?? setting("host", "PGHOST") ?? Self.defaultSocketFolder
    let portText = written.port ?? setting("port", "PGPORT") ?? "5432"
    guard let port = Int(portText), (1...65535).contains(port) else {
      throw fail("'\(portText)' is not a port number")
    }
    self.port = port
    guard let user = written.user ?? setting("user", "PGUSER") ?? systemUser else {
      throw fail("no user name: put one in the address (postgres://USER@HOST/DB)")
    }
    self.user = user
    database = written.database ?? setting("dbname", "PGDATABASE") ?? user
    sslMode = setting("sslmode", "PGSSLMODE") ?? "prefer"
    let modes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
    guard modes.contains(sslMode) else {
      throw fail("sslmode '\(sslMode)' is not one of \(modes.joined(separator: ", "))")
    }
    timeout = Self.defaultTimeout
    if let value = setting("connect_timeout", "PGCONNECT_TIMEOUT") {
      guard let seconds = Int(value), seconds > 0 else {
        throw fail("connect_timeout '\(value)' is not a whole number of seconds above 0")
      }
      timeout = seconds
    }
    var startup: [String: String] = [:]
    startup["options"] = setting("options", "PGOPTIONS")
    startup["application_name"] = setting("application_name", "PGAPPNAME") ?? "studyplan"
    startupParameters = startup
    password =
      environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
      ?? Self.passwordFromFile(
        environment: environment, read: passwordFile, host: host, port: port, database: database,
        user: user)
  }

  /// What the address itself says, before the environment fills in the rest.
  private struct Written {
    var parameters: [String: String] = [:]
    var user: String?
    var host: String?
    var port: String?
    var database: String?

    init(_ text: String, fail: (String) -> StudyplanError) throws {
      guard let schemeEnd = text.range(of: "://") else { throw fail("not a postgres:// address") }
      var rest = Substring(text[schemeEnd.upperBound...])
      if let question = rest.firstIndex(of: "?") {
        parameters = try PostgresAddress.parameters(
          String(rest[rest.index(after: question)...]), fail: fail)
        rest = rest[..<question]
      }
      if parameters["password"] != nil {
        throw fail("the address holds a password; set PGPASSWORD or use ~/.pgpass instead")
      }
      let slash = rest.firstIndex(of: "/") ?? rest.endIndex
      var authority = rest[..<slash]
      if slash < rest.endIndex, rest.index(after: slash) < rest.endIndex {
        database = PostgresAddress.decode(String(rest[rest.index(after: slash)...]))
      }
      if let at = authority.lastIndex(of: "@") {
        let credentials = authority[..<at]
        if credentials.contains(":") {
          throw fail(
            "the address holds a password; leave it out and set PGPASSWORD or put it in"
              + " ~/.pgpass, so it stays out of shell history")
        }
        user = PostgresAddress.decode(String(credentials))
        authority = authority[authority.index(after: at)...]
      }
      (host, port) = try PostgresAddress.hostAndPort(authority, fail: fail)
      user = parameters["user"] ?? user
      host = parameters["host"] ?? host
      port = parameters["port"] ?? port
      database = parameters["dbname"] ?? database
    }
  }

  /// `key=value&…`, percent-decoded; an unknown key is refused, as libpq does.
  fileprivate static func parameters(_ query: String, fail: (String) -> StudyplanError) throws
    -> [String: String]
  {
    var result: [String: String] = [:]
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = decode(String(parts[0]))
      guard parts.count == 2 else { throw fail("parameter '\(key)' has no value") }
      guard parameterNames.contains(key) || key == "password" else {
        throw fail(
          "unknown parameter '\(key)'; studyplan reads "
            + parameterNames.sorted().joined(separator: ", "))
      }
      result[key] = decode(String(parts[1]))
    }
    return result
  }

  /// The host and port of `host:port`, `[v6]:port`, or a percent-encoded socket folder.
  fileprivate static func hostAndPort(_ text: Substring, fail: (String) -> StudyplanError) throws
    -> (String?, String?)
  {
    guard !text.isEmpty else { return (nil, nil) }
    if text.hasPrefix("[") {
      guard let close = text.firstIndex(of: "]") else { throw fail("an IPv6 host lacks its ']'") }
      let host = String(text[text.index(after: text.startIndex)..<close])
      let after = text[text.index(after: close)...]
      return (host, after.hasPrefix(":") ? String(after.dropFirst()) : nil)
    }
    if text.contains(",") {
      throw fail("studyplan connects to one host; the address names several")
    }
    let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let host = parts[0].isEmpty ? nil : decode(String(parts[0]))
    return (host, parts.count == 2 ? String(parts[1]) : nil)
  }

  fileprivate static func decode(_ text: String) -> String {
    text.removingPercentEncoding ?? text
  }
}

extension PostgresAddress {
  /// The password file's text, when it is a file only its owner can read (libpq ignores one
  /// that others can read, and so does studyplan).
  public static func readPasswordFile(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o077 == 0
    else { return nil }
    return try? String(contentsOfFile: path, encoding: .utf8)
  }

  /// The password for this connection from the password file: the first line
  /// `host:port:database:user:password` that matches (`*` matches anything; a socket in the
  /// default folder is `localhost`).
  static func passwordFromFile(
    environment: [String: String], read: (String) -> String?, host: String, port: Int,
    database: String, user: String
  ) -> String? {
    guard
      let path = environment["PGPASSFILE"]
        ?? environment["HOME"].map({ "\($0)/.pgpass" }),
      let text = read(path)
    else { return nil }
    let hostName =
      host.hasPrefix("/") && (host == defaultSocketFolder || host == "/run/postgresql")
      ? "localhost" : host
    let wanted = [hostName, String(port), database, user]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = passwordFileFields(String(line))
      guard fields.count == 5 else { continue }
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  /// A password-file line's fields: `:` separates them, `\:` and `\\` stand for themselves.
  static func passwordFileFields(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var escaped = false
    for character in line {
      if escaped {
        field.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }
}
