#!/usr/bin/env python3
"""Recompute a studyplan sample from an exported protocol (JSON) and check it.

Usage:  python3 rederive_sample.py PROTOCOL.json [FRAME.csv]

Standard library only. The algorithm is the one in docs/sampling.md:

  * the units are the municipalities of the year the plan records in `units` (2019 when it
    records none); every id is a kommunenummer of that year (2024 numbers for today's
    municipalities: 5530 Senja, 1580 Haram);
  * every stratum of the plan, in the order the plan lists them, ranks its eligible units by
    SHA-256 of the UTF-8 bytes of "SEED:STRATUM:ID", ascending as bytes (ties: ID bytes);
  * walking that ranking, units already drawn in an earlier stratum are skipped; the first
    `allocated` of the others are drawn, the next ones are the reserves (all of them, or the
    plan's reserves per stratum);
  * proportional allocation is by largest remainder (ties: larger stratum, then smaller key
    bytes); equal allocation is round robin over the strata, larger strata first;
  * two-stage with within-cluster strata (`membersBy`): a chosen cluster C's members are split
    into strata `cluster=C/FIELD=VALUE` (centrality: `1-4` and `5-6`), and its `members` (all
    when absent) are shared among them by the equal rule;
  * a cluster taken as a replacement for a refused one (`replacementStrata`) is drawn the same
    way after all the plan's strata, skipping every unit drawn before;
  * purposive selections and censuses are not random: nothing to redo. Units added on purpose
    to a random draw (the `purposive` stratum of a mixed design) are not ranked either.

With FRAME.csv, the frame of the same year as `studyplan frame --units YEAR --format csv`
writes it, the plan is also checked against the published frame: every id of the plan is a
municipality of that year, a draw without a filter ranks the whole frame, and each stratum's
units have the values its key names (a list's items are joined by '; ' in the CSV and by '+'
in keys; an empty cell is not compared).

Prints the recomputed units and reserves and whether they agree with the recorded draw;
exits 1 when they do not.
"""

import csv
import hashlib
import json
import sys


def find_sample(node):
    """The first object with a 'plan' and 'units' (the protocol's sample), anywhere."""
    if isinstance(node, dict):
        if "plan" in node and "units" in node and "strataPlan" in node["plan"]:
            return node
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = find_sample(child)
        if found is not None:
            return found
    return None


def rank(seed, stratum, ids):
    def key(unit):
        digest = hashlib.sha256(f"{seed}:{stratum}:{unit}".encode("utf-8")).digest()
        return (digest, unit.encode("utf-8"))
    return sorted(ids, key=key)


