#!/usr/bin/env python3
"""Score hush's findings against the benchmark corpus's ground truth: recall and precision per type.

Usage:
    python3 Benchmarks/score.py --truth WORK/ground-truth.jsonl --findings hush.json --corpus WORK/corpus
                                [--examples 5] [--json-out scores.json]

--findings is hush's `--format json` report (one object with "findings") or `--format jsonl` (one object per line,
"kind": "finding"); each finding needs path, start, end and type. Paths are taken relative to --corpus (hush prints
them as reached from its arguments: `WORK/corpus/a.csv`, `./a.csv` or `a.csv` all work).

A finding matches a planted value when the file and the type are the same and the byte ranges overlap.
    TP  planted values matched by at least one finding        FN  planted values matched by none
    FP  findings that match no planted value of their type
    recall = TP / planted      precision = matching findings / findings
Findings of a type that is never planted (name, address, business_id...) are counted and shown, not scored: the
corpus holds names and addresses (contacts, forms) without planting them, and plants nothing else.
Examples of FN and FP are printed with the surrounding text (it is synthetic data), the value between « ».
"""

import argparse
import bisect
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

SCORED = ["phone", "national_id", "bank_card", "email", "password", "secret"]


def load_truth(path):
    truth = defaultdict(list)          # (file, type) -> [(start, end)]
    for line in open(path, encoding="utf-8"):
        t = json.loads(line)
        truth[(t["file"], t["type"])].append((t["start"], t["end"]))
    for spans in truth.values():
        spans.sort()
    return truth


def load_findings(path):
    with open(path, encoding="utf-8") as f:
        head = f.read(1)
        f.seek(0)
        try:
            whole = json.load(f)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict) and "findings" in whole:
            return whole["findings"]
        f.seek(0)
        out = []
        for line in f:
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            if obj.get("kind", "finding") == "finding" and "start" in obj:
                out.append(obj)
        if not out and head not in "{[":
            sys.exit(f"score.py: {path}: not a hush JSON or JSONL report")
        return out


def relpath(path, corpus_prefixes):
    for prefix in corpus_prefixes:
        if prefix and path.startswith(prefix):
            path = path[len(prefix):]
            break
    while path.startswith("./"):
        path = path[2:]
    return path.lstrip("/")


