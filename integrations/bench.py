#!/usr/bin/env python3
"""Throughput of one plain hush run against the Spark job (local[1], local[2]) and the Dask job (1 and 2 workers) on
one corpus, start-up included: each figure is the wall time of the whole command (JVM or cluster start, listing,
scanning, merging, writing the report), median of --repeat runs.

    python3 Benchmarks/corpus/make_corpus.py /tmp/scale --size-mb 200
    HUSH_BIN=.build/release/hush python3 integrations/bench.py /tmp/scale/corpus
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, env=None):
    started = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.monotonic() - started
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed, done.stdout.decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    hush = os.path.abspath(os.environ.get("HUSH_BIN", ".build/release/hush"))
    size = sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(options.corpus) for name in names)
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", HUSH_BIN=hush)
    out = tempfile.mkdtemp(prefix="hush-bench-")
    report = os.path.join(out, "plain.jsonl")
    runs = {
        "hush (one process, all cores)": [hush, "scan", options.corpus, "--format", "jsonl", "-o", report],
    }
    for n in (1, 2):
        runs[f"Spark local[{n}]"] = [sys.executable, os.path.join(HERE, "spark", "hush_spark.py"), "--master", f"local[{n}]",
                                     "--out", os.path.join(out, f"spark{n}"), options.corpus]
    for n in (1, 2):
        runs[f"Dask, {n} worker{'s' if n > 1 else ''}"] = [sys.executable, os.path.join(HERE, "dask", "hush_dask.py"),
                                                         "--workers", str(n), "--out", os.path.join(out, f"dask{n}"), options.corpus]
    print(f"corpus: {size / 1e6:.1f} MB in {sum(len(n) for _, _, n in os.walk(options.corpus))} files; hush: {hush}")
    print("| run | wall time (median of %d) | throughput | findings |" % options.repeat)
    print("|---|---|---|---|")
    for name, command in runs.items():
        times = []
        for _ in range(options.repeat):
            elapsed, stdout = timed(command, env)
            times.append(elapsed)
        if name.startswith("hush"):
            with open(report, encoding="utf-8") as handle:
                findings = json.loads(handle.read().splitlines()[-1])["findings"]
        else:
            findings = json.loads(stdout.strip().splitlines()[-1])["findings"]
        median = statistics.median(times)
        print(f"| {name} | {median:.2f} s | {size / 1e6 / median:.1f} MB/s | {findings} |", flush=True)


if __name__ == "__main__":
    main()
