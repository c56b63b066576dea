"""Hostile input through the newsgraph binary: every bad input is named on stderr (file, and line
for JSON Lines), skipped, and the run goes on with exit status 1; failed writes leave no
truncated or half-replaced graph; text never becomes DOT or JSON-LD syntax; the caps warn.
docs/hostile-input.md lists each case and the test that backs it.

The large cases (a 100 MB article, a 50 MB line, 1 million tiny documents) run only when
NEWSGRAPH_SLOW=1 or when the class SlowInputTest is named on the command line.

Run: /usr/bin/python3 tests/hostile_cli_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]
"""

import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

if len(sys.argv) < 3:
    sys.exit("usage: hostile_cli_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]")
BIN = os.path.abspath(sys.argv.pop(1))
SRC = os.path.abspath(sys.argv.pop(1))
SLOW = os.environ.get("NEWSGRAPH_SLOW") == "1" or any("SlowInputTest" in a for a in sys.argv[1:])

ID = "https://w3id.org/newsgraph/id/"
FFFD = "\ufffd"
# Attributes with which a DOT file makes Graphviz read other files.
FILE_ATTRIBUTES = {"image", "shapefile", "fontpath", "imagepath", "fontnames", "stylesheet"}


def run(args, cwd, **kwargs):
    """Runs newsgraph with `args` in `cwd`; returns (exit status, stdout, stderr)."""
    p = subprocess.run([BIN] + args, cwd=cwd, capture_output=True, **kwargs)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def write(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def diagnostics(stderr):
    """Returns the per-input lines of stderr (without the summary lines)."""
    out = []
    for line in stderr.splitlines():
        line = line.removeprefix("newsgraph extract: ")
        if re.search(r"(^|: )(warning|error): ", line):
            out.append(line)
    return out


class Case(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="ng-hostile-cli-")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.dir, name)

    def extract(self, *args, **kwargs):
        return run(["extract", "--no-tagger", "--threads", "2"] + list(args), self.dir, **kwargs)


