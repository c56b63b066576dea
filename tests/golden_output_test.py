"""Golden end-to-end test: the committed showcase in output/ is exactly what a fresh run writes.

`extract` on the bundled sample article must reproduce output/graph.jsonld and output/graph.dot
byte for byte, compared with the committed files (./bootstrap.sh rewrites the working copy).
After a reviewed change to extraction, update them with ./bootstrap.sh and commit the diff.
"""
import difflib
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = sys.argv.pop(1)
SOURCE = sys.argv.pop(1)
ARTICLE = "examples/trt-armenia-azerbaijan-2023.txt"


def committed(name):
    """Returns output/NAME as committed (./bootstrap.sh rewrites the working copy), or as on
    disk when the source is no git checkout."""
    show = subprocess.run(["git", "-C", SOURCE, "show", "HEAD:output/" + name],
                          capture_output=True)
    if show.returncode == 0:
        return show.stdout.decode("utf-8")
    with open(os.path.join(SOURCE, "output", name), encoding="utf-8") as f:
        return f.read()


class GoldenOutputTest(unittest.TestCase):
    def test_showcase_matches_fresh_run(self):
        with tempfile.TemporaryDirectory() as tmp:
            run = subprocess.run([BINARY, "extract", ARTICLE, "-o", tmp, "-q"], cwd=SOURCE,
                                 capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            for name in ("graph.jsonld", "graph.dot"):
                want = committed(name)
                with open(os.path.join(tmp, name), encoding="utf-8") as f:
                    got = f.read()
                if want != got:
                    diff = "".join(difflib.unified_diff(
                        want.splitlines(True), got.splitlines(True),
                        "output/" + name, "fresh run", n=2))
                    self.fail(f"output/{name} differs from a fresh run; review the diff and run "
                              f"./bootstrap.sh to update it:\n{diff[:6000]}")


if __name__ == "__main__":
    unittest.main()
