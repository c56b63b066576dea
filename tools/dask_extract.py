#!/usr/bin/python3
"""Distributed `newsgraph extract` on Dask: shards in, one merged graph out.

The extractor is a pure function of each document, and `newsgraph merge` combines shard graphs
into exactly the graph one run over the whole corpus writes. So a corpus is processed in three
steps, the same on any engine (docs/distributed.md shows Spark and Hadoop Streaming):
  1. split: JSON Lines inputs are cut into --shards files of whole lines (round robin by line
     number, so the split depends only on the input and the shard count);
  2. map: each worker runs `newsgraph extract --shard --threads 1 --format jsonld` on one shard
     (surnames are left for the final merge, which alone sees every full name);
  3. reduce: `newsgraph merge` combines the shard graphs into OUT/graph.jsonld (and OUT/graph.dot
     with --dot).
Here the engine is a Dask distributed LocalCluster of --workers worker processes on this machine
(Debian package python3-distributed); pass --scheduler ADDRESS to use a running cluster instead,
whose workers must see the same paths (a shared file system) and have the newsgraph binary.

usage: tools/dask_extract.py --newsgraph BIN [--workers 2] [--shards 8] [--dot] -o OUT IN.jsonl...
exit status: 0 success, 1 a shard or the merge failed, 2 usage error
"""

import argparse
import os
import subprocess
import sys


def split(inputs, shards, shard_dir):
    """Writes the non-empty lines of `inputs` round robin into `shards` files; returns their
    paths (empty shards are left out)."""
    os.makedirs(shard_dir, exist_ok=True)
    paths = [os.path.join(shard_dir, f"shard-{k:04d}.jsonl") for k in range(shards)]
    files = [open(p, "w", encoding="utf-8") for p in paths]
    counts = [0] * shards
    n = 0
    try:
        for path in inputs:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    if not line.endswith("\n"):
                        line += "\n"
                    files[n % shards].write(line)
                    counts[n % shards] += 1
                    n += 1
    finally:
        for f in files:
            f.close()
    kept = []
    for path, count in zip(paths, counts):
        if count:
            kept.append(path)
        else:
            os.remove(path)
    return kept


def extract_shard(newsgraph, shard, out_dir):
    """Runs on a worker: extracts one shard; returns (shard, graph path, exit status, stderr)."""
    run = subprocess.run([newsgraph, "extract", "--quiet", "--shard", "--threads", "1",
                          "--format", "jsonld", "-o", out_dir, shard],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return shard, os.path.join(out_dir, "graph.jsonld"), run.returncode, run.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", metavar="IN.jsonl", help="JSON Lines articles")
    ap.add_argument("-o", "--output", required=True, help="output directory")
    ap.add_argument("--newsgraph", required=True, help="the newsgraph binary")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--shards", type=int, default=8, help="shards (default 8)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    ap.add_argument("--dot", action="store_true", help="also write OUT/graph.dot")
    a = ap.parse_args()
    if a.workers < 1 or a.shards < 1:
        ap.error("--workers and --shards must be at least 1")
    newsgraph = os.path.abspath(a.newsgraph)
    if not os.access(newsgraph, os.X_OK):
        ap.error(f"--newsgraph {a.newsgraph} is not an executable file")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        sys.exit("dask_extract: Dask distributed is not installed "
                 "(Debian: apt-get install python3-distributed)")

    out = os.path.abspath(a.output)
    shards = split(a.inputs, a.shards, os.path.join(out, "shards"))
    if not shards:
        print("dask_extract: error: no documents in the input", file=sys.stderr)
        return 1

    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        # Worker processes, one thread each: extraction is CPU-bound, and each task is one
        # single-threaded newsgraph process.
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(extract_shard, newsgraph, s, os.path.splitext(s)[0], pure=False)
                   for s in shards]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    failed = [(s, status, err) for s, _, status, err in results if status != 0]
    for s, status, err in failed:
        print(f"dask_extract: error: extract {s} exited {status}:\n{err}", file=sys.stderr)
    if failed:
        return 1
    # Merge in shard order; the result does not depend on it, but the command line does.
    graphs = [g for _, g, _, _ in sorted(results)]
    merge = [newsgraph, "merge", "-o", os.path.join(out, "graph.jsonld")]
    if a.dot:
        merge.append("--dot")
    run = subprocess.run(merge + graphs, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        print(f"dask_extract: error: merge exited {run.returncode}:\n{run.stderr}", file=sys.stderr)
        return 1
    print(f"dask_extract: {len(shards)} shards on {a.workers if cluster else 'remote'} workers "
          f"-> {os.path.join(out, 'graph.jsonld')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