class BadInputTest(Case):
    def test_each_bad_input_is_named_skipped_and_the_rest_extracted(self):
        write(self.path("bad.txt"),
              b"\xef\xbb\xbfHeadline\r\nPresident Joe Biden\xff met \x00 Xi Jinping.\r\n")
        write(self.path("empty.txt"), b"")
        write(self.path("binary.txt"), b"\x00" * 64 + b"\x7fELF")
        write(self.path("file"), "a regular file")
        write(self.path("news.jsonl"), "\n".join([
            '{"id": "a", "text": "German Chancellor Olaf Scholz visited Paris."}',
            '{"id": "a", "text": "duplicate id"}',
            '{"id": "t", "text": "trunc',
            '{"id": "n", "text": 5}',
            '{"id": "m"}',
            '["not", "an", "object"]',
            '{"id": "b", "text": "Emmanuel Macron met Rishi Sunak in London."}',
        ]) + "\n")
        code, _, err = self.extract("bad.txt", "empty.txt", "binary.txt", "missing.txt",
                                    "file/under.txt", "/proc/self/mem", "news.jsonl",
                                    "-o", "out", "--format", "jsonld,mentions")
        self.assertEqual(code, 1, err)
        self.assertEqual(diagnostics(err), [
            "bad.txt: warning: replaced 2 invalid UTF-8 sequences with U+FFFD",
            "empty.txt: warning: empty file",
            "binary.txt: error: binary file (64 NUL bytes in the first 68 bytes); skipped",
            "missing.txt: error: cannot open: No such file or directory",
            "file/under.txt: error: cannot open: Not a directory",
            "/proc/self/mem: error: cannot read: Input/output error",
            "news.jsonl:2: error: duplicate id \"a\"",
            "news.jsonl:3: error: not valid JSON (at byte 27)",
            "news.jsonl:4: error: \"text\" is not a string",
            "news.jsonl:5: error: missing \"text\"",
            "news.jsonl:6: error: not a JSON object",
        ])
        self.assertIn("newsgraph extract: skipped 5 records and 4 files; replaced 2 invalid bytes",
                      err)
        graph = read_json(self.path("out/graph.jsonld"))
        articles = sorted(n["ng:key"] for n in graph["@graph"] if n["@type"] == ["NewsArticle"])
        self.assertEqual(articles, ["a", "b", "bad.txt"])
        # Offsets are code points into the repaired text: the BOM is gone, each bad byte and
        # the NUL became one U+FFFD, which is not part of the name.
        text = "Headline\r\nPresident Joe Biden" + FFFD + " met " + FFFD + " Xi Jinping.\r\n"
        mentions = {r["id"]: r["mentions"] for r in read_lines(self.path("out/mentions.jsonl"))}
        got = [(m["text"], m["start"], m["end"], text[m["start"]:m["end"]])
               for m in mentions["bad.txt"]]
        self.assertEqual(got[0], ("Joe Biden", 20, 29, "Joe Biden"))
        for name, start, end, covered in got:
            self.assertEqual(name, covered)

    def test_only_empty_input_is_an_error(self):
        write(self.path("empty.txt"), b"")
        write(self.path("blank.jsonl"), b"\n \n")
        code, _, err = self.extract("empty.txt", "blank.jsonl", "-o", "out")
        self.assertEqual(code, 1)
        self.assertEqual(diagnostics(err), [
            "empty.txt: warning: empty file",
            "blank.jsonl: warning: no records",
            "error: no documents in the input",
        ])

    def test_right_to_left_combining_and_emoji_keep_offsets(self):
        text = ("\U0001F600\U0001F1F7\U0001F1FA \u05e9\u05dc\u05d5\u05dd \u202eCafe\u0301\u202c "
                "President Joe Biden met Emmanuel Macron in Paris.\n")
        write(self.path("u.txt"), text)
        code, _, err = self.extract("u.txt", "-o", "out", "--format", "mentions")
        self.assertEqual(code, 0, err)
        mentions = read_lines(self.path("out/mentions.jsonl"))[0]["mentions"]
        self.assertEqual([(m["text"], text[m["start"]:m["end"]]) for m in mentions],
                         [("Joe Biden", "Joe Biden"), ("met", "met"),
                          ("Emmanuel Macron", "Emmanuel Macron"), ("Paris", "Paris")])

    def test_stdin_garbage(self):
        code, _, err = self.extract("-", "-o", "out", input=b"\x00\x01\x02\x00" * 100)
        self.assertEqual(code, 1)
        self.assertEqual(diagnostics(err), [
            "<stdin>: error: binary file (200 NUL bytes in the first 400 bytes); skipped"])

    def test_many_tiny_documents(self):
        n = 20000
        write(self.path("many.jsonl"),
              "".join('{"id":"%d","text":"Joe Biden %d."}\n' % (i, i) for i in range(n)))
        code, _, err = self.extract("many.jsonl", "-o", "out", "--format", "jsonld")
        self.assertEqual(code, 0, err)
        self.assertIn("newsgraph extract: %d documents" % n, err)


