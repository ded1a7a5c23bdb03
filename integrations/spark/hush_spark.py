#!/usr/bin/env python3
"""Scan many files with hush under Apache Spark (DESIGN §9).

The driver lists the inputs (files, and folders walked here), splits the list into partitions, and each task runs
one hush process over its partition: the paths go to `hush scan --files-from - -0 --format jsonl` on standard input
and the jsonl comes back on standard output. Every jsonl line is self-contained, so the merged report is the
concatenation of the tasks' outputs. Exit 1 from hush means findings (fine); any other non-zero exit fails the task,
and so the job, with hush's standard error in the message.

Why not `RDD.pipe`: it gives the command an empty environment and ignores a non-zero exit unless `checkCode=True`,
and it cannot pass NUL-separated paths. A subprocess per partition with an explicit environment does all three.

    spark-submit integrations/spark/hush_spark.py --hush ./hush/hush --out report/ /data/share
    python3 integrations/spark/hush_spark.py --master 'local[2]' --out report/ /data/share   # loopback-only local run

Writes OUT/findings.jsonl (each partition's report in turn: findings, skipped files, its summary line), created with
mode 0600 like hush's own reports, and OUT/summary.json (totals of the partitions). Exits 1 when anything was found, 2 when the job failed, else 0.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import uuid

# What hush sees of the environment: nothing implicit. HUSH_KEY keys fingerprints (a team secret: it travels to the
# executors inside the task closure); LD_LIBRARY_PATH lets a shipped libpcre2 be found.
PASSED_ENV = ("PATH", "HOME", "HUSH_KEY", "LD_LIBRARY_PATH", "NO_COLOR")


def hush_environment(extra=None):
    """The explicit environment for hush: a few variables of the process it runs in (on an executor, those Spark
    gives it, `spark.executorEnv.*` included), UTF-8 locale, then `extra` (values sent from the driver)."""
    env = {name: os.environ[name] for name in PASSED_ENV if name in os.environ}
    env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env.update(extra or {})
    return env


def list_paths(inputs):
    """Files named and every regular file under folders named (`.git` excepted), in a stable order. Ignore files
    are not applied here: the listed files are all scanned (`scan_shards` lets hush walk and honour them). hush skips
    binaries itself. Symbolic links are listed as they are (hush follows a link it is handed by name)."""
    paths = []
    for item in inputs:
        if os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if d != ".git")
                paths.extend(os.path.join(root, name) for name in sorted(files))
        else:
            paths.append(item)
    return paths


def run_hush(hush, paths, part, args=(), env=None, label="partition"):
    """Runs hush over `paths`, its jsonl report written to the file `part` (not through Spark: a dense share yields
    millions of findings); returns the report's summary lines. Raises RuntimeError with hush's stderr unless the
    exit is 0 (nothing found) or 1 (findings) and every listed file was read."""
    if not paths:
        return []
    command = [hush, "scan", "--files-from", "-", "-0", "--format", "jsonl", "--no-color", *args]
    listing = b"\0".join(os.fsencode(path) for path in paths)
    return _run(command, listing, paths, part, env, f"{label} ({len(paths)} files)")


def run_hush_shard(hush, roots, shard, count, part, args=(), env=None):
    """Runs hush over the folders `roots`, walking them itself (ignore files honoured), for shard `shard` of `count`;
    like `run_hush` otherwise (roots are named paths)."""
    command = [hush, "scan", *roots, "--shard", f"{shard}/{count}", "--format", "jsonl", "--no-color", *args]
    return _run(command, None, roots, part, env, f"shard {shard}/{count}")


def _run(command, listing, named, part, env, label):
    temporary = f"{part}.{os.getpid()}.{uuid.uuid4().hex}.tmp"  # a retried or speculative attempt never collides
    try:
        done = subprocess.run(
            [*command, "-o", temporary], input=listing, stdin=None if listing is not None else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        stderr = done.stderr.decode("utf-8", "replace").strip()
        if done.returncode not in (0, 1):
            raise RuntimeError(f"hush failed on {label}, exit {done.returncode}: {stderr}")
        # Findings win the exit status (1 over 2, DESIGN §1), so exit 1 can hide a named file that could not be read.
        if done.returncode == 1 and unread_paths(named, stderr, temporary):
            raise RuntimeError(f"hush could not read a listed file on {label} (exit 1, findings too): {stderr}")
        os.replace(temporary, part)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    with open(part, encoding="utf-8") as report:
        return [line.rstrip("\n") for line in report if line.startswith('{"kind":"summary"')]


def unread_paths(paths, stderr, report):
    """The named paths that hush named in a diagnostic (`hush: PATH: cause`), that are not a `skipped` line of the
    report file, and that cannot be read."""
    listed = set(paths)
    named = set()
    for line in stderr.splitlines():
        rest = line[len("hush: "):] if line.startswith("hush: ") else ""
        cut = rest.find(": ")
        while cut > 0:
            if rest[:cut] in listed:
                named.add(rest[:cut])
            cut = rest.find(": ", cut + 1)
    if not named:
        return []
    skipped = set()
    with open(report, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith('{"kind":"skipped"'):
                skipped.add(json.loads(line).get("path"))
    return sorted(path for path in named - skipped if not os.access(path, os.R_OK))


def merge_summaries(lines):
    """Totals of the partitions' summary lines."""
    total = {"files": 0, "bytes": 0, "findings": 0, "skipped": 0, "by_type": {}, "partitions": 0}
    for line in lines:
        summary = json.loads(line)
        total["partitions"] += 1
        for key in ("files", "bytes", "findings", "skipped"):
            total[key] += int(summary.get(key) or 0)
        for name, count in (summary.get("by_type") or {}).items():
            total["by_type"][name] = total["by_type"].get(name, 0) + count
    return total