def proportional(n, sizes, keys):
    total = sum(sizes)
    result = [n * size // total for size in sizes]
    order = sorted(range(len(sizes)),
                   key=lambda i: (-(n * sizes[i] % total), -sizes[i], keys[i].encode("utf-8")))
    for i in order[: n - sum(result)]:
        result[i] += 1
    return result


def equal(n, sizes, keys):
    order = sorted(range(len(sizes)), key=lambda i: (-sizes[i], keys[i].encode("utf-8")))
    result = [0] * len(sizes)
    remaining = n
    while remaining > 0:
        for i in order:
            if remaining > 0 and result[i] < sizes[i]:
                result[i] += 1
                remaining -= 1
    return result


def check_frame(plan, path):
    """The plan against the frame CSV of its year: ids, the whole frame, stratum values."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = {row["kommunenummer"]: row for row in csv.DictReader(f)}
    year = plan.get("units", "2019")
    ok = True
    ranked = [s for s in plan["strataPlan"] if s["key"] not in ("pairs", "clusters", "purposive")]
    ids = [unit for stratum in ranked for unit in stratum["units"]]
    missing = [unit for unit in ids if unit not in rows]
    if missing:
        print(f"not municipalities of {year} in the frame: {', '.join(missing[:5])}")
        ok = False
    whole = plan.get("filter") is None and plan["design"] in ("simple", "stratified")
    if whole and not plan.get("purposive") and sorted(ids) != sorted(rows):
        print(f"the strata do not hold the whole frame of {year} ({len(ids)} of {len(rows)})")
        ok = False
    for stratum in ranked:
        if stratum["key"] in ("all", "census") or stratum["key"].startswith(("pair=", "cluster=")):
            continue
        for part in stratum["key"].split("/"):
            field, value = part.split("=", 1)
            for unit in stratum["units"]:
                cell = rows.get(unit, {}).get(field)
                if cell and cell.replace("; ", "+") != value:
                    print(f"{unit} has {field} {cell!r}, not {value!r} as its stratum says")
                    ok = False
    print(f"frame of {year}: {len(rows)} municipalities; the plan", "agrees" if ok else "DISAGREES")
    return ok


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python3 rederive_sample.py PROTOCOL.json [FRAME.csv]")
    with open(sys.argv[1], encoding="utf-8") as f:
        sample = find_sample(json.load(f))
    if sample is None:
        sys.exit("no drawn sample in this protocol")
    plan = sample["plan"]
    seed = plan["seed"]
    limit = plan.get("reservesPerStratum")
    # Units added on purpose (a mixed design) are not ranked: leave their stratum out.
    strata = [s for s in plan["strataPlan"] if s["key"] != "purposive"]
    ok = True

    if plan["design"] == "stratified" and plan.get("allocation") in ("proportional", "equal"):
        keys = [s["key"] for s in strata]
        if keys != sorted(keys, key=lambda k: k.encode("utf-8")):
            print("strata are not in key order")
            ok = False
        sizes = [len(s["units"]) for s in strata]
        rule = proportional if plan["allocation"] == "proportional" else equal
        allocation = rule(plan["requestedSize"], sizes, keys)
        if allocation != [s["allocated"] for s in strata]:
            print("allocation differs:", allocation)
            ok = False

    if plan["design"] in ("purposive", "census"):
        print(f"design {plan['design']}: not a random draw; nothing to redo")
        sys.exit(0)

    if plan.get("membersBy"):
        chosen = next((s for s in strata if s["key"] == "clusters"), None)
        clusters = [s for s in strata if s["key"].startswith("cluster=")]
        for name in {s["key"].split("/")[0] for s in clusters}:
            group = [s for s in clusters if s["key"].split("/")[0] == name]
            total = sum(len(s["units"]) for s in group)
            wanted = min(plan.get("membersPerCluster") or total, total)
            shares = equal(wanted, [len(s["units"]) for s in group], [s["key"] for s in group])
            if shares != [s["allocated"] for s in group]:
                print("within-cluster allocation differs:", name, shares)
                ok = False
        if chosen is None:
            ok = False

    print(f"seed {seed!r}, design {plan['design']}, algorithm {plan['algorithm']}, "
          f"units: the municipalities of {plan.get('units', '2019')}")
    if len(sys.argv) == 3 and not check_frame(plan, sys.argv[2]):
        ok = False
    drawn = set()
    computed_units, computed_reserves, computed_replacements = [], [], []
    ranked = strata
    replacement_keys = set()
    for stratum in ranked + (plan.get("replacementStrata") or []):
        key, allocated = stratum["key"], stratum["allocated"]
        taken, reserves = [], []
        for position, unit in enumerate(rank(seed, key, stratum["units"]), start=1):
            if unit in drawn:
                continue
            if len(taken) < allocated:
                taken.append((unit, position))
            elif limit is None or len(reserves) < limit:
                reserves.append((unit, position))
        drawn.update(unit for unit, _ in taken)
        if key in ("pairs", "clusters"):
            for unit, position in taken:
                print(f"cluster {key} {position} {unit}")
            continue
        if stratum not in ranked:
            replacement_keys.add(key)
            computed_replacements += [(key, position, unit) for unit, position in taken]
        else:
            computed_units += [(key, position, unit) for unit, position in taken]
        computed_reserves += [(key, position, unit) for unit, position in reserves]

    for key, position, unit in computed_units:
        print(f"unit {key} {position} {unit}")
    for key, position, unit in computed_reserves:
        print(f"reserve {key} {position} {unit}")

    for key, position, unit in computed_replacements:
        print(f"replacement {key} {position} {unit}")
    recorded_units = [(u["stratum"], u["rank"], u["kommunenummer"])
                      for u in sample["units"]
                      if u["status"] != "replacement" and u["stratum"] != "purposive"
                      and u["stratum"] not in replacement_keys]
    recorded_replacements = [(u["stratum"], u["rank"], u["kommunenummer"])
                             for u in sample["units"] if u["stratum"] in replacement_keys]
    cluster_keys = ("pairs", "clusters")
    recorded_reserves = [(r["stratum"], u["rank"], u["kommunenummer"])
                         for r in sample["reserves"]
                         if r["stratum"] not in cluster_keys and r["stratum"] != "purposive"
                         for u in r["units"]]
    if computed_units != recorded_units or computed_reserves != recorded_reserves:
        ok = False
    if computed_replacements != recorded_replacements:
        ok = False
    print("agrees with the recorded draw:", "yes" if ok else "NO")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
