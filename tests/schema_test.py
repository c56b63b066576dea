"""Property tests of newsgraph's output in real clients, offline.

The JSON-LD loads in rdflib and expands in pyld, matches schema/output.schema.json and carries the
context of schema/context.jsonld; every ng: term it uses is defined in schema/vocab.ttl; the DOT
parses and renders every hostile label as its own text. The committed fixtures (written by the C++
tests from hand-built graphs) are checked always; the output of `newsgraph extract` on the sample
article is checked once that command exists.

Run: /usr/bin/python3 tests/schema_test.py NEWSGRAPH_BINARY SOURCE_DIR
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

if len(sys.argv) < 3:
    sys.exit("usage: schema_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]")
BIN = sys.argv.pop(1)
SRC = sys.argv.pop(1)

import jsonschema  # noqa: E402
import rdflib  # noqa: E402
from pyld import jsonld  # noqa: E402

NG = "https://w3id.org/newsgraph/vocab#"
ID = "https://w3id.org/newsgraph/id/"
SCHEMA = "http://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
EXPORT_DATA = os.path.join(SRC, "tests", "data", "export")


def _refuse_network(*args, **kwargs):
    raise AssertionError("network access attempted: %r" % (args,))


# Nothing here may fetch a remote context or vocabulary.
socket.socket.connect = _refuse_network
socket.create_connection = _refuse_network


def _refusing_loader(url, options=None):
    raise jsonld.JsonLdError("remote document refused: " + url, "loading document failed",
                             {"url": url}, code="loading document failed")


def _load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _schema_validator():
    schema = _load_json(os.path.join(SRC, "schema", "output.schema.json"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


class JsonLdChecks:
    """Checks any graph.jsonld must pass; subclasses set self.path."""

    def doc(self):
        return _load_json(self.path)

    def graph(self):
        g = rdflib.Graph()
        g.parse(self.path, format="json-ld")
        return g

    def test_rdflib_loads_it(self):
        self.assertGreater(len(self.graph()), 0)

    def test_pyld_expands_it_offline(self):
        expanded = jsonld.expand(self.doc(), {"documentLoader": _refusing_loader})
        self.assertIsInstance(expanded, list)
        self.assertGreater(len(expanded), 0)
        for node in expanded:
            for key in node:
                self.assertTrue(key.startswith("@") or key.startswith("http"), key)

    def test_pyld_and_rdflib_agree(self):
        nquads = jsonld.to_rdf(self.doc(), {"format": "application/n-quads",
                                            "documentLoader": _refusing_loader})
        from_pyld = rdflib.Graph()
        from_pyld.parse(data=nquads, format="nquads")
        from rdflib.compare import isomorphic
        self.assertTrue(isomorphic(from_pyld, self.graph()))

    def test_matches_the_json_schema(self):
        errors = sorted(_schema_validator().iter_errors(self.doc()), key=lambda e: list(e.path))
        self.assertEqual([], ["%s: %s" % (list(e.path), e.message[:200]) for e in errors])

    def test_context_equals_schema_context(self):
        context = _load_json(os.path.join(SRC, "schema", "context.jsonld"))["@context"]
        self.assertEqual(context, self.doc()["@context"])

    def test_vocab_defines_every_ng_term(self):
        vocab = rdflib.Graph()
        vocab.parse(os.path.join(SRC, "schema", "vocab.ttl"), format="turtle")
        used = set()
        for _, p, o in self.graph():
            for term in (p, o):
                if isinstance(term, rdflib.URIRef) and str(term).startswith(NG):
                    used.add(term)
        self.assertTrue(used)
        for term in sorted(used):
            self.assertIsNotNone(vocab.value(term, rdflib.RDFS.label), term)
            self.assertIsNotNone(vocab.value(term, rdflib.RDFS.comment), term)


class SampleFixtureTest(JsonLdChecks, unittest.TestCase):
    """tests/data/export/sample.jsonld, written by JsonLdTest.MatchesTheCommittedFixture."""

    def setUp(self):
        self.path = os.path.join(EXPORT_DATA, "sample.jsonld")
        self.assertTrue(os.path.exists(self.path), "fixture missing: " + self.path)

    def test_has_the_leader_triple_and_its_provenance(self):
        g = self.graph()
        putin = rdflib.URIRef(ID + "person/vladimir-putin")
        russia = rdflib.URIRef(ID + "country/ru")
        leader_of = rdflib.URIRef(NG + "leaderOf")
        self.assertIn((putin, leader_of, russia), g)
        self.assertIn((putin, rdflib.RDF.type, rdflib.URIRef(NG + "Leader")), g)
        self.assertIn((putin, rdflib.RDF.type, rdflib.URIRef(SCHEMA + "Person")), g)
        self.assertIn((putin, rdflib.URIRef(SCHEMA + "sameAs"),
                       rdflib.URIRef("http://www.wikidata.org/entity/Q7747")), g)
        statements = list(g.subjects(rdflib.RDF.predicate, leader_of))
        statements = [s for s in statements if (s, rdflib.RDF.subject, putin) in g]
        self.assertEqual(1, len(statements))
        st = statements[0]
        self.assertEqual(russia, g.value(st, rdflib.RDF.object))
        self.assertEqual(rdflib.Literal(5), g.value(st, rdflib.URIRef(NG + "weight")))
        confidence = g.value(st, rdflib.URIRef(NG + "confidence"))
        self.assertEqual(rdflib.URIRef(XSD + "decimal"), confidence.datatype)
        self.assertEqual("0.9", str(confidence))
        evidence = sorted(g.objects(st, rdflib.URIRef(NG + "evidence")))
        self.assertEqual(2, len(evidence))
        rules = sorted(str(g.value(e, rdflib.URIRef(NG + "rule"))) for e in evidence)
        self.assertEqual(["appositive", "title-name"], rules)
        docs = sorted(str(d) for d in g.objects(st, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
        self.assertEqual([ID + "article/feeds/odd%20id%3F%231%2Etxt",
                          ID + "article/trt-armenia-azerbaijan-2023"], docs)

    def test_hostile_text_stays_a_value(self):
        g = self.graph()
        article = rdflib.URIRef(ID + "article/feeds/odd%20id%3F%231%2Etxt")
        headline = g.value(article, rdflib.URIRef(SCHEMA + "headline"))
        self.assertEqual('"}], "@context": null, "@id": "x" \\ \u202e\U0001F600', str(headline))
        dates = {str(o): o.datatype for o in g.objects(None, rdflib.URIRef(SCHEMA + "startDate"))}
        self.assertEqual({"2023-05-25": rdflib.URIRef(XSD + "date"),
                          "2020": rdflib.URIRef(XSD + "gYear")}, dates)

    def test_schema_rejects_broken_documents(self):
        validator = _schema_validator()
        good = self.doc()
        self.assertTrue(validator.is_valid(good))

        def broken(mutate):
            doc = json.loads(json.dumps(good))
            mutate(doc)
            return doc

        cases = {
            "no @graph": lambda d: d.pop("@graph"),
            "extra top-level key": lambda d: d.update({"@id": "x"}),
            "unknown node type": lambda d: d["@graph"][3].update({"@type": ["Wizard"]}),
            "negative mention count": lambda d: d["@graph"][3].update({"ng:mentionCount": -1}),
            "foreign IRI": lambda d: d["@graph"][3].update({"@id": "http://evil.example/x"}),
            "confidence as number": lambda d: d["@graph"][20].update({"ng:confidence": 0.9}),
            "unknown predicate": lambda d: d["@graph"][20].update(
                {"rdf:predicate": {"@id": "http://schema.org/knows"}}),
            "unknown key": lambda d: d["@graph"][0].update({"author": "x"}),
        }
        for name, mutate in cases.items():
            with self.subTest(name):
                self.assertFalse(validator.is_valid(broken(mutate)))


class HostileDotTest(unittest.TestCase):
    """tests/data/export/hostile.dot renders each label as the text hostile.json lists."""

    def test_dot_renders_labels_as_text(self):
        expected = _load_json(os.path.join(EXPORT_DATA, "hostile.json"))
        svg = subprocess.run(["dot", "-Tsvg", os.path.join(EXPORT_DATA, "hostile.dot")],
                             capture_output=True, check=True).stdout
        ns = {"svg": "http://www.w3.org/2000/svg"}
        drawn = {}
        for g in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}g"):
            if g.get("class") != "node":
                continue
            title = g.find("svg:title", ns).text
            # Graphviz draws runs of spaces as no-break spaces and skips empty lines.
            drawn[title] = [t.text.replace("\u00a0", " ") for t in g.findall("svg:text", ns)]
        for node_id, lines in expected.items():
            with self.subTest(node_id):
                self.assertEqual([line for line in lines if line], drawn.get(node_id))


class ExtractOutputTest(JsonLdChecks, unittest.TestCase):
    """The files `newsgraph extract` writes for the sample article."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="newsgraph-schema-test-")
        cls.addClassCleanup(cls.tmp.cleanup)
        article = os.path.join(SRC, "examples", "trt-armenia-azerbaijan-2023.txt")
        run = subprocess.run([BIN, "extract", article, "-o", cls.tmp.name],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0 and "not implemented" in run.stderr:
            raise unittest.SkipTest("`newsgraph extract` is not implemented yet: " +
                                    run.stderr.strip())
        if run.returncode != 0:
            raise AssertionError("newsgraph extract failed (%d): %s" %
                                 (run.returncode, run.stderr))
        cls.path = os.path.join(cls.tmp.name, "graph.jsonld")
        cls.dot = os.path.join(cls.tmp.name, "graph.dot")

    def test_dot_parses(self):
        run = subprocess.run(["dot", "-Tsvg", self.dot], capture_output=True, text=True)
        self.assertEqual(0, run.returncode, run.stderr)
        self.assertEqual("", run.stderr)
        self.assertIn("<svg", run.stdout)

    def test_has_a_leader_of_triple(self):
        triples = list(self.graph().triples((None, rdflib.URIRef(NG + "leaderOf"), None)))
        self.assertTrue(triples)


if __name__ == "__main__":
    unittest.main()
