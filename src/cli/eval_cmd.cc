// newsgraph eval: scores the name tagger against an annotated JSONL corpus (see eval/corpus.h).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "core/utf8.h"
#include "eval/corpus.h"
#include "eval/score.h"
#include "extract/lexicon.h"
#include "extract/tagger.h"
#include "nlp/tokenizer.h"

namespace ng::cli {
namespace {

constexpr std::string_view kEvalUsage =
    "usage: newsgraph eval --corpus FILE.jsonl [options]\n"
    "\n"
    "Scores the name tagger alone against an annotated JSON Lines corpus: each record's text is\n"
    "tokenized, split into sentences and tagged; the names are compared with the gold spans\n"
    "(exact and lenient precision, recall, F1 per type; micro average over Person, Location,\n"
    "Organization; Nationality apart).\n"
    "\n"
    "options:\n"
    "  --corpus FILE     the annotated corpus\n"
    "  --labels SET      gmb or conll04 (default: guessed from the labels)\n"
    "  --model M         tagger model (default " NEWSGRAPH_DATA_DIR
    "/models/names.ngt)\n"
    "  --lexicon DIR     lexicons, for models trained with lexicon features\n"
    "  --json OUT        also write the scores as JSON to OUT\n"
    "  --errors          list false positives and misses with their sentence\n"
    "  --every K --only R  score only records whose number modulo K is R (the hold-out part of\n"
    "                    'newsgraph train --every K --skip R')\n";

struct EvalArgs {
  std::filesystem::path corpus;
  std::optional<eval::LabelSet> labels;
  std::filesystem::path model = std::filesystem::path(NEWSGRAPH_DATA_DIR) / "models/names.ngt";
  std::optional<std::filesystem::path> lexicon_dir;
  std::optional<std::filesystem::path> json;
  bool errors = false;
  size_t every = 0;
  size_t only = 0;
};

size_t ParseCount(const std::string& flag, const std::string& value, size_t high) {
  size_t used = 0;
  unsigned long n = 0;
  try {
    n = std::stoul(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || value.empty() || n > high) {
    throw Error(ErrorCode::kUsage, flag + " needs a number up to " + std::to_string(high));
  }
  return n;
}

EvalArgs Parse(const Args& args) {
  EvalArgs a;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw Error(ErrorCode::kUsage, flag + " needs a value");
      return args[++i];
    };
    if (flag == "--corpus") {
      if (!a.corpus.empty()) throw Error(ErrorCode::kUsage, "only one --corpus at a time");
      a.corpus = value();
    } else if (flag == "--labels") {
      a.labels = eval::ParseLabelSet(value());
      if (!a.labels) throw Error(ErrorCode::kUsage, "--labels must be gmb or conll04");
    } else if (flag == "--model") {
      a.model = value();
    } else if (flag == "--lexicon") {
      a.lexicon_dir = value();
    } else if (flag == "--json") {
      a.json = value();
    } else if (flag == "--errors") {
      a.errors = true;
    } else if (flag == "--every") {
      a.every = ParseCount(flag, value(), 1000);
      if (a.every < 2) throw Error(ErrorCode::kUsage, "--every needs a number from 2");
    } else if (flag == "--only") {
      a.only = ParseCount(flag, value(), 999);
    } else {
      throw Error(ErrorCode::kUsage, "unknown option '" + flag + "'");
    }
  }
  if (a.corpus.empty()) throw Error(ErrorCode::kUsage, "no --corpus given");
  if (a.every > 0 && a.only >= a.every) throw Error(ErrorCode::kUsage, "--only must be < --every");
  return a;
}

std::string FormatRow(std::string_view name, const eval::Counts& c) {
  const eval::Prf exact = c.Exact(), lenient = c.Lenient();
  char line[160];
  std::snprintf(line, sizeof line, "%-14.*s %6zu %6zu %7zu  %6.4f %6.4f %6.4f  %6.4f\n",
                static_cast<int>(name.size()), name.data(), c.gold, c.pred, c.correct,
                exact.precision, exact.recall, exact.f1, lenient.f1);
  return line;
}

nlohmann::json ToJson(const eval::Counts& c) {
  const eval::Prf exact = c.Exact(), lenient = c.Lenient();
  return {{"gold", c.gold},
          {"pred", c.pred},
          {"correct", c.correct},
          {"precision", exact.precision},
          {"recall", exact.recall},
          {"f1", exact.f1},
          {"lenient_precision", lenient.precision},
          {"lenient_recall", lenient.recall},
          {"lenient_f1", lenient.f1}};
}

}  // namespace

