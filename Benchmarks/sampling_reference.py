#!/usr/bin/env python3
"""Python reference for studyplan's sampling benchmark (the algorithm of docs/sampling.md).

Usage: python3 sampling_reference.py UNITS REPEATS

Builds the same synthetic frame as Sources/studyplan-bench/SamplingBenchmark.swift (ids
U0000000…, stratum i mod 12, key "s=<h>"), then times a stratified draw with proportional
allocation (n = 1 % of the units) and 5 reserves per stratum. Prints
"median_cpu_seconds checksum", the checksum being the SHA-256 of the drawn and reserve ids joined
by newlines, so the Swift side can check that both drew the same units.
"""

import hashlib
import statistics
import sys
import time

STRATA = 12
RESERVES = 5
SEED = "bench"


def frame(units):
    groups = [[] for _ in range(STRATA)]
    for i in range(units):
        groups[i % STRATA].append(f"U{i:07d}")
    return [(f"s={h}", ids) for h, ids in enumerate(groups)]


def allocate(n, sizes, keys):
    total = sum(sizes)
    result = [n * s // total for s in sizes]
    order = sorted(range(len(sizes)),
                   key=lambda i: (-(n * sizes[i] % total), -sizes[i], keys[i].encode()))
    for i in order[: n - sum(result)]:
        result[i] += 1
    return result


def draw(strata, n):
    strata = sorted(strata, key=lambda s: s[0].encode())
    keys = [k for k, _ in strata]
    allocation = allocate(n, [len(ids) for _, ids in strata], keys)
    out = []
    for (key, ids), allocated in zip(strata, allocation):
        prefix = f"{SEED}:{key}:".encode()
        sha = hashlib.sha256
        ranked = sorted(ids, key=lambda u: (sha(prefix + u.encode()).digest(), u))
        out.extend(ranked[: allocated + RESERVES])
    return out


def main():
    units, repeats = int(sys.argv[1]), int(sys.argv[2])
    strata = frame(units)
    times, result = [], None
    for _ in range(repeats):
        start = time.process_time()
        result = draw(strata, units // 100)
        times.append(time.process_time() - start)
    checksum = hashlib.sha256("\n".join(result).encode()).hexdigest()
    print(f"{statistics.median(times):.6f} {checksum}")


if __name__ == "__main__":
    main()
