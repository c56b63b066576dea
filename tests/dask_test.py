"""Distributed extraction on Dask equals the single-process run, byte for byte.

tools/dask_extract.py splits the test corpus (tests/data/corpus/gmb_dev_400.jsonl, 40 documents)
into shards, runs `newsgraph extract --shard` on each in a Dask LocalCluster of worker processes
and combines the shard graphs with `newsgraph merge`. Its graph.jsonld must equal the one of a
single `newsgraph extract` over the same file. Skipped, saying why, when Dask distributed (Debian
package python3-distributed) is not installed.

Run: /usr/bin/python3 tests/dask_test.py NEWSGRAPH_BINARY SOURCE_DIR
"""

import importlib.util
import os
import subprocess
import sys
import tempfile
import unittest

if len(sys.argv) < 3:
    sys.exit("usage: dask_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]")
BIN = sys.argv.pop(1)
SRC = sys.argv.pop(1)

CORPUS = os.path.join(SRC, "tests", "data", "corpus", "gmb_dev_400.jsonl")
TOOL = os.path.join(SRC, "tools", "dask_extract.py")
HAVE_DASK = importlib.util.find_spec("distributed") is not None


def read(path):
    with open(path, "rb") as f:
        return f.read()


@unittest.skipUnless(HAVE_DASK, "Dask distributed is not installed "
                     "(apt-get install python3-distributed); the Dask test did not run")
class DaskExtract(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.exists(CORPUS):
            raise AssertionError("test corpus missing: " + CORPUS)
        cls.tmp = tempfile.TemporaryDirectory(prefix="newsgraph-dask-test-")
        cls.addClassCleanup(cls.tmp.cleanup)
        out = os.path.join(cls.tmp.name, "single")
        run = subprocess.run([BIN, "extract", "-q", "--format", "jsonld", "--threads", "1",
                              "-o", out, CORPUS], capture_output=True, text=True, timeout=600)
        if run.returncode != 0:
            raise AssertionError("single-process extract failed: " + run.stderr)
        cls.reference = read(os.path.join(out, "graph.jsonld"))

    def dask_run(self, name, workers, shards, *extra):
        out = os.path.join(self.tmp.name, name)
        run = subprocess.run([sys.executable, TOOL, "--newsgraph", BIN, "--workers", str(workers),
                              "--shards", str(shards), "-o", out, *extra, CORPUS],
                             capture_output=True, text=True, timeout=600)
        self.assertEqual(run.returncode, 0, run.stderr)
        return out

    def test_two_workers_five_shards_equal_single_process(self):
        out = self.dask_run("w2s5", 2, 5, "--dot")
        self.assertEqual(read(os.path.join(out, "graph.jsonld")), self.reference)
        self.assertTrue(read(os.path.join(out, "graph.dot")).startswith(b"digraph"))
        self.assertEqual(len(os.listdir(os.path.join(out, "shards"))), 10)  # 5 JSONL + 5 dirs

    def test_more_shards_than_documents_equal_single_process(self):
        out = self.dask_run("w2s45", 2, 45)  # 40 documents: 5 shards stay empty
        self.assertEqual(read(os.path.join(out, "graph.jsonld")), self.reference)

    def test_missing_binary_is_a_usage_error(self):
        run = subprocess.run([sys.executable, TOOL, "--newsgraph", "/nonexistent/newsgraph",
                              "-o", os.path.join(self.tmp.name, "bad"), CORPUS],
                             capture_output=True, text=True, timeout=60)
        self.assertEqual(run.returncode, 2)
        self.assertIn("is not an executable file", run.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
