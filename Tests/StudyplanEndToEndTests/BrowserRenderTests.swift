import Foundation
import Testing
import _StudyplanTestSupport

/// A real browser renders the sample's HTML export: Debian's chromium, headless, to a PNG that
/// is read back pixel by pixel (by Python's zlib, the PNG decoder at hand).
enum Browser {
  /// The chromium binary, if installed (`make test` installs it, best effort).
  static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static var available: Bool {
    let ready = chromium != nil && python != nil
    if !ready {
      print(
        "note: chromium or python3 is not installed; the browser rendering test is skipped "
          + "(make test-oracles installs chromium)")
    }
    return ready
  }

  /// Decodes an 8-bit RGB(A) PNG and prints: width, height, non-white pixels, and the bounding
  /// box of the pixels in the map's fill colours.
  static let pngProbe = #"""
    import struct, sys, zlib
    data = open(sys.argv[1], "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, chunk = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, colour = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
    assert depth == 8 and colour in (2, 6), (depth, colour)
    bpp = 3 if colour == 2 else 4
    raw, stride, prev, i = zlib.decompress(idat), w * bpp, bytearray(w * bpp), 0
    nonwhite, box = 0, [w, h, -1, -1]
    fills = {(0xee, 0xee, 0xee), (0xd5, 0xe8, 0xc4), (0xc0, 0x39, 0x2b), (0x5b, 0x9b, 0xd5)}
    for y in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp):
            px = (line[x], line[x + 1], line[x + 2])
            if px != (255, 255, 255):
                nonwhite += 1
            if px in fills:
                X = x // bpp
                box = [min(box[0], X), min(box[1], y), max(box[2], X), max(box[3], y)]
        prev = line
    print(w, h, nonwhite, *box)
    """#
}

@Suite struct BrowserRenderTests {
  @Test(
    .enabled(
      if: Browser.available,
      "needs Debian's chromium and python3: make test-oracles installs chromium"))
  func theSampleHTMLRendersInChromiumWithTheMapAtItsSize() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("s.sqlite").path
    let html = home.appendingPathComponent("sample.html").path
    let script = """
      new "Reform" --from model-1
      sample --suggested reform-least-central --n 12 --seed browser --reserves 2
      export sample --format html -o \(html)
      quit --discard

      """
    let run = try BuiltBinary.run(["--db", db], input: script, home: home)
    #expect(run.status == 0, "\(run.errors)")
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("width=\"1000\" height=\"980\" viewBox=\"0 0 1000 980\""))
    #expect(page.contains("Kartverket, CC BY 4.0"))
    #expect(page.components(separatedBy: "class=\"chart\"").count == 4)

    let png = home.appendingPathComponent("sample.png").path
    let shot = try BuiltBinary.runProgram(
      "/usr/bin/timeout",
      [
        "120", Browser.chromium ?? "chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--window-size=1000,1400", "--screenshot=\(png)",
        "file://\(html)",
      ], environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    #expect(FileManager.default.fileExists(atPath: png), "chromium: \(shot.errors.suffix(600))")
    let probe = try BuiltBinary.runProgram(
      Browser.python ?? "python3", ["-c", Browser.pngProbe, png])
    let numbers = probe.output.split(separator: " ").compactMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    try #require(numbers.count == 7, "\(probe.output) \(probe.errors)")
    let (width, height, nonWhite) = (numbers[0], numbers[1], numbers[2])
    let (left, top, right, bottom) = (numbers[3], numbers[4], numbers[5], numbers[6])
    #expect(width == 1000 && height == 1400)
    // Not blank: the map, its fills and the text cover a good part of the page.
    #expect(nonWhite > width * height / 10, "\(nonWhite) non-white pixels")
    // The map's fills span the width of the text column (46rem ≈ 736 px) and most of the
    // height it gets at that width (980 × 0.736 ≈ 720 px).
    #expect(right - left > 650, "map fills from x \(left) to \(right)")
    #expect(bottom - top > 550, "map fills from y \(top) to \(bottom)")
  }
}
