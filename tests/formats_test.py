"""The corpus-scale formats in the clients people load graphs into, offline.

`newsgraph extract --format jsonld,dot,nquads,graphml` runs over the test corpus (the sample
article and 40 documents of GMB text, tests/data/corpus/). Then:
- NetworkX reads graph.graphml: one node per JSON-LD entity with its id, type, name and leader,
  one edge per entity-to-entity relation with its predicate and weight;
- rdflib reads graph.nq as a Dataset: the default graph describes the entities, there is one named
  graph per article, and each relation is in the graph of every article its evidence names;
- the DOT filters (--top, --ego/--depth) keep exactly the entities the JSON-LD says they should,
  draw edges with a penwidth by weight, and the filtered DOT still renders.

Run: /usr/bin/python3 tests/formats_test.py NEWSGRAPH_BINARY SOURCE_DIR
"""

import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

if len(sys.argv) < 3:
    sys.exit("usage: formats_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]")
BIN = sys.argv.pop(1)
SRC = sys.argv.pop(1)

import networkx  # noqa: E402
import rdflib  # noqa: E402

NG = "https://w3id.org/newsgraph/vocab#"
ID = "https://w3id.org/newsgraph/id/"
SCHEMA = "http://schema.org/"
RDF_TYPE = rdflib.RDF.type
DEFAULT = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
CORPUS = os.path.join(SRC, "tests", "data", "corpus", "gmb_dev_400.jsonl")
ARTICLE = os.path.join(SRC, "tests", "data", "seed", "trt-armenia-azerbaijan-2023.txt")
TYPES = {"Person", "Country", "Place", "Organization", "Event"}


