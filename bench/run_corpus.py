#!/usr/bin/python3
"""Whole-program benchmark of `newsgraph extract` on a reproducible corpus.

The corpus is built from the shared GMB training sentences: sentences grouped in file order into
articles of --per-article sentences (15 by default), written as JSON Lines {"id", "title",
"text"}, and repeated with distinct ids ("gmb-r<copy>-a<article>") until the file reaches --mb
megabytes (10^6 bytes). The same arguments always give a byte-identical corpus.

Each run times `newsgraph extract --quiet --threads N` under /usr/bin/time -v and reports wall
seconds, MB/s and documents/s of corpus input, and peak RSS. With --peer, the compromise runner
of bench/peer/ is timed on the first --peer-mb megabytes of the same corpus in the same run.

usage: bench/run_corpus.py --newsgraph BUILD/newsgraph [--mb 50] [--threads 1,2] [--peer]
       bench/run_corpus.py --make-corpus OUT.jsonl [--mb 50]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SENTENCES = "/work/shared/eval/train/gmb_train.jsonl"


def read_sentences(path):
    """Returns the "text" of every line of a JSON Lines file, in order."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line)["text"])
    return out


def group_articles(sentences, per_article):
    """Groups sentences, in order, into articles: a headline (the first sentence) and a text."""
    articles = []
    for i in range(0, len(sentences), per_article):
        chunk = sentences[i:i + per_article]
        # One paragraph per five sentences, like a wire story.
        paragraphs = [" ".join(chunk[k:k + 5]) for k in range(0, len(chunk), 5)]
        articles.append((chunk[0], "\n\n".join(paragraphs) + "\n"))
    return articles


def make_corpus(out_path, megabytes, sentences_path, per_article, peer_text_path=None):
    """Writes the corpus to `out_path`; returns (documents, bytes of input text)."""
    articles = group_articles(read_sentences(sentences_path), per_article)
    limit = int(megabytes * 1_000_000)
    written = docs = 0
    with open(out_path, "w", encoding="utf-8") as f:
        copy = 0
        while written < limit:
            for n, (title, text) in enumerate(articles):
                line = json.dumps({"id": f"gmb-r{copy}-a{n}", "title": title, "text": text},
                                  ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
                docs += 1
                if written >= limit:
                    break
            copy += 1
    return docs, written


def run_timed(argv, env=None):
    """Runs argv under /usr/bin/time -v; returns (wall seconds, CPU seconds, peak RSS in KiB,
    stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        p = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + argv, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        report = open(t.name).read()
    if p.returncode != 0:
        sys.exit(f"run_corpus: {' '.join(argv)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)", report).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    cpu = sum(float(re.search(r"%s time \(seconds\): ([0-9.]+)" % k, report).group(1))
              for k in ("User", "System"))
    return seconds, cpu, rss, p.stdout


def first_megabytes(corpus, out_path, megabytes):
    """Copies whole lines of `corpus` to `out_path` up to `megabytes`; returns (docs, bytes)."""
    limit = int(megabytes * 1_000_000)
    docs = written = 0
    with open(corpus, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            if written >= limit:
                break
            out.write(line)
            written += len(line.encode("utf-8"))
            docs += 1
    return docs, written


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--newsgraph", help="the newsgraph binary to time")
    ap.add_argument("--make-corpus", metavar="OUT", help="only write the corpus to OUT")
    ap.add_argument("--corpus", help="use this corpus instead of building one")
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    ap.add_argument("--sentences", default=DEFAULT_SENTENCES)
    ap.add_argument("--per-article", type=int, default=15)
    ap.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    ap.add_argument("--format", default="jsonld", help="extract --format (default jsonld)")
    ap.add_argument("--peer", action="store_true", help="also time bench/peer (compromise)")
    ap.add_argument("--peer-mb", type=float, default=1.0,
                    help="MB of the corpus given to the peer (default 1; it is slow)")
    ap.add_argument("--workdir", help="keep corpus and outputs here (default: a temp dir)")
    a = ap.parse_args()

    if a.make_corpus:
        docs, size = make_corpus(a.make_corpus, a.mb, a.sentences, a.per_article)
        print(f"{a.make_corpus}: {docs} documents, {size / 1e6:.1f} MB")
        return
    if not a.newsgraph:
        ap.error("--newsgraph is required (or --make-corpus)")

    work = a.workdir or tempfile.mkdtemp(prefix="ng-bench-")
    os.makedirs(work, exist_ok=True)
    corpus = a.corpus or os.path.join(work, "corpus.jsonl")
    if a.corpus:
        docs = sum(1 for _ in open(corpus, encoding="utf-8"))
        size = os.path.getsize(corpus)
    else:
        docs, size = make_corpus(corpus, a.mb, a.sentences, a.per_article)
    print(f"corpus: {corpus}: {docs} documents, {size / 1e6:.1f} MB "
          f"({a.per_article} GMB sentences per article)")
    # MB/s and docs/s are of wall time; "MB/CPU-s" (input MB per CPU second, user + system) is
    # the single-core speed that a machine shared with other work still measures fairly.
    print(f"{'program':<24} {'threads':>7} {'wall s':>7} {'MB/s':>7} {'docs/s':>8} "
          f"{'CPU s':>7} {'MB/CPU-s':>8} {'peak RSS MB':>11}")

    def row(name, threads, seconds, cpu, rss_kib, n_docs, n_bytes):
        print(f"{name:<24} {threads:>7} {seconds:>7.2f} {n_bytes / 1e6 / seconds:>7.2f} "
              f"{n_docs / seconds:>8.0f} {cpu:>7.2f} {n_bytes / 1e6 / cpu:>8.2f} "
              f"{rss_kib / 1024:>11.0f}", flush=True)

    for t in [int(x) for x in a.threads.split(",")]:
        out = os.path.join(work, f"out-t{t}")
        seconds, cpu, rss, _ = run_timed([a.newsgraph, "extract", "--quiet", "--threads", str(t),
                                          "--format", a.format, corpus, "-o", out])
        row("newsgraph extract", t, seconds, cpu, rss, docs, size)

    if a.peer:
        peer_corpus = os.path.join(work, "peer.jsonl")
        pdocs, psize = first_megabytes(corpus, peer_corpus, a.peer_mb)
        node = shutil.which("node") or sys.exit("run_corpus: node not found (apt install nodejs)")
        env = dict(os.environ)
        modules = os.environ.get("NG_PEER_MODULES", os.path.join(HERE, "peer", "node_modules"))
        env["NODE_PATH"] = modules
        seconds, cpu, rss, _ = run_timed(
            [node, os.path.join(HERE, "peer", "compromise_extract.js"), peer_corpus,
             os.path.join(work, "peer-out.jsonl")], env=env)
        row("compromise (node)", 1, seconds, cpu, rss, pdocs, psize)
        seconds, cpu, rss, _ = run_timed([a.newsgraph, "extract", "--quiet", "--threads", "1",
                                          "--format", a.format, peer_corpus, "-o",
                                          os.path.join(work, "out-peer")])
        row("newsgraph, same texts", 1, seconds, cpu, rss, pdocs, psize)


if __name__ == "__main__":
    main()
