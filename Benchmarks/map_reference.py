#!/usr/bin/env python3
"""Python reference for studyplan's map benchmark (Sources/StudyplanCore/Map).

Usage: python3 map_reference.py BOUNDARIES_TEXT_FILE REPEATS

Parses the embedded boundary text (the kommunegrenser-2019 dataset, written to a file by the
benchmark), projects every point to UTM zone 33 with the same Krüger series (three terms, GRS80),
fits southern Norway and Nordland/Troms/Finnmark into the same two panels, and writes one
`<path id="gNNNN" fill-rule="evenodd" d="…"/>` line per municipality: the geometry part of the
SVG, which is nearly all of its bytes. Prints "median_cpu_seconds checksum", the checksum being the
SHA-256 of those lines joined by newlines, so the Swift side can check both wrote the same paths.
"""

import hashlib
import math
import statistics
import sys
import time

A = 6378137.0
F = 1 / 298.257222101
N = F / (2 - F)
RECT = A / (1 + N) * (1 + N * N / 4 + N ** 4 / 64)
ALPHA = [N / 2 - 2 * N * N / 3 + 5 * N ** 3 / 16, 13 * N * N / 48 - 3 * N ** 3 / 5, 61 * N ** 3 / 240]
C = 2 * math.sqrt(N) / (1 + N)


def project(lon, lat):
    phi = lat * math.pi / 180
    lam = (lon - 15) * math.pi / 180
    s = math.sin(phi)
    t = math.sinh(math.atanh(s) - C * math.atanh(C * s))
    xi_p = math.atan2(t, math.cos(lam))
    eta_p = math.atanh(math.sin(lam) / math.sqrt(1 + t * t))
    xi, eta = xi_p, eta_p
    for k, a in enumerate(ALPHA):
        j = 2 * (k + 1)
        xi += a * math.sin(j * xi_p) * math.cosh(j * eta_p)
        eta += a * math.cos(j * xi_p) * math.sinh(j * eta_p)
    return 500000 + 0.9996 * RECT * eta, 0.9996 * RECT * xi


def parse(text):
    shapes, x, y, first = [], 0, 0, False
    for token in text.split():
        if token[0] == "@":
            shapes.append((token[1:], []))
        elif token == "/":
            shapes[-1][1].append([])
            first = True
        else:
            dx, dy = token.split(",")
            if first:
                x, y, first = int(dx), int(dy), False
            else:
                x, y = x + int(dx), y + int(dy)
            shapes[-1][1][-1].append((x * 0.0001, y * 0.0001))
    return shapes


def fmt(value):
    r = round(value * 10) / 10
    return str(int(r)) if r == int(r) else repr(r)


def panel(points, fx, fy, fw, fh):
    min_e = min(p[0] for p in points)
    max_e = max(p[0] for p in points)
    min_n = min(p[1] for p in points)
    max_n = max(p[1] for p in points)
    scale = min(fw / (max_e - min_e), fh / (max_n - min_n))
    ox = fx + (fw - (max_e - min_e) * scale) / 2
    return lambda p: (ox + (p[0] - min_e) * scale, fy + (max_n - p[1]) * scale)


def draw(text):
    shapes = parse(text)
    projected = [(number, [[project(lon, lat) for lon, lat in ring] for ring in rings],
                  number[:2] in ("18", "19", "20")) for number, rings in shapes]
    south = panel([p for _, rings, n in projected if not n for r in rings for p in r],
                  10, 70, 590, 880)
    north = panel([p for _, rings, n in projected if n for r in rings for p in r],
                  610, 70, 380, 400)
    lines = []
    for number, rings, is_north in projected:
        to_pixel = north if is_north else south
        d = []
        for ring in rings:
            last, count = None, 0
            for point in ring:
                x, y = to_pixel(point)
                if last is not None and abs(last[0] - x) < 0.3 and abs(last[1] - y) < 0.3:
                    continue
                d.append(("M" if count == 0 else "L") + fmt(x) + " " + fmt(y))
                last, count = (x, y), count + 1
            if count:
                d.append("Z")
        lines.append(f'<path id="g{number}" fill-rule="evenodd" d="{"".join(d)}"/>')
    return lines


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    repeats = int(sys.argv[2])
    times, lines = [], []
    for _ in range(repeats):
        start = time.process_time()
        lines = draw(text)
        times.append(time.process_time() - start)
    checksum = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    print(f"{statistics.median(times):.6f} {checksum}")


if __name__ == "__main__":
    main()