def run_extract(out, *args):
    run = subprocess.run([BIN, "extract", "-q", "--threads", "2", "-o", out, *args, ARTICLE,
                          CORPUS], capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        raise AssertionError("newsgraph extract failed (%d): %s" % (run.returncode, run.stderr))
    return run


def key(node):
    return node["ng:key"]


class Formats(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="newsgraph-formats-test-")
        cls.addClassCleanup(cls.tmp.cleanup)
        cls.out = os.path.join(cls.tmp.name, "all")
        run_extract(cls.out, "--format", "jsonld,dot,nquads,graphml")
        with open(os.path.join(cls.out, "graph.jsonld"), encoding="utf-8") as f:
            graph = json.load(f)["@graph"]
        cls.articles = {key(n): n for n in graph if "NewsArticle" in n["@type"]}
        cls.entities = {key(n): n for n in graph if n["@type"][0] in TYPES}
        cls.statements = [n for n in graph if n["@type"] == ["rdf:Statement"]]

    def entity_relations(self):
        """(subject, predicate term, object, weight) of every entity-to-entity statement."""
        out = []
        for s in self.statements:
            obj = s["rdf:object"]
            if isinstance(obj, dict) and "@id" in obj and obj["@id"].startswith(ID):
                subject = s["rdf:subject"]["@id"][len(ID):]
                target = obj["@id"][len(ID):]
                if subject in self.entities and target in self.entities:
                    term = s["rdf:predicate"]["@id"]
                    term = "ng:" + term[len(NG):] if term.startswith(NG) else term[len(SCHEMA):]
                    out.append((subject, term, target, s["ng:weight"]))
        return sorted(out)

    def test_corpus_gives_a_real_graph(self):
        self.assertEqual(41, len(self.articles))
        self.assertGreater(len(self.entities), 50)
        self.assertGreater(len(self.entity_relations()), 5)

    # GraphML in NetworkX

    def test_networkx_reads_every_entity_with_its_attributes(self):
        g = networkx.read_graphml(os.path.join(self.out, "graph.graphml"))
        self.assertIsInstance(g, networkx.MultiDiGraph)
        nodes = {data["id"]: data for _, data in g.nodes(data=True)}
        self.assertEqual(sorted(self.entities), sorted(nodes))
        for entity_id, node in self.entities.items():
            data = nodes[entity_id]
            self.assertEqual(node["@type"][0], data["type"])
            self.assertEqual(node["name"], data["name"])
            self.assertIs("ng:Leader" in node["@type"], data["leader"])

    def test_networkx_reads_every_relation_with_predicate_and_weight(self):
        g = networkx.read_graphml(os.path.join(self.out, "graph.graphml"))
        ids = {n: data["id"] for n, data in g.nodes(data=True)}
        edges = sorted((ids[u], d["predicate"], ids[v], d["weight"])
                       for u, v, d in g.edges(data=True))
        self.assertEqual(self.entity_relations(), edges)
        self.assertTrue(all(isinstance(e[3], int) for e in edges))

    # N-Quads in rdflib

    def dataset(self):
        ds = rdflib.Dataset()
        # Without publicID, rdflib files default-graph quads under the file's URI.
        ds.parse(os.path.join(self.out, "graph.nq"), format="nquads", publicID=DEFAULT)
        return ds

    def test_rdflib_finds_one_named_graph_per_article(self):
        ds = self.dataset()
        names = {str(c.identifier) for c in ds.contexts()
                 if c.identifier != DEFAULT and len(c) > 0}
        expected = {ID + "article/" + re.sub(r"[^A-Za-z0-9\-_~/]",
                                             lambda m: "".join("%%%02X" % b for b in
                                                               m.group().encode()), a)
                    for a in self.articles}
        self.assertEqual(expected, names)
        for a in self.articles.values():
            g = ds.graph(rdflib.URIRef(a["@id"]))
            self.assertIn((rdflib.URIRef(a["@id"]), RDF_TYPE, rdflib.URIRef(SCHEMA + "NewsArticle")),
                          g)

    def test_default_graph_describes_every_entity(self):
        default = self.dataset().default_context
        typed = {str(s)[len(ID):] for s, _, o in default.triples((None, RDF_TYPE, None))
                 if str(o)[len(SCHEMA):] in TYPES}
        self.assertEqual(set(self.entities), typed)
        for entity_id, node in self.entities.items():
            names = list(default.objects(rdflib.URIRef(node["@id"]),
                                         rdflib.URIRef(SCHEMA + "name")))
            self.assertEqual([rdflib.Literal(node["name"])], names)

    def test_each_relation_is_in_the_graph_of_every_article_its_evidence_names(self):
        ds = self.dataset()
        checked = 0
        for s in self.statements:
            obj = s["rdf:object"]
            if not (isinstance(obj, dict) and "@id" in obj):
                continue
            triple = (rdflib.URIRef(s["rdf:subject"]["@id"]),
                      rdflib.URIRef(s["rdf:predicate"]["@id"]), rdflib.URIRef(obj["@id"]))
            docs = {e["ng:document"]["@id"] for e in s.get("ng:evidence", [])}
            # rdflib 6 lists the default graph among any triple's contexts; ask it directly.
            holders = {str(c.identifier) for c in ds.contexts(triple) if c.identifier != DEFAULT}
            self.assertEqual(docs, holders, triple)
            self.assertEqual(not docs, triple in ds.default_context, triple)
            checked += 1
        self.assertGreater(checked, 5)

    def test_nquads_are_deterministic_across_thread_counts(self):
        out1 = os.path.join(self.tmp.name, "one-thread")
        subprocess.run([BIN, "extract", "-q", "--threads", "1", "--format", "nquads,graphml",
                        "-o", out1, ARTICLE, CORPUS], check=True, timeout=600)
        for name in ("graph.nq", "graph.graphml"):
            with open(os.path.join(out1, name), "rb") as a, \
                    open(os.path.join(self.out, name), "rb") as b:
                self.assertEqual(a.read(), b.read(), name)

    # DOT filters

    def dot_nodes(self, path):
        """Entity node ids (legend left out) and edge penwidths of a DOT file, as `dot` sees it."""
        run = subprocess.run(["dot", "-Tjson0", path], capture_output=True, text=True, check=True)
        g = json.loads(run.stdout)
        nodes = {o["name"] for o in g.get("objects", []) if "nodes" not in o
                 and not o["name"].startswith("legend:")}
        widths = [float(e["penwidth"]) for e in g.get("edges", [])]
        return nodes, widths

    def test_top_keeps_the_n_most_central(self):
        out = os.path.join(self.tmp.name, "top")
        run_extract(out, "--top", "10")
        nodes, widths = self.dot_nodes(os.path.join(out, "graph.dot"))
        self.assertEqual(10, len(nodes))
        self.assertTrue(nodes <= set(self.entities))
        self.assertTrue(all(1.0 <= w <= 8.0 for w in widths))
        # The JSON-LD stays complete.
        with open(os.path.join(out, "graph.jsonld"), encoding="utf-8") as f:
            self.assertEqual(len(self.entities),
                             sum(1 for n in json.load(f)["@graph"] if n["@type"][0] in TYPES))

    def test_ego_keeps_the_neighbourhood(self):
        # The entity with the most entity-to-entity relations, and its neighbours by the JSON-LD.
        degree = {}
        for s, _, o, _ in self.entity_relations():
            degree.setdefault(s, set()).add(o)
            degree.setdefault(o, set()).add(s)
        center = min(degree, key=lambda e: (-len(degree[e]), e))
        out = os.path.join(self.tmp.name, "ego")
        run_extract(out, "--ego", center, "--depth", "1")
        nodes, widths = self.dot_nodes(os.path.join(out, "graph.dot"))
        self.assertEqual(degree[center] | {center}, nodes)
        expected = [round(min(8.0, 1 + math.log2(max(w, 1))), 1)
                    for s, _, o, w in self.entity_relations() if s in nodes and o in nodes]
        self.assertEqual(sorted(expected), sorted(widths))

    def test_ego_naming_nothing_fails_and_says_so(self):
        out = os.path.join(self.tmp.name, "nobody")
        run = subprocess.run([BIN, "extract", "-q", "--ego", "Zzyzx Nobody", "-o", out, ARTICLE],
                             capture_output=True, text=True, timeout=600)
        self.assertEqual(1, run.returncode)
        self.assertIn("--ego 'Zzyzx Nobody' names no entity", run.stderr)
        self.assertTrue(os.path.exists(os.path.join(out, "graph.jsonld")))
        self.assertFalse(os.path.exists(os.path.join(out, "graph.dot")))

    def test_bad_filter_arguments_are_usage_errors(self):
        for args, says in [(["--top", "0"], "--top expects a whole number >= 1"),
                           (["--depth", "2"], "--depth needs --ego"),
                           (["--format", "jsonld", "--top", "5"], "add dot to --format"),
                           (["--format", "turtle"], "unknown format 'turtle'")]:
            run = subprocess.run([BIN, "extract", *args, ARTICLE], capture_output=True,
                                 text=True, timeout=60)
            self.assertEqual(2, run.returncode, args)
            self.assertIn(says, run.stderr, args)

    @unittest.skipUnless(shutil.which("sfdp"), "sfdp not installed")
    def test_makefile_large_renders_with_sfdp(self):
        out = os.path.join(self.tmp.name, "viz")
        run_extract(out, "--top", "20", "--format", "dot")
        run = subprocess.run(["make", "-s", "-f", os.path.join(SRC, "Makefile.viz"), "large",
                              "OUTPUT=" + out], capture_output=True, text=True, timeout=600)
        self.assertEqual(0, run.returncode, run.stderr)
        with open(os.path.join(out, "graph.large.png"), "rb") as f:
            self.assertEqual(b"\x89PNG", f.read(4))


if __name__ == "__main__":
    unittest.main()