def local_conf(master="local[2]", app="hush"):
    """A SparkConf for a local run that listens on loopback only and starts no web UI."""
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    from pyspark import SparkConf

    return (
        SparkConf()
        .setMaster(master)
        .setAppName(app)
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
    )


def _driver_env(env):
    if env is None:
        env = {"HUSH_KEY": os.environ["HUSH_KEY"]} if os.environ.get("HUSH_KEY") else {}
    return env


def part_path(out, index):
    return os.path.join(os.path.abspath(out), "parts", f"part-{index:05d}.jsonl")


def scan(sc, paths, hush, out, partitions=None, args=(), env=None):
    """Scans `paths` on the SparkContext `sc` into OUT/findings.jsonl and OUT/summary.json; returns the summary.
    Each task writes its report to OUT/parts/ (OUT must be on a file system the executors share) and sends only its
    summary line back. Raises when a partition fails (the Spark error carries hush's stderr). `env` is added to the
    environment each executor builds for hush; by default it carries the driver's HUSH_KEY, so fingerprints match one
    plain run."""
    started = time.monotonic()
    env, args = _driver_env(env), list(args)
    partitions = partitions or max(1, min(len(paths), sc.defaultParallelism * 4))
    os.makedirs(os.path.join(out, "parts"), exist_ok=True)
    # The tasks call this module's functions: ship it, so executors import it whatever their Python path.
    sc.addPyFile(os.path.abspath(__file__))

    def task(index, iterator):
        return run_hush(hush, list(iterator), part_path(out, index), args, hush_environment(env), f"partition {index}")

    summaries = sc.parallelize(paths, partitions).mapPartitionsWithIndex(task).collect()
    return write_report(out, summaries, partitions, started)


def scan_shards(sc, roots, hush, out, shards=None, args=(), env=None):
    """Like `scan`, but every task walks `roots` itself and keeps its shard (`--shard K/N`): hush's own walk, so
    `.gitignore` and `.hushignore` are honoured exactly as in one plain run, at the cost of each task listing the
    whole tree. For folders on a shared file system whose listing is cheap next to their reading."""
    started = time.monotonic()
    env, roots, args = _driver_env(env), list(roots), list(args)
    shards = shards or sc.defaultParallelism * 4
    os.makedirs(os.path.join(out, "parts"), exist_ok=True)
    sc.addPyFile(os.path.abspath(__file__))

    def task(index, iterator):
        return [line for shard in iterator
                for line in run_hush_shard(hush, roots, shard, shards, part_path(out, shard - 1), args, hush_environment(env))]

    summaries = sc.parallelize(range(1, shards + 1), shards).mapPartitionsWithIndex(task).collect()
    return write_report(out, summaries, shards, started)


def write_report(out, summaries, parts, started):
    """Concatenates OUT/parts/ in order into OUT/findings.jsonl (then removes them), writes OUT/summary.json and
    returns the summary. Every line is self-contained, so concatenation is the merge."""
    descriptor = os.open(os.path.join(out, "findings.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "wb") as merged:
        for index in range(parts):
            part = part_path(out, index)
            if os.path.exists(part):
                with open(part, "rb") as handle:
                    shutil.copyfileobj(handle, merged, 1 << 20)
                os.unlink(part)
    os.rmdir(os.path.join(out, "parts"))
    summary = merge_summaries(summaries)
    summary["elapsed_ms"] = int((time.monotonic() - started) * 1000)
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2, sort_keys=True)
        handle.write("\n")
    return summary


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="files and folders to scan (folders are listed on the driver)")
    parser.add_argument("--out", required=True, help="folder for findings.jsonl and summary.json")
    parser.add_argument("--hush", default=os.environ.get("HUSH_BIN", "hush"), help="hush binary as the executors see it")
    parser.add_argument("--partitions", type=int, help="number of partitions (default: 4 per core)")
    parser.add_argument("--master", help="run locally on loopback with this master (e.g. local[2]); omit under spark-submit")
    parser.add_argument("--walk-shards", action="store_true",
                        help="let each task walk the inputs with --shard K/N (honours .gitignore/.hushignore) instead of listing on the driver")
    parser.add_argument("--hush-threads", type=int, default=1, help="threads of each hush process (default 1: one per task slot)")
    parser.add_argument("hush_args", nargs=argparse.REMAINDER, help="after --: more options for hush scan")
    options = parser.parse_args(argv)
    extra = [a for a in options.hush_args if a != "--"]
    from pyspark import SparkConf, SparkContext

    conf = local_conf(options.master) if options.master else SparkConf().setAppName("hush")
    sc = SparkContext(conf=conf)
    try:
        args = ["--threads", str(options.hush_threads), *extra]
        if options.walk_shards:
            summary = scan_shards(sc, options.inputs, options.hush, options.out, options.partitions, args)
        else:
            summary = scan(sc, list_paths(options.inputs), options.hush, options.out, options.partitions, args)
    except Exception as error:  # the job failed: say why in one message
        print(f"hush_spark: job failed: {error}", file=sys.stderr)
        return 2
    finally:
        sc.stop()
    print(json.dumps(summary, sort_keys=True))
    return 1 if summary["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