class InjectionTest(Case):
    HOSTILE = [
        "ends with a backslash\\", "\\", "say \"hi\"", "\\N \\G \\E \\T \\H \\L", "<b>x</b>",
        "<<TABLE><TR><TD>t</TD></TR></TABLE>>", "]; image=\"/etc/passwd\" [ label=\"x\"",
        "} digraph { a -> b", "AT&T &amp; &#65;", "shapefile=/etc/passwd", "\u202e RTL \u05e9",
    ]

    def hostile_graph(self):
        """A graph.jsonld as another tool might write it, with hostile names and ids."""
        nodes = []
        for i, name in enumerate(self.HOSTILE):
            key = "person/h%02d%s" % (i, name.replace("/", "%"))
            nodes.append({"@id": ID + "person/h%02d" % i, "@type": ["Person"], "ng:key": key,
                          "name": name, "ng:mentionCount": 1})
        nodes.append({"@id": ID + "article/x", "@type": ["NewsArticle"], "ng:key": "x",
                      "headline": "\"}]} @context"})
        return {"@context": {}, "@graph": nodes}

    def rendered(self, dot_path):
        """Returns {node name: [text lines Graphviz draws]} and every attribute name used."""
        p = subprocess.run(["dot", "-Tjson", dot_path], capture_output=True, check=True)
        out = json.loads(p.stdout)
        names, attributes = {}, set(out.keys())
        for obj in out.get("objects", []) + out.get("edges", []):
            attributes.update(obj.keys())
            if "name" in obj:
                names[obj["name"]] = [op["text"] for op in obj.get("_ldraw_", []) if op["op"] == "T"]
        return names, attributes

    def test_merge_dot_renders_hostile_names_as_text(self):
        write(self.path("in.jsonld"), json.dumps(self.hostile_graph()))
        code, _, err = run(["merge", "-o", "out.jsonld", "--dot", "in.jsonld"], self.dir)
        self.assertEqual(code, 0, err)
        names, attributes = self.rendered(self.path("out.dot"))
        self.assertEqual(attributes & FILE_ATTRIBUTES, set())
        drawn = sorted(lines for name, lines in names.items() if name.startswith("person/"))
        self.assertEqual(drawn, sorted([name, "Person"] for name in self.HOSTILE))
        merged = read_json(self.path("out.jsonld"))
        self.assertEqual(sorted(merged), ["@context", "@graph"])
        for node in merged["@graph"]:
            self.assertTrue(node["@id"].startswith(ID), node)
            self.assertEqual([k for k in node if k.startswith("@")], ["@id", "@type"])

    def test_extract_output_has_no_file_attributes_and_fixed_keys(self):
        write(self.path("inj.txt"),
              "Ends With A Backslash\\ met President Joe Biden in Paris.\n"
              "President Joe \\N Biden\\ met Chancellor \"Olaf\" <b>Scholz</b> in Berlin "
              "image=\"/etc/passwd\" shapefile=x fontpath=/ imagepath=/ \"@context\": {}.\n")
        code, _, err = self.extract("inj.txt", "-o", "out")
        self.assertEqual(code, 0, err)
        names, attributes = self.rendered(self.path("out/graph.dot"))
        self.assertEqual(attributes & FILE_ATTRIBUTES, set())
        graph = read_json(self.path("out/graph.jsonld"))
        for node in graph["@graph"]:
            self.assertTrue(node["@id"].startswith(ID), node)
            if "name" in node:
                self.assertEqual(names[node["ng:key"]][0], node["name"])

    def test_makefile_viz_calls_dot_with_fixed_arguments(self):
        # Each recipe is "ENGINE [FLAGS] -T FORMAT -o $@ $<": nothing from a file's content.
        with open(os.path.join(SRC, "Makefile.viz"), encoding="utf-8") as f:
            recipes = [line.strip() for line in f if line.startswith("\t")]
        renders = [r for r in recipes if "-T" in r]
        self.assertEqual(len(renders), 4, recipes)
        for line in renders:
            self.assertRegex(line, r"^\$\((LARGE_)?ENGINE\)( \$\(LARGE_FLAGS\))? -T (png|svg) "
                                   r"-o \$@ \$<$")


