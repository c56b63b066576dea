"""Regression test on news written for testing (tests/data/news, see its README).

One `extract` over the folder; the merged graph must hold every `want` fact of expected.tsv
and no `not` fact, and every mention written as given in each named file (at least one) must
name the given entity. Each `not` fact and each mention is an error that was fixed: this keeps
it fixed.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import unittest

BINARY = sys.argv.pop(1)
SOURCE = sys.argv.pop(1)
NEWS = os.path.join(SOURCE, "tests", "data", "news")
ID_PREFIX = "https://w3id.org/newsgraph/id/"


def read_expected():
    rows = []
    with open(os.path.join(NEWS, "expected.tsv"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                raise ValueError(f"expected.tsv:{number}: 4 tab-separated fields, got {fields}")
            rows.append((number, *fields))
    return rows


def slug(name):
    """The last part of the id of an entity so named: "He Lifeng" -> "he-lifeng"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain))


def facts_of(graph):
    """Returns the graph's facts as (subject name, predicate, object name or 'literal')."""
    nodes = {n["@id"]: n for n in graph["@graph"] if "@id" in n}
    skip = {"@id", "@type", "name", "alternateName", "identifier", "sameAs", "url", "headline",
            "datePublished", "mentions", "description"}
    facts = set()
    for node in graph["@graph"]:
        if "name" not in node:
            continue
        for key, value in node.items():
            if key in skip or key.startswith("ng:") and key in {"ng:key", "ng:mentionCount",
                                                                 "ng:evidence", "ng:trigger"}:
                continue
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, dict) and "@id" in v:
                    target = nodes.get(v["@id"])
                    facts.add((node["name"], key, target.get("name") if target else v["@id"]))
                elif isinstance(v, str):
                    facts.add((node["name"], key, f"'{v}'"))
    return facts


class NewsRegressionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        run = subprocess.run([BINARY, "extract", NEWS, "-o", cls.tmp.name, "-q", "--format",
                              "jsonld,mentions"], capture_output=True, text=True)
        if run.returncode != 0:
            raise AssertionError(run.stderr)
        with open(os.path.join(cls.tmp.name, "graph.jsonld"), encoding="utf-8") as f:
            cls.facts = facts_of(json.load(f))
        cls.mentions = {}
        with open(os.path.join(cls.tmp.name, "mentions.jsonl"), encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                cls.mentions[os.path.basename(doc["id"])] = doc["mentions"]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_document_was_read(self):
        articles = [n for n in os.listdir(NEWS) if n.endswith((".txt", ".html"))]
        with open(os.path.join(NEWS, "q.jsonl"), encoding="utf-8") as f:
            articles += [json.loads(line)["id"] for line in f]
        self.assertEqual(sorted(self.mentions), sorted(articles))

    def test_expected(self):
        rows = read_expected()
        self.assertGreater(len(rows), 40)
        for number, kind, a, b, c in rows:
            with self.subTest(line=number):
                if kind == "want":
                    self.assertTrue((a, b, c) in self.facts, f"missing: {a} {b} {c}")
                elif kind == "not":
                    self.assertFalse((a, b, c) in self.facts, f"wrong fact: {a} {b} {c}")
                elif kind == "mention":
                    # Every mention so written, not just one: the fixed one may be any of them.
                    # A person's written span may take the title before the name ("Vice
                    # Premier He Lifeng", where the tagger reads it so) if the entity is still
                    # named exactly so (not "Flavio Bolsonaro" for "Bolsonaro").
                    named = {m["entity"].removeprefix(ID_PREFIX)
                             for m in self.mentions.get(a, [])
                             if m["text"] == b or (m["text"].endswith(" " + b) and
                                                   m["entity"].endswith("/" + slug(b)))}
                    self.assertEqual(named, {c}, f"{a}: mentions written {b!r} name {named}")
                else:
                    self.fail(f"expected.tsv:{number}: unknown kind {kind!r}")


if __name__ == "__main__":
    unittest.main()
