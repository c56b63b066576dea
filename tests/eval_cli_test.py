"""Command-line tests of `newsgraph eval`: good argument lists exit 0 and write the scores they
promise; bad ones exit non-zero and say why on stderr.

Run: /usr/bin/python3 tests/eval_cli_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

if len(sys.argv) < 3:
    sys.exit("usage: eval_cli_test.py NEWSGRAPH_BINARY SOURCE_DIR [unittest args]")
BIN = sys.argv.pop(1)
SRC = sys.argv.pop(1)

SEED = os.path.join(SRC, "tests", "data", "seed", "trt-armenia-azerbaijan-2023")

# Two tiny corpora in the shared JSONL span format (offsets in code points).
GMB = [
    {"id": "g1", "text": "President Bush met Iraqi leaders in Baghdad.",
     "entities": [{"start": 10, "end": 14, "type": "per", "text": "Bush"},
                  {"start": 19, "end": 24, "type": "gpe", "text": "Iraqi"},
                  {"start": 36, "end": 43, "type": "geo", "text": "Baghdad"}]},
    {"id": "g2", "text": "The United Nations said nothing.",
     "entities": [{"start": 4, "end": 18, "type": "org", "text": "United Nations"}]},
]
CONLL = [
    {"id": "c1", "text": "Bruno Pusterla of Confagricoltura lives in Rome, Italy.",
     "entities": [{"start": 0, "end": 14, "type": "Peop", "text": "Bruno Pusterla"},
                  {"start": 18, "end": 33, "type": "Org", "text": "Confagricoltura"},
                  {"start": 43, "end": 47, "type": "Loc", "text": "Rome"},
                  {"start": 49, "end": 55, "type": "Loc", "text": "Italy."}],
     "relations": [{"head": 0, "tail": 1, "type": "Work_For"},
                   {"head": 2, "tail": 3, "type": "Located_In"}]},
]


def run(*args):
    return subprocess.run([BIN, "eval", *args], capture_output=True, text=True, timeout=600)


class EvalCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="ng_eval_cli_")
        cls.dir = cls.tmp.name
        for name, records in (("gmb.jsonl", GMB), ("conll.jsonl", CONLL)):
            with open(os.path.join(cls.dir, name), "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_bad_arguments_exit_2_and_say_why(self):
        cases = [
            ([], "give either --corpus or --gold"),
            (["--corpus", "a", "--gold", "b"], "give either --corpus or --gold"),
            (["--corpus", "a", "--system", "--tagger-only"], "exclude each other"),
            (["--corpus", "a", "--text", "t.txt"], "--text goes with --gold"),
            (["--gold", "g", "--labels", "gmb"], "go with --corpus, not --gold"),
            (["--corpus", "a", "--labels", "xyz"], "--labels must be gmb or conll04"),
            (["--corpus", "a", "--frobnicate"], "unknown option '--frobnicate'"),
            (["--corpus"], "--corpus needs a value"),
            (["--corpus", "a", "--every", "1"], "--every needs a number from 2"),
            (["--corpus", "a", "--tagger-only", "--no-tagger"], "--tagger-only needs the tagger"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(message, r.stderr)
                self.assertIn("newsgraph eval --help", r.stderr)
                self.assertEqual(r.stdout, "")

    def test_bad_inputs_exit_1_and_say_why(self):
        bad_gold = self.path("bad.gold.json")
        with open(bad_gold, "w") as f:
            f.write("{not json")
        with open(self.path("bad.txt"), "w") as f:
            f.write("text")
        cases = [
            (["--corpus", self.path("missing.jsonl")], "corpus file not found"),
            (["--gold", self.path("missing.gold.json")], "gold file not found"),
            (["--gold", bad_gold], "bad JSON"),
            (["--gold", SEED + ".gold.json", "--text", self.path("none.txt")],
             "article text not found"),
            (["--corpus", self.path("gmb.jsonl"), "--model", self.path("none.ngt")],
             "model file not found"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                r = run(*args)
                self.assertEqual(r.returncode, 1, r.stderr)
                self.assertIn(message, r.stderr)

    def test_help_exits_0(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("--tagger-only", r.stdout)
        self.assertIn("--gold", r.stdout)

    def test_system_mode_is_the_default_and_reports_both_speeds(self):
        out = self.path("gmb.json")
        r = run("--corpus", self.path("gmb.jsonl"), "--json", out, "--errors")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("full extractor with the name tagger", r.stdout)
        self.assertIn("extraction without the tagger", r.stdout)
        with open(out) as f:
            j = json.load(f)
        self.assertEqual(j["mode"], "system")
        self.assertEqual(j["labels"], "gmb")
        self.assertEqual(j["records"], 2)
        self.assertEqual(j["types"]["Person"]["gold"], 1)
        self.assertEqual(j["types"]["Location"]["gold"], 1)
        self.assertEqual(j["types"]["Organization"]["gold"], 1)
        self.assertEqual(j["types"]["Nationality"]["gold"], 1)
        self.assertEqual(j["micro"]["gold"], 3)
        self.assertIn("mb_per_second", j["without_tagger"])
        self.assertNotIn("relations", j)

    def test_conll04_scores_relations(self):
        out = self.path("conll.json")
        r = run("--corpus", self.path("conll.jsonl"), "--system", "--no-tagger", "--json", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Kill", r.stdout)
        with open(out) as f:
            j = json.load(f)
        self.assertEqual(j["labels"], "conll04")
        self.assertFalse(j["tagger"])
        self.assertNotIn("without_tagger", j)
        self.assertEqual(j["relations"]["micro"]["gold"], 2)
        self.assertEqual(j["types"]["Person"]["gold"], 1)

    def test_train_relations_is_reproducible_and_eval_says_when_it_scores_training_data(self):
        corpus = self.path("conll.jsonl")
        models = [self.path("rel1.ngr"), self.path("rel2.ngr")]
        for model in models:
            r = subprocess.run([BIN, "train", "--relations", "--corpus", corpus, "-o", model],
                               capture_output=True, text=True, timeout=600)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("1 records, 2 gold relations", r.stderr)
        with open(models[0], "rb") as a, open(models[1], "rb") as b:
            first = a.read()
            self.assertEqual(first, b.read())
        self.assertTrue(first.startswith(b"NGRELATE"))
        out = self.path("rel.json")
        r = run("--corpus", corpus, "--relation-model", models[0], "--json", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out) as f:
            self.assertEqual(json.load(f)["relation_model"], "conll.jsonl (all records)")
        self.assertIn("trained on conll.jsonl (all records)", r.stdout)
        self.assertIn("NOTE: the relation model was trained on these records", r.stdout)
        r = run("--corpus", corpus, "--no-relation-model")
        self.assertIn("without the relation model", r.stdout)
        self.assertNotIn("NOTE:", r.stdout)
        r = subprocess.run([BIN, "train", "--relations", "--corpus", corpus, "-o", models[0],
                            "--min-count", "3"], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("do not go with --relations", r.stderr)

    def test_train_relations_on_article_gold_files(self):
        models = [self.path("news1.ngr"), self.path("news2.ngr")]
        for model in models:
            r = subprocess.run([BIN, "train", "--relations", "--gold", SEED + ".gold.json",
                                "-o", model], capture_output=True, text=True, timeout=600)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertRegex(r.stderr, r"train: 1 articles, [1-9][0-9]* gold facts the model can "
                                       r"state, [1-9][0-9]* of them a candidate pair")
        with open(models[0], "rb") as a, open(models[1], "rb") as b:
            self.assertEqual(a.read(), b.read())
        r = run("--gold", SEED + ".gold.json", "--relation-model", models[0])
        self.assertEqual(r.returncode, 0, r.stderr)
        r = subprocess.run([BIN, "train", "--gold", SEED + ".gold.json", "-o", models[0]],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--gold goes with --relations", r.stderr)
        r = subprocess.run([BIN, "train", "--relations", "--gold", self.path("none"),
                            "-o", models[0]], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 1)
        self.assertIn("gold file not found", r.stderr)
        r = subprocess.run([BIN, "train", "--relations", "--gold", SEED + ".gold.json",
                            "--every", "5", "--skip", "1", "-o", models[0]],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--every and --skip choose records of a --corpus", r.stderr)

    def test_tagger_only_mode(self):
        out = self.path("tagger.json")
        r = run("--corpus", self.path("gmb.jsonl"), "--tagger-only", "--json", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("the name tagger alone", r.stdout)
        with open(out) as f:
            self.assertEqual(json.load(f)["mode"], "tagger-only")

    def test_gold_file_and_folder(self):
        out = self.path("seed.json")
        r = run("--gold", SEED + ".gold.json", "--json", out, "--errors")
        self.assertEqual(r.returncode, 0, r.stderr)
        for row in ("entities", "facts", "events", "not_entities violations"):
            self.assertIn(row, r.stdout)
        with open(out) as f:
            j = json.load(f)
        self.assertEqual(j["mode"], "article")
        self.assertEqual(j["total"]["entities"]["gold"], 16)
        self.assertEqual(j["total"]["facts"]["gold"], 10)
        self.assertEqual(j["total"]["events"]["gold"], 5)
        r = run("--gold", os.path.dirname(SEED))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("trt-armenia-azerbaijan-2023.gold.json", r.stdout)

    def test_gold_date_is_the_publication_date(self):
        # "on Tuesday" resolves against the gold's publication date (2025-07-17, a Thursday).
        text, gold = self.path("dated.txt"), self.path("dated.gold.json")
        with open(text, "w") as f:
            f.write("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
                    "in Nairobi on Tuesday.\n")
        with open(gold, "w") as f:
            json.dump({"id": "dated", "url": None, "date": "2025-07-17",
                       "entities": [{"name": "William Ruto", "type": "Person", "aliases": []},
                                    {"name": "Samia Suluhu Hassan", "type": "Person",
                                     "aliases": []},
                                    {"name": "Nairobi", "type": "Place", "aliases": []}],
                       "facts": [],
                       "events": [{"type": "Meeting",
                                   "participants": ["William Ruto", "Samia Suluhu Hassan"],
                                   "location": "Nairobi", "date": "2025-07-15",
                                   "trigger": "met"}],
                       "not_entities": []}, f)
        out = self.path("dated.json")
        r = run("--gold", gold, "--text", text, "--json", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out) as f:
            j = json.load(f)
        self.assertEqual(j["total"]["event_date_right"], 1, r.stdout)


if __name__ == "__main__":
    unittest.main()