int RunEval(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    out << kEvalUsage;
    return 0;
  }
  try {
    const EvalArgs a = Parse(args);
    if (!std::filesystem::is_regular_file(a.corpus)) {
      err << "newsgraph eval: corpus file not found: " << a.corpus.string() << "\n";
      return 1;
    }
    if (!std::filesystem::is_regular_file(a.model)) {
      err << "newsgraph eval: model file not found: " << a.model.string()
          << " (train one with 'newsgraph train')\n";
      return 1;
    }
    const extract::NameTagger tagger = extract::NameTagger::Load(a.model);
    std::optional<extract::Lexicon> lexicon;
    if (a.lexicon_dir) lexicon = extract::Lexicon::Load(*a.lexicon_dir);
    if (tagger.uses_lexicon() && !lexicon) {
      err << "newsgraph eval: warning: the model was trained with lexicon features; "
             "give --lexicon DIR for its full accuracy\n";
    }
    const std::vector<eval::Record> records = eval::ReadCorpus(a.corpus);
    const eval::LabelSet set = a.labels ? *a.labels : eval::DetectLabelSet(records);
    const eval::ScoreOptions options{.strip_final_period = set == eval::LabelSet::kConll04};

    eval::SpanScore score;
    size_t bytes = 0, scored = 0;
    std::chrono::steady_clock::duration tagging{};
    for (size_t i = 0; i < records.size(); ++i) {
      if (a.every > 0 && i % a.every != a.only) continue;
      const eval::Record& r = records[i];
      const auto start = std::chrono::steady_clock::now();
      const std::vector<nlp::Token> tokens = nlp::Tokenize(r.text);
      std::vector<extract::NameSpan> names;
      for (const nlp::Sentence& s : nlp::SplitSentences(r.text, tokens)) {
        const std::vector<extract::NameSpan> found =
            tagger.Tag(r.text, tokens, s, lexicon ? &*lexicon : nullptr);
        names.insert(names.end(), found.begin(), found.end());
      }
      tagging += std::chrono::steady_clock::now() - start;
      bytes += r.text.size();
      ++scored;
      const std::vector<eval::LabeledSpan> pred = eval::ToLabeledSpans(r.text, tokens, names);
      score.Add(eval::ScoreSpans(eval::GoldSpans(r, set), pred, r.text, options, i));
    }

    out << "corpus " << a.corpus.string() << ": " << scored << " records, labels "
        << (set == eval::LabelSet::kGmb ? "gmb" : "conll04") << ", model " << a.model.string()
        << "\n\n";
    out << "type             gold   pred correct  P      R      F1      lenient F1\n";
    for (std::string_view type : eval::kMicroTypes) {
      out << FormatRow(type, score.Micro(std::span(&type, 1)));
    }
    const eval::Counts micro = score.Micro(eval::kMicroTypes);
    out << FormatRow("micro", micro);
    std::string_view extra_types[] = {eval::kNationality, eval::kMisc};
    for (std::string_view type : extra_types) {
      if (score.by_type.count(std::string(type))) {
        out << FormatRow(type, score.Micro(std::span(&type, 1)));
      }
    }
    const double seconds = std::chrono::duration<double>(tagging).count();
    char speed[128];
    std::snprintf(speed, sizeof speed,
                  "\ntagging: %.2f MB of text in %.2f s: %.2f MB/s (tokenize, split, tag)\n",
                  static_cast<double>(bytes) / 1e6, seconds,
                  seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
    out << speed;

    if (a.errors) {
      out << "\nerrors (FP: predicted, not gold; MISS: gold, not predicted; ~ overlaps one):\n";
      size_t doc = SIZE_MAX;
      for (const eval::SpanError& e : score.errors) {
        const std::string& text = records[e.doc].text;
        if (e.doc != doc) {
          doc = e.doc;
          out << "\n[" << records[doc].id << "] " << text << "\n";
        }
        const CodePointIndex index(text);
        const size_t b = index.ToBytes(e.span.begin), end = index.ToBytes(e.span.end);
        out << "  " << (e.false_positive ? "FP  " : "MISS") << (e.overlaps ? " ~ " : "   ")
            << e.span.type << ": " << text.substr(b, end - b) << "\n";
      }
    }

    if (a.json) {
      nlohmann::json j;
      j["corpus"] = a.corpus.string();
      j["records"] = scored;
      j["labels"] = set == eval::LabelSet::kGmb ? "gmb" : "conll04";
      for (const auto& [type, counts] : score.by_type) j["types"][type] = ToJson(counts);
      j["micro"] = ToJson(micro);
      j["micro_types"] = eval::kMicroTypes;
      j["bytes"] = bytes;
      j["tagging_seconds"] = seconds;
      std::ofstream f(*a.json);
      f << j.dump(2) << "\n";
      f.close();
      if (!f) throw Error(ErrorCode::kWriteFailed, "cannot write scores", a.json->string());
    }
    return 0;
  } catch (const Error& e) {
    err << "newsgraph eval: " << e.what() << "\n";
    if (e.code() == ErrorCode::kUsage) {
      err << "run 'newsgraph eval --help' for usage\n";
      return 2;
    }
    return 1;
  }
}

}  // namespace ng::cli
