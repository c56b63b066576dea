"""Determinism of the whole program as properties over one corpus (tests/data/corpus/).

The corpus: the sample article and 40 documents of GMB text (10 sentences each). The graph of one
`newsgraph extract` run over all of it is the reference; then, byte for byte:
- random splits into shards (several seeds), each shard extracted on its own (extract --shard:
  surnames are resolved only in the final merge) and the shards' graph.jsonld files combined by
  `newsgraph merge`, give the reference;
- merging in any order of the shard files, and merging merged halves (merge --shard), give the
  reference; so does the regression case of a surname one shard would resolve too early;
- --threads 1, 2 and 3 give the reference; so they do over a corpus of many batches (the workers
  extract one batch while the documents before are merged);
- the documents in a shuffled order give the reference.

Run: /usr/bin/python3 tests/shard_merge_test.py NEWSGRAPH_BINARY SOURCE_DIR
"""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unittest

if len(sys.argv) < 3:
    sys.exit("usage: shard_merge_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]")
BIN = sys.argv.pop(1)
SRC = sys.argv.pop(1)

CORPUS = os.path.join(SRC, "tests", "data", "corpus", "gmb_dev_400.jsonl")
ARTICLE = os.path.join(SRC, "tests", "data", "seed", "trt-armenia-azerbaijan-2023.txt")
SEEDS = (1, 2, 3, 4)