def context(corpus, file, start, end, width=40):
    try:
        with open(os.path.join(corpus, file), "rb") as f:
            f.seek(max(0, start - width))
            before = f.read(start - max(0, start - width))
            value = f.read(end - start)
            after = f.read(width)
    except OSError as e:
        return f"({e})"
    dec = lambda b: b.decode("utf-8", errors="replace").replace("\n", "⏎").replace("\r", "␍")
    return f"{dec(before)}«{dec(value)}»{dec(after)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--findings", required=True)
    ap.add_argument("--corpus", required=True, help="the corpus folder the findings' paths lead to")
    ap.add_argument("--examples", type=int, default=4, help="FN and FP examples per type (default 4)")
    ap.add_argument("--json-out", help="also write the scores as JSON here")
    args = ap.parse_args()

    corpus = args.corpus.rstrip("/")
    prefixes = sorted({corpus + "/", os.path.abspath(corpus) + "/", os.path.realpath(corpus) + "/"},
                      key=len, reverse=True)
    truth = load_truth(args.truth)
    findings = load_findings(args.findings)

    hit = {key: [False] * len(spans) for key, spans in truth.items()}
    starts = {key: [s for s, _ in spans] for key, spans in truth.items()}
    fp = defaultdict(list)                 # type -> [(file, start, end, rule)]
    nfind = defaultdict(int)
    nmatch = defaultdict(int)
    for f in findings:
        typ, file = f["type"], relpath(f["path"], prefixes)
        nfind[typ] += 1
        key = (file, typ)
        matched = False
        if key in truth:
            spans, st = truth[key], starts[key]
            i = bisect.bisect_left(st, f["end"]) - 1      # last planted value starting before the finding ends
            while i >= 0 and spans[i][1] > f["start"]:
                hit[key][i] = True
                matched = True
                i -= 1
                if i >= 0 and spans[i][1] <= f["start"]:
                    break
        if matched:
            nmatch[typ] += 1
        else:
            fp[typ].append((file, f["start"], f["end"], f.get("rule", "?")))

    fn = defaultdict(list)
    planted = defaultdict(int)
    tp = defaultdict(int)
    for (file, typ), spans in truth.items():
        planted[typ] += len(spans)
        for (s, e), h in zip(spans, hit[(file, typ)]):
            if h:
                tp[typ] += 1
            else:
                fn[typ].append((file, s, e))

    # a finding of the wrong type over a planted value explains many FN/FP pairs: say so
    planted_at = {}
    for (file, typ), spans in truth.items():
        for s, e in spans:
            planted_at.setdefault(file, []).append((s, e, typ))
    for spans in planted_at.values():
        spans.sort()

    def over_planted(file, s, e):
        spans = planted_at.get(file, [])
        i = bisect.bisect_left(spans, (e,)) - 1
        return [spans[j][2] for j in range(i, max(-1, i - 4), -1) if spans[j][1] > s]

    types = SCORED + sorted(t for t in nfind if t not in SCORED)
    rows = []
    fmt = lambda x: "—" if x is None else f"{100 * x:.2f}%"
    print(f"{'type':<13}{'planted':>9}{'findings':>10}{'TP':>9}{'FP':>8}{'FN':>8}{'recall':>9}{'precision':>11}")
    for t in SCORED:
        p, n = planted[t], nfind[t]
        rec = tp[t] / p if p else None
        prec = nmatch[t] / n if n else None
        rows.append({"type": t, "planted": p, "findings": n, "tp": tp[t], "fp": len(fp[t]), "fn": len(fn[t]),
                     "recall": rec, "precision": prec})
        print(f"{t:<13}{p:>9}{n:>10}{tp[t]:>9}{len(fp[t]):>8}{len(fn[t]):>8}{fmt(rec):>9}{fmt(prec):>11}")
    P = sum(planted[t] for t in SCORED)
    T = sum(tp[t] for t in SCORED)
    N = sum(nfind[t] for t in SCORED)
    M = sum(nmatch[t] for t in SCORED)
    print(f"{'all six':<13}{P:>9}{N:>10}{T:>9}{N - M:>8}{P - T:>8}{fmt(T / P if P else None):>9}"
          f"{fmt(M / N if N else None):>11}")
    others = [t for t in types if t not in SCORED]
    if others:
        print("not scored (never planted; the corpus does hold names and addresses, so those are not all false): "
              + ", ".join(f"{t} {nfind[t]}" for t in others))
    unscored = {t: nfind[t] for t in others}

    if args.examples:
        for t in types:
            if fn[t]:
                print(f"\nFN {t}: {len(fn[t])} planted values not found, e.g.")
                step = max(1, len(fn[t]) // args.examples)
                for file, s, e in fn[t][::step][: args.examples]:
                    print(f"  {file}:{s}-{e}  {context(args.corpus, file, s, e)}")
            if fp[t]:
                if t in SCORED:
                    print(f"\nFP {t}: {len(fp[t])} findings match no planted {t}, e.g.")
                else:
                    print(f"\n{t} (not scored): {len(fp[t])} findings, e.g.")
                step = max(1, len(fp[t]) // args.examples)
                for file, s, e, rule in fp[t][::step][: args.examples]:
                    other = over_planted(file, s, e)
                    extra = f"  (over a planted {'/'.join(sorted(set(other)))})" if other else ""
                    print(f"  {file}:{s}-{e} [{rule}]{extra}  {context(args.corpus, file, s, e)}")

    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump({"types": rows, "planted": P, "findings": N, "tp": T, "unscored": unscored}, f, indent=1)


if __name__ == "__main__":
    main()
