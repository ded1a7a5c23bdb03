#!/usr/bin/env python3
"""ripgrep running hush's own text rules over a corpus, one rule at a time, for comparison with `hush scan`.

Usage: python3 Benchmarks/rg_rules.py CORPUS [--threads N] [--patterns DIR]

Each rule's `regex` from patterns/*/*.toml is given to `rg -P -o` (ripgrep's PCRE2 engine, the one hush uses) and
its output read from a pipe; field-scoped rules are left out (they need hush's field extraction). Prints the CPU time
and match count per rule and the total: the time ripgrep needs to find what hush's rules find, before any validation,
grading or report. Needs Python 3.11 (tomllib) and ripgrep built with PCRE2 (Debian's is).
"""
import argparse
import glob
import os
import subprocess
import sys
import tomllib


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--patterns", default=os.path.join(here, "..", "patterns"))
    args = parser.parse_args()
    rows = []
    for path in sorted(glob.glob(os.path.join(args.patterns, "*", "*.toml"))):
        with open(path, "rb") as handle:
            rule = tomllib.load(handle)
        if rule.get("scope") == "field":
            continue
        before = os.times()
        run = subprocess.run(
            ["rg", "-P", "-o", "-j", str(args.threads), "--no-filename", "--no-line-number", "-e", rule["regex"], args.corpus],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        after = os.times()
        if run.returncode > 1:
            print(f"{path}: rg failed: {run.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            return 2
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        rows.append((cpu, rule["id"], run.stdout.count(b"\n")))
    for cpu, rule_id, lines in sorted(rows, reverse=True):
        print(f"{rule_id:28s} {cpu:6.2f} s CPU {lines:9d} matches")
    print(f"total {sum(row[0] for row in rows):.2f} s CPU, {len(rows)} rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