def extract(tmp, name, lines, article, threads=2, article_last=False, shard=False):
    """Extracts JSONL `lines` (and `article`, a path, if given) into TMP/name; returns its
    graph.jsonld."""
    inputs = []
    if lines:
        path = os.path.join(tmp, name + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(lines)
        inputs.append(path)
    if article:
        inputs.insert(len(inputs) if article_last else 0, article)
    out = os.path.join(tmp, name)
    run = subprocess.run([BIN, "extract", "-q", "--format", "jsonld", "--threads", str(threads),
                          *(["--shard"] if shard else []), "-o", out, *inputs],
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        raise AssertionError("extract %s failed (%d): %s" % (name, run.returncode, run.stderr))
    return os.path.join(out, "graph.jsonld")


class ShardMerge(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="newsgraph-shard-test-")
        cls.addClassCleanup(cls.tmp.cleanup)
        # A plain-text article's id is its path as given, so every run names it the same way.
        cls.article = os.path.join(cls.tmp.name, "trt-armenia-azerbaijan-2023.txt")
        shutil.copyfile(ARTICLE, cls.article)
        with open(CORPUS, encoding="utf-8") as f:
            cls.lines = [line for line in f if line.strip()]
        cls.reference = extract(cls.tmp.name, "reference", cls.lines, cls.article, threads=1)

    def extract(self, name, lines, with_article, threads=2, article_last=False, shard=False):
        return extract(self.tmp.name, name, lines, self.article if with_article else None,
                       threads, article_last, shard)

    def merge(self, name, inputs, shard=False):
        out = os.path.join(self.tmp.name, name + ".jsonld")
        run = subprocess.run([BIN, "merge", *(["--shard"] if shard else []), "-o", out, *inputs],
                             capture_output=True, text=True, timeout=600)
        self.assertEqual(0, run.returncode, run.stderr)
        return out

    def assertSameFile(self, expected, actual, what):
        with open(expected, "rb") as a, open(actual, "rb") as b:
            want, got = a.read(), b.read()
        if want != got:
            diff = subprocess.run(["diff", expected, actual], capture_output=True, text=True)
            self.fail("%s differs from one run over the corpus:\n%s" % (what, diff.stdout[:3000]))

    def test_corpus_is_all_there(self):
        self.assertEqual(40, len(self.lines))
        with open(self.reference, encoding="utf-8") as f:
            self.assertEqual(41, f.read().count('"NewsArticle"'))

    def test_random_shards_merge_into_the_single_run(self):
        for seed in SEEDS:
            with self.subTest(seed=seed):
                rng = random.Random(seed)
                shards = rng.randint(2, 5)
                parts = [[] for _ in range(shards)]
                for line in self.lines:
                    parts[rng.randrange(shards)].append(line)
                article_shard = rng.randrange(shards)
                files = [self.extract("seed%d-shard%d" % (seed, i), part, i == article_shard,
                                      shard=True)
                         for i, part in enumerate(parts) if part or i == article_shard]
                rng.shuffle(files)
                self.assertSameFile(self.reference, self.merge("seed%d" % seed, files),
                                    "merge of %d shards, seed %d" % (len(files), seed))
                if len(files) >= 2:
                    half = len(files) // 2
                    left = self.merge("seed%d-left" % seed, files[:half], shard=True)
                    right = self.merge("seed%d-right" % seed, files[half:], shard=True)
                    self.assertSameFile(self.reference,
                                        self.merge("seed%d-halves" % seed, [right, left]),
                                        "merge of merged halves, seed %d" % seed)

    def test_one_document_per_shard(self):
        files = [self.extract("doc%02d" % i, [line], False, shard=True)
                 for i, line in enumerate(self.lines)]
        files.append(self.extract("doc-article", [], True, shard=True))
        self.assertSameFile(self.reference, self.merge("per-document", files),
                            "merge of 41 one-document graphs")

    def test_regression_surname_resolved_in_one_shard_and_ambiguous_in_all(self):
        # "Putin" alone, "Vladimir Putin" in the same shard, "Igor Putin" in another: over the
        # whole corpus "Putin" is ambiguous and stays apart, so no shard may resolve it early.
        a = ['{"id": "a", "text": "President Putin said on Monday that Russia will hold talks '
             'with Ukraine in Moscow."}\n',
             '{"id": "b", "text": "Russian President Vladimir Putin met German Chancellor Olaf '
             'Scholz in Berlin on Tuesday."}\n']
        c = ['{"id": "c", "text": "Russian businessman Igor Putin said the company will open a '
             'factory in Moscow."}\n']
        whole = self.extract("putin-all", a + c, False)
        with open(whole, encoding="utf-8") as f:
            self.assertIn('"ng:key": "person/putin"', f.read())
        shards = [self.extract("putin-ab", a, False, shard=True),
                  self.extract("putin-c", c, False, shard=True)]
        self.assertSameFile(whole, self.merge("putin-merged", shards), "merge of Putin shards")

    def test_merge_of_the_reference_alone_is_the_reference(self):
        self.assertSameFile(self.reference, self.merge("idempotent", [self.reference]),
                            "merge of the reference alone")

    def test_thread_counts_give_the_same_graph(self):
        for threads in (2, 3):
            with self.subTest(threads=threads):
                self.assertSameFile(self.reference,
                                    self.extract("threads%d" % threads, self.lines, True, threads),
                                    "--threads %d" % threads)

    def test_thread_counts_give_the_same_graph_over_many_batches(self):
        # Five copies of the corpus under new ids: 205 documents, batches of 64 per thread.
        lines = []
        for copy in range(5):
            for line in self.lines:
                record = json.loads(line)
                record["id"] = "copy%d-%s" % (copy, record["id"])
                lines.append(json.dumps(record) + "\n")
        one = self.extract("batches1", lines, True, 1)
        for threads in (2, 3):
            with self.subTest(threads=threads):
                self.assertSameFile(one, self.extract("batches%d" % threads, lines, True, threads),
                                    "--threads %d over many batches" % threads)

    def test_shuffled_input_order_gives_the_same_graph(self):
        for seed in SEEDS[:2]:
            with self.subTest(seed=seed):
                lines = list(self.lines)
                random.Random(seed).shuffle(lines)
                self.assertSameFile(self.reference,
                                    self.extract("shuffled%d" % seed, lines, True,
                                                 article_last=True),
                                    "shuffled input, seed %d" % seed)


if __name__ == "__main__":
    unittest.main()