class FaultTest(Case):
    ARTICLE = "President Joe Biden met Emmanuel Macron in Paris.\n"

    def test_output_under_a_regular_file(self):
        write(self.path("a.txt"), self.ARTICLE)
        write(self.path("file"), "x")
        code, _, err = self.extract("a.txt", "-o", "file/out")
        self.assertEqual(code, 1)
        self.assertIn("error: file/out/graph.jsonld: cannot create directory file/out: "
                      "Not a directory", err)

    def test_failed_write_keeps_the_old_graph_and_leaves_no_temporary_file(self):
        write(self.path("a.txt"), self.ARTICLE * 400)
        old = '{"@context": {}, "@graph": []}\n'
        write(self.path("out/graph.jsonld"), old)

        def small_files():
            # The new graph is larger than this, so its write fails with EFBIG (as a full
            # disk would with ENOSPC); SIGXFSZ is ignored so the write returns the error.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

        code, _, err = self.extract("a.txt", "-o", "out", "--format", "jsonld",
                                    preexec_fn=small_files)
        self.assertEqual(code, 1, err)
        self.assertRegex(err, r"error: out/graph\.jsonld: .*File too large")
        with open(self.path("out/graph.jsonld"), encoding="utf-8") as f:
            self.assertEqual(f.read(), old)
        self.assertEqual(os.listdir(self.path("out")), ["graph.jsonld"])

    def test_killed_run_leaves_the_old_graph_or_the_new_one(self):
        write(self.path("a.txt"), self.ARTICLE * 2000)
        old = '{"@context": {}, "@graph": []}\n'
        write(self.path("out/graph.jsonld"), old)
        for delay in (0.2, 0.5, 1.0, 2.0):
            p = subprocess.Popen([BIN, "extract", "--no-tagger", "a.txt", "-o", "out"],
                                 cwd=self.dir, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            p.send_signal(signal.SIGKILL)
            p.wait()
            with open(self.path("out/graph.jsonld"), encoding="utf-8") as f:
                json.loads(f.read())  # never truncated


class LimitTest(Case):
    def test_max_mentions_warns_and_counts(self):
        write(self.path("a.txt"), "President Joe Biden met Emmanuel Macron in Paris.\n" * 3)
        code, _, err = self.extract("a.txt", "-o", "out", "--max-mentions", "2",
                                    "--format", "mentions")
        self.assertEqual(code, 0, err)
        self.assertEqual(diagnostics(err), [
            "a.txt: warning: mention limit reached: 10 mentions dropped (--max-mentions)"])
        self.assertIn("dropped 10 mentions and 0 evidence sentences beyond the caps", err)
        self.assertEqual(len(read_lines(self.path("out/mentions.jsonl"))[0]["mentions"]), 2)

    def test_evidence_cap_counts_what_it_drops(self):
        write(self.path("a.txt"), "President Joe Biden met Emmanuel Macron in Paris.\n" * 5)
        # Rules only: one relation (Biden's title) read five times, four sentences dropped.
        code, _, err = self.extract("a.txt", "-o", "out", "--evidence-cap", "1",
                                    "--format", "jsonld", "--no-relation-model")
        self.assertEqual(code, 0, err)
        self.assertIn("dropped 0 mentions and 4 evidence sentences beyond the caps", err)
        graph = read_json(self.path("out/graph.jsonld"))
        for node in graph["@graph"]:
            if node["@type"] == ["rdf:Statement"]:
                self.assertEqual(len(node.get("ng:evidence", [])), 1)

    def test_bad_limits_are_usage_errors(self):
        for args in (["--max-mentions", "0"], ["--evidence-cap", "x"], ["--threads", "-1"],
                     ["--max-mentions"], ["--bogus"], []):
            code, out, err = self.extract(*(args + (["a.txt"] if args else [])))
            self.assertEqual(code, 2, args)
            self.assertIn("usage error: ", err)
            self.assertEqual(out, "")


@unittest.skipUnless(SLOW, "large inputs: set NEWSGRAPH_SLOW=1")
class SlowInputTest(Case):
    """Each case prints its time and peak memory."""

    def measure(self, name, *args):
        """Runs extract; prints wall time, CPU time and peak RSS of that one process."""
        start = time.monotonic()
        p = subprocess.Popen([BIN, "extract", "--no-tagger", "--threads", "2"] + list(args),
                             cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with p.stderr:
            err = p.stderr.read().decode("utf-8")
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        print("\n  %s: %.1f s wall, %.1f s CPU, peak RSS %d MB" % (
            name, time.monotonic() - start, usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss // 1024), file=sys.stderr)
        return p.returncode, err

    def article(self, size, line_breaks):
        with open(os.path.join(SRC, "examples", "trt-armenia-azerbaijan-2023.txt"), "rb") as f:
            one = f.read()
        if not line_breaks:
            one = one.replace(b"\n", b" ")
        data = (one * (size // len(one) + 1))[:size]
        return data[:data.rfind(b" ")]

    def test_100_mb_article(self):
        write(self.path("big.txt"), self.article(100 << 20, True))
        code, err = self.measure("100 MB article", "big.txt", "-o", "out", "--format", "jsonld")
        self.assertEqual(code, 0, err)
        self.assertIn("1 documents", err)

    def test_50_mb_single_line(self):
        write(self.path("line.txt"), self.article(50 << 20, False))
        code, err = self.measure("50 MB line", "line.txt", "-o", "out", "--format", "jsonld")
        self.assertEqual(code, 0, err)
        self.assertIn("1 documents", err)

    def test_a_million_tiny_documents(self):
        n = 1000000
        write(self.path("many.jsonl"),
              "".join('{"id":"%d","text":"Joe Biden %d."}\n' % (i, i) for i in range(n)))
        code, err = self.measure("1M tiny documents", "many.jsonl", "-o", "out", "--format",
                                 "jsonld")
        self.assertEqual(code, 0, err)
        self.assertIn("%d documents" % n, err)


if __name__ == "__main__":
    unittest.main()
