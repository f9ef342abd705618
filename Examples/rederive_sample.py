#!/usr/bin/env python3
"""Recompute a studyplan sample from an exported protocol (JSON) and check it.

Usage:  python3 rederive_sample.py PROTOCOL.json

Standard library only. The algorithm is the one in docs/sampling.md:

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

Prints the recomputed units and reserves and whether they agree with the recorded draw;
exits 1 when they do not.
"""

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


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 rederive_sample.py PROTOCOL.json")
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

    print(f"seed {seed!r}, design {plan['design']}, algorithm {plan['algorithm']}")
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
