#!/usr/bin/env python3
"""Scan many files with hush under Dask (DESIGN §9): the same contract as the Spark job.

The client lists the inputs, splits the list into chunks, and each Dask task runs one hush process over its chunk
(`hush scan --files-from - -0 --format jsonl`, explicit environment). Exit 1 from hush means findings; any other
non-zero exit raises in the task, and gathering the results re-raises it with hush's standard error.

    python3 integrations/dask/hush_dask.py --scheduler tcp://scheduler:8786 --out report/ /data/share
    python3 integrations/dask/hush_dask.py --workers 2 --out report/ /data/share   # LocalCluster on loopback

Writes OUT/findings.jsonl and OUT/summary.json like the Spark job. Exits 1 when anything was found, 2 when the job
failed, else 0.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "spark"))
from hush_spark import hush_environment, list_paths, part_path, run_hush, write_report  # noqa: E402  (plain Python, no Spark)


def local_cluster(workers=2):
    """A LocalCluster of single-threaded worker processes on loopback, dashboard on a free port."""
    from dask.distributed import LocalCluster

    return LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0")


def run_chunk(hush, paths, part, args, env, label):
    """One task: hush over `paths` into the file `part`, with the environment built on the worker plus `env`."""
    return run_hush(hush, paths, part, args=args, env=hush_environment(env), label=label)


def chunks(paths, count):
    """`count` contiguous chunks of `paths`, as even as possible, none empty."""
    count = max(1, min(count, len(paths)))
    size, extra = divmod(len(paths), count)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        out.append(paths[start:end])
        start = end
    return [chunk for chunk in out if chunk]


def scan(client, paths, hush, out, partitions=None, args=(), env=None):
    """Scans `paths` on the Dask `client` into OUT/findings.jsonl and OUT/summary.json (as the Spark job; OUT on a
    file system the workers share); returns the summary. Raises when a chunk fails."""
    # Workers need not import these modules: send the functions by value.
    import cloudpickle
    import hush_spark

    cloudpickle.register_pickle_by_value(hush_spark)
    if __name__ != "__main__":  # functions of __main__ travel by value anyway
        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    started = time.monotonic()
    if env is None:
        env = {"HUSH_KEY": os.environ["HUSH_KEY"]} if os.environ.get("HUSH_KEY") else {}
    workers = max(1, sum(client.nthreads().values()))
    parts = chunks(paths, partitions or workers * 4)
    os.makedirs(os.path.join(out, "parts"), exist_ok=True)
    futures = [
        client.submit(run_chunk, hush, part, part_path(out, index), list(args), env, f"chunk {index}", pure=False)
        for index, part in enumerate(parts)
    ]
    summaries = [line for lines in client.gather(futures) for line in lines]
    return write_report(out, summaries, len(parts), started)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="files and folders to scan (folders are listed on the client)")
    parser.add_argument("--out", required=True, help="folder for findings.jsonl and summary.json")
    parser.add_argument("--hush", default=os.environ.get("HUSH_BIN", "hush"), help="hush binary as the workers see it")
    parser.add_argument("--partitions", type=int, help="number of chunks (default: 4 per worker thread)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler; omit for a local cluster")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local cluster (default 2)")
    parser.add_argument("--hush-threads", type=int, default=1, help="threads of each hush process (default 1)")
    parser.add_argument("hush_args", nargs=argparse.REMAINDER, help="after --: more options for hush scan")
    options = parser.parse_args(argv)
    extra = [a for a in options.hush_args if a != "--"]
    from dask.distributed import Client

    cluster = None if options.scheduler else local_cluster(options.workers)
    client = Client(options.scheduler or cluster)
    try:
        paths = list_paths(options.inputs)
        summary = scan(client, paths, options.hush, options.out, options.partitions, ["--threads", str(options.hush_threads), *extra])
    except Exception as error:
        print(f"hush_dask: job failed: {error}", file=sys.stderr)
        return 2
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(json.dumps(summary, sort_keys=True))
    return 1 if summary["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
