// newsgraph eval: scores extraction against an annotated JSONL corpus (the full extractor, or
// the name tagger alone; see eval/corpus.h and eval/system.h) or against article gold files
// (eval/article.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/models.h"
#include "core/diagnostics.h"
#include "core/document.h"
#include "core/error.h"
#include "core/files.h"
#include "core/utf8.h"
#include "eval/article.h"
#include "eval/corpus.h"
#include "eval/score.h"
#include "eval/system.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/tagger.h"
#include "nlp/tokenizer.h"

namespace ng::cli {
namespace {

constexpr std::string_view kEvalUsage =
    "usage: newsgraph eval --corpus FILE.jsonl [--system | --tagger-only] [options]\n"
    "       newsgraph eval --gold FILE.gold.json [--text ARTICLE.txt] [options]\n"
    "       newsgraph eval --gold DIR [options]\n"
    "\n"
    "Scores extraction against an annotated JSON Lines corpus or against article gold files.\n"
    "\n"
    "--corpus, --system (the default): each record's text is one document for the full\n"
    "  extractor (rules, lexicons and the tagger); its mentions are compared with the gold spans\n"
    "  (exact and lenient precision, recall, F1 per type; micro average over Person, Location,\n"
    "  Organization; Nationality apart), and for CoNLL04 its relations with the gold relations.\n"
    "  The corpus is extracted a second time without the tagger to report both throughputs.\n"
    "--corpus, --tagger-only: the name tagger alone tags each record's sentences.\n"
    "--gold: the article (--text, or ARTICLE.txt beside ARTICLE.gold.json; with a folder every\n"
    "  *.gold.json and its .txt) is extracted and scored: entities, facts and events (P/R/F1),\n"
    "  event location and date accuracy, and not_entities violations.\n"
    "\n"
    "options:\n"
    "  --labels SET      gmb or conll04 (default: guessed from the labels)\n"
    "  --data DIR        lexicon folder (default " NEWSGRAPH_DATA_DIR
    ")\n"
    "  --model M         tagger model (default DATA/models/names.ngt)\n"
    "  --no-tagger       --system, --gold: rules and lexicons only\n"
    "  --relation-model M  relation model (default DATA/models/relations.ngr if present)\n"
    "  --no-relation-model  relations from the rules only\n"
    "  --gazetteer-facts    also the facts the gazetteers know (as extract --gazetteer-facts)\n"
    "  --json OUT        also write the scores as JSON to OUT\n"
    "  --errors          list false positives and misses\n"
    "  --every K --only R  score only records whose number modulo K is R (the hold-out part of\n"
    "                    'newsgraph train --every K --skip R')\n";

enum class Mode { kSystem, kTaggerOnly, kArticle };

struct EvalArgs {
  Mode mode = Mode::kSystem;
  std::filesystem::path corpus;
  std::filesystem::path gold;
  std::optional<std::filesystem::path> text;
  std::optional<eval::LabelSet> labels;
  std::filesystem::path data = NEWSGRAPH_DATA_DIR;
  std::optional<std::filesystem::path> model;
  bool tagger = true;
  std::optional<std::filesystem::path> relation_model;
  bool relations = true;
  bool gazetteer_facts = false;
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
  bool system = false, tagger_only = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw Error(ErrorCode::kUsage, flag + " needs a value");
      return args[++i];
    };
    if (flag == "--corpus") {
      if (!a.corpus.empty()) throw Error(ErrorCode::kUsage, "only one --corpus at a time");
      a.corpus = value();
    } else if (flag == "--gold") {
      if (!a.gold.empty()) throw Error(ErrorCode::kUsage, "only one --gold at a time");
      a.gold = value();
    } else if (flag == "--text") {
      a.text = value();
    } else if (flag == "--system") {
      system = true;
    } else if (flag == "--tagger-only") {
      tagger_only = true;
    } else if (flag == "--labels") {
      a.labels = eval::ParseLabelSet(value());
      if (!a.labels) throw Error(ErrorCode::kUsage, "--labels must be gmb or conll04");
    } else if (flag == "--data" || flag == "--lexicon") {
      a.data = value();
    } else if (flag == "--model") {
      a.model = value();
    } else if (flag == "--no-tagger") {
      a.tagger = false;
    } else if (flag == "--relation-model") {
      a.relation_model = value();
    } else if (flag == "--no-relation-model") {
      a.relations = false;
    } else if (flag == "--gazetteer-facts") {
      a.gazetteer_facts = true;
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
  if (a.corpus.empty() == a.gold.empty()) {
    throw Error(ErrorCode::kUsage, "give either --corpus or --gold");
  }
  if (system && tagger_only) {
    throw Error(ErrorCode::kUsage, "--system and --tagger-only exclude each other");
  }
  if (!a.gold.empty()) {
    if (system || tagger_only || a.labels || a.every > 0) {
      throw Error(ErrorCode::kUsage,
                  "--system, --tagger-only, --labels and --every go with --corpus, not --gold");
    }
    a.mode = Mode::kArticle;
  } else {
    if (a.text) throw Error(ErrorCode::kUsage, "--text goes with --gold");
    a.mode = tagger_only ? Mode::kTaggerOnly : Mode::kSystem;
    if (tagger_only && !a.tagger) {
      throw Error(ErrorCode::kUsage, "--tagger-only needs the tagger (no --no-tagger)");
    }
  }
  if (a.every > 0 && a.only >= a.every) throw Error(ErrorCode::kUsage, "--only must be < --every");
  return a;
}

std::string FormatRow(std::string_view name, const eval::Counts& c, bool lenient = true) {
  const eval::Prf exact = c.Exact(), len = c.Lenient();
  char line[160];
  std::snprintf(line, sizeof line, "%-14.*s %6zu %6zu %7zu  %6.4f %6.4f %6.4f",
                static_cast<int>(name.size()), name.data(), c.gold, c.pred, c.correct,
                exact.precision, exact.recall, exact.f1);
  std::string out = line;
  if (lenient) {
    std::snprintf(line, sizeof line, "  %6.4f", len.f1);
    out += line;
  }
  return out + "\n";
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

nlohmann::json ToJson(const eval::MatchCounts& c) {
  const eval::Prf p = c.Score();
  return {{"gold", c.gold},
          {"pred", c.pred},
          {"matched_gold", c.matched_gold},
          {"matched_pred", c.matched_pred},
          {"precision", p.precision},
          {"recall", p.recall},
          {"f1", p.f1}};
}

void WriteJson(const std::filesystem::path& path, const nlohmann::json& j) {
  WriteFileAtomic(path, j.dump(2) + "\n");
}

double MegabytesPerSecond(size_t bytes, double seconds) {
  return seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
}

// Loads the tagger model: the given one (which must exist), else DATA/models/names.ngt.
extract::NameTagger LoadTagger(const EvalArgs& a) {
  const std::filesystem::path model = a.model.value_or(a.data / "models" / "names.ngt");
  if (!std::filesystem::is_regular_file(model)) {
    throw Error(ErrorCode::kBadResource, "model file not found (train one with 'newsgraph train')",
                model.string());
  }
  return extract::NameTagger::Load(model);
}

void PrintSpanTable(const eval::SpanScore& score, std::ostream& out) {
  out << "type             gold   pred correct  P      R      F1      lenient F1\n";
  for (std::string_view type : eval::kMicroTypes) {
    out << FormatRow(type, score.Micro(std::span(&type, 1)));
  }
  out << FormatRow("micro", score.Micro(eval::kMicroTypes));
  std::string_view extra_types[] = {eval::kNationality, eval::kMisc};
  for (std::string_view type : extra_types) {
    if (score.by_type.count(std::string(type))) {
      out << FormatRow(type, score.Micro(std::span(&type, 1)));
    }
  }
}

// Walks errors grouped by record: prints each record's id and text once, before its first
// error, and gives `line` a function that turns a code point span of that text into its bytes.
template <typename Error, typename Line>
void PrintErrorsByRecord(const std::vector<Error>& errors, const std::vector<eval::Record>& records,
                         std::ostream& out, Line line) {
  size_t doc = SIZE_MAX;
  std::optional<CodePointIndex> index;
  for (const Error& e : errors) {
    const std::string& text = records[e.doc].text;
    if (e.doc != doc) {
      doc = e.doc;
      index.emplace(text);
      out << "\n[" << records[doc].id << "] " << text << "\n";
    }
    auto surface = [&](uint32_t begin, uint32_t end) {
      const size_t b = index->ToBytes(begin);
      return text.substr(b, index->ToBytes(end) - b);
    };
    line(e, surface);
  }
}

void PrintSpanErrors(const eval::SpanScore& score, const std::vector<eval::Record>& records,
                     std::ostream& out) {
  out << "\nerrors (FP: predicted, not gold; MISS: gold, not predicted; ~ overlaps one):\n";
  PrintErrorsByRecord(score.errors, records, out, [&](const eval::SpanError& e, auto surface) {
    out << "  " << (e.false_positive ? "FP  " : "MISS") << (e.overlaps ? " ~ " : "   ")
        << e.span.type << ": " << surface(e.span.begin, e.span.end) << "\n";
  });
}

void PrintRelationErrors(const eval::RelationScore& score, const std::vector<eval::Record>& records,
                         std::ostream& out) {
  out << "\nrelation errors (FP: predicted, not gold; MISS: gold, not predicted):\n";
  PrintErrorsByRecord(score.errors, records, out, [&](const eval::RelationError& e, auto surface) {
    const eval::LabeledSpan& h = e.relation.head;
    const eval::LabeledSpan& t = e.relation.tail;
    out << "  " << (e.false_positive ? "FP  " : "MISS") << "   " << e.relation.type << ": "
        << surface(h.begin, h.end) << " -> " << surface(t.begin, t.end) << "\n";
  });
}

std::string_view LabelSetName(eval::LabelSet set) {
  return set == eval::LabelSet::kGmb ? "gmb" : "conll04";
}

int EvalTagger(const EvalArgs& a, std::ostream& out) {
  const extract::NameTagger tagger = LoadTagger(a);
  std::optional<extract::Lexicon> lexicon;
  if (tagger.uses_lexicon()) lexicon = extract::Lexicon::Load(a.data);
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
      << LabelSetName(set) << ", the name tagger alone\n\n";
  PrintSpanTable(score, out);
  const double seconds = std::chrono::duration<double>(tagging).count();
  char speed[128];
  std::snprintf(speed, sizeof speed,
                "\ntagging: %.2f MB of text in %.2f s: %.2f MB/s (tokenize, split, tag)\n",
                static_cast<double>(bytes) / 1e6, seconds, MegabytesPerSecond(bytes, seconds));
  out << speed;
  if (a.errors) PrintSpanErrors(score, records, out);

  if (a.json) {
    nlohmann::json j;
    j["mode"] = "tagger-only";
    j["corpus"] = a.corpus.string();
    j["records"] = scored;
    j["labels"] = LabelSetName(set);
    for (const auto& [type, counts] : score.by_type) j["types"][type] = ToJson(counts);
    j["micro"] = ToJson(score.Micro(eval::kMicroTypes));
    j["micro_types"] = eval::kMicroTypes;
    j["bytes"] = bytes;
    j["tagging_seconds"] = seconds;
    WriteJson(*a.json, j);
  }
  return 0;
}

struct SystemPass {
  eval::SpanScore spans;
  eval::RelationScore relations;
  size_t bytes = 0;
  size_t records = 0;
  double seconds = 0;  // ExtractDocument only
};

SystemPass RunSystem(const EvalArgs& a, const std::vector<eval::Record>& records,
                     eval::LabelSet set, const extract::Lexicon& lexicon,
                     const extract::NameTagger* tagger, const extract::RelationModel* relations) {
  const eval::ScoreOptions options{.strip_final_period = set == eval::LabelSet::kConll04};
  const extract::Resources res{lexicon, tagger, relations};
  SystemPass pass;
  std::chrono::steady_clock::duration extracting{};
  for (size_t i = 0; i < records.size(); ++i) {
    if (a.every > 0 && i % a.every != a.only) continue;
    const eval::Record& r = records[i];
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    const auto start = std::chrono::steady_clock::now();
    const extract::DocumentResult result =
        extract::ExtractDocument(doc, res, {.gazetteer_facts = a.gazetteer_facts});
    extracting += std::chrono::steady_clock::now() - start;
    pass.bytes += r.text.size();
    ++pass.records;
    const std::vector<eval::LabeledSpan> pred =
        eval::MentionSpans(r.text, result.mentions, lexicon);
    pass.spans.Add(eval::ScoreSpans(eval::GoldSpans(r, set), pred, r.text, options, i));
    if (set == eval::LabelSet::kConll04) {
      pass.relations.Add(eval::ScoreRelations(eval::GoldRelations(r, set),
                                              eval::MentionRelations(r.text, result, lexicon),
                                              r.text, options, i));
    }
  }
  pass.seconds = std::chrono::duration<double>(extracting).count();
  return pass;
}

int EvalSystem(const EvalArgs& a, std::ostream& out) {
  const extract::Lexicon lexicon = extract::Lexicon::Load(a.data);
  std::optional<extract::NameTagger> tagger;
  if (a.tagger) tagger = LoadTagger(a);
  const std::vector<eval::Record> records = eval::ReadCorpus(a.corpus);
  const eval::LabelSet set = a.labels ? *a.labels : eval::DetectLabelSet(records);

  const std::optional<extract::RelationModel> relations =
      LoadRelationModel(a.relations, a.relation_model, a.data);
  const extract::RelationModel* rel = relations ? &*relations : nullptr;
  const SystemPass main = RunSystem(a, records, set, lexicon, tagger ? &*tagger : nullptr, rel);
  std::optional<SystemPass> rules;  // the same corpus without the tagger, for the speed ratio
  if (tagger) rules = RunSystem(a, records, set, lexicon, nullptr, rel);

  out << "corpus " << a.corpus.string() << ": " << main.records << " records, labels "
      << LabelSetName(set) << ", full extractor " << (tagger ? "with" : "without")
      << " the name tagger, " << (rel ? "with" : "without") << " the relation model";
  if (rel) out << " (trained on " << rel->trained_on() << ")";
  out << "\n\n";
  if (rel && set == eval::LabelSet::kConll04 &&
      rel->trained_on().starts_with(a.corpus.filename().string())) {
    std::string held_out = "(";  // appended: GCC 12 warns falsely on "(" + std::string
    held_out.append(eval::HoldOutDescription(a.every, a.only)).append(")");
    if (a.every == 0 || !rel->trained_on().ends_with(held_out)) {
      out << "NOTE: the relation model was trained on these records: the relation scores below\n"
             "are on its training data. For held-out scores train with --every K --skip R and\n"
             "evaluate with --every K --only R (scripts/relation_cv.sh does all K folds).\n\n";
    }
  }
  PrintSpanTable(main.spans, out);
  if (set == eval::LabelSet::kConll04) {
    out << "\nrelation         gold   pred correct  P      R      F1\n";
    // Every CoNLL04 relation gets a row, also one that neither gold nor we have here.
    std::map<std::string, eval::Counts> rows = main.relations.by_type;
    for (std::string_view type : {"Kill", "Live_In", "Located_In", "OrgBased_In", "Work_For"})
      rows.try_emplace(std::string(type));
    for (const auto& [type, counts] : rows) out << FormatRow(type, counts, false);
    out << FormatRow("micro", main.relations.Micro(), false);
  }
  char line[200];
  std::snprintf(line, sizeof line, "\nextraction%s: %.2f MB in %.2f s: %.2f MB/s\n",
                tagger ? " with the tagger" : "", static_cast<double>(main.bytes) / 1e6,
                main.seconds, MegabytesPerSecond(main.bytes, main.seconds));
  out << line;
  if (rules) {
    const double with = MegabytesPerSecond(main.bytes, main.seconds);
    const double without = MegabytesPerSecond(rules->bytes, rules->seconds);
    std::snprintf(line, sizeof line,
                  "extraction without the tagger: %.2f MB in %.2f s: %.2f MB/s (the tagger costs "
                  "%.0f%% of the throughput)\n",
                  static_cast<double>(rules->bytes) / 1e6, rules->seconds, without,
                  without > 0 ? 100.0 * (1.0 - with / without) : 0.0);
    out << line;
    std::snprintf(line, sizeof line, "micro F1 without the tagger: %.4f exact, %.4f lenient\n",
                  rules->spans.Micro(eval::kMicroTypes).Exact().f1,
                  rules->spans.Micro(eval::kMicroTypes).Lenient().f1);
    out << line;
  }
  if (a.errors) PrintSpanErrors(main.spans, records, out);
  if (a.errors && set == eval::LabelSet::kConll04)
    PrintRelationErrors(main.relations, records, out);

  if (a.json) {
    nlohmann::json j;
    j["mode"] = "system";
    j["corpus"] = a.corpus.string();
    j["records"] = main.records;
    j["labels"] = LabelSetName(set);
    j["tagger"] = tagger.has_value();
    // What the relation model was trained on, or null without one.
    j["relation_model"] = rel ? nlohmann::json(rel->trained_on()) : nlohmann::json(nullptr);
    for (const auto& [type, counts] : main.spans.by_type) j["types"][type] = ToJson(counts);
    j["micro"] = ToJson(main.spans.Micro(eval::kMicroTypes));
    j["micro_types"] = eval::kMicroTypes;
    if (set == eval::LabelSet::kConll04) {
      for (const auto& [type, counts] : main.relations.by_type) {
        j["relations"]["types"][type] = ToJson(counts);
      }
      j["relations"]["micro"] = ToJson(main.relations.Micro());
    }
    j["bytes"] = main.bytes;
    j["extraction_seconds"] = main.seconds;
    j["mb_per_second"] = MegabytesPerSecond(main.bytes, main.seconds);
    if (rules) {
      j["without_tagger"]["extraction_seconds"] = rules->seconds;
      j["without_tagger"]["mb_per_second"] = MegabytesPerSecond(rules->bytes, rules->seconds);
      j["without_tagger"]["micro"] = ToJson(rules->spans.Micro(eval::kMicroTypes));
    }
    WriteJson(*a.json, j);
  }
  return 0;
}

std::string FormatMatchRow(std::string_view name, const eval::MatchCounts& c) {
  const eval::Prf p = c.Score();
  char line[160];
  std::snprintf(line, sizeof line, "%-10.*s %5zu %5zu %8zu %8zu  %6.4f %6.4f %6.4f\n",
                static_cast<int>(name.size()), name.data(), c.gold, c.pred, c.matched_gold,
                c.matched_pred, p.precision, p.recall, p.f1);
  return line;
}

void PrintArticleScore(const eval::ArticleScore& s, bool errors, std::ostream& out) {
  out << "item        gold  pred  gold ok  pred ok  P      R      F1\n";
  out << FormatMatchRow("entities", s.entities);
  out << FormatMatchRow("facts", s.facts);
  out << FormatMatchRow("events", s.events);
  out << "facts unjudged (an end is no gold entity): " << s.facts_unjudged << "\n";
  out << "event location right: " << s.event_location_right << "/" << s.events.matched_gold
      << ", date right: " << s.event_date_right << "/" << s.events.matched_gold << "\n";
  out << "not_entities violations: " << s.not_entity_violations.size() << "\n";
  if (!errors) return;
  auto list = [&](std::string_view title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << title << ":\n";
    for (const std::string& item : items) out << "  " << item << "\n";
  };
  list("missed entities", s.missed_entities);
  list("false entities", s.false_entities);
  list("missed facts", s.missed_facts);
  list("false facts", s.false_facts);
  list("unjudged facts", s.unjudged_facts);
  list("missed events", s.missed_events);
  list("false events", s.false_events);
  list("event attribute errors", s.attribute_errors);
  list("not_entities violations", s.not_entity_violations);
}

nlohmann::json ToJson(const eval::ArticleScore& s) {
  nlohmann::json j;
  j["entities"] = ToJson(s.entities);
  j["facts"] = ToJson(s.facts);
  j["facts_unjudged"] = s.facts_unjudged;
  j["events"] = ToJson(s.events);
  j["event_location_right"] = s.event_location_right;
  j["event_date_right"] = s.event_date_right;
  j["not_entity_violations"] = s.not_entity_violations;
  j["missed_entities"] = s.missed_entities;
  j["false_entities"] = s.false_entities;
  j["missed_facts"] = s.missed_facts;
  j["false_facts"] = s.false_facts;
  j["unjudged_facts"] = s.unjudged_facts;
  j["missed_events"] = s.missed_events;
  j["false_events"] = s.false_events;
  return j;
}

int EvalArticles(const EvalArgs& a, std::ostream& out, std::ostream& err) {
  const auto pairs = eval::FindArticleFiles(a.gold, a.text);
  const extract::Lexicon lexicon = extract::Lexicon::Load(a.data);
  std::optional<extract::NameTagger> tagger;
  if (a.tagger) tagger = LoadTagger(a);
  const std::optional<extract::RelationModel> relations =
      LoadRelationModel(a.relations, a.relation_model, a.data);
  const extract::Resources res{lexicon, tagger ? &*tagger : nullptr,
                               relations ? &*relations : nullptr};
  eval::ArticleScore total;
  nlohmann::json j;
  Diagnostics diag;
  for (const auto& [gold_path, text_path] : pairs) {
    const eval::ArticleGold gold = eval::ReadArticleGold(gold_path);
    const Document doc = eval::ReadGoldArticle(text_path, gold, diag);
    const extract::DocumentResult result =
        extract::ExtractDocument(doc, res, {.gazetteer_facts = a.gazetteer_facts});
    const eval::ArticleScore s = eval::ScoreArticle(gold, result.fragment);
    out << "article " << gold_path.string() << " (text " << text_path.string() << ")\n";
    PrintArticleScore(s, a.errors, out);
    out << "\n";
    j["articles"][gold_path.string()] = ToJson(s);
    total.Add(s);
  }
  for (const Diagnostic& d : diag.items()) err << Diagnostics::Format(d) << "\n";
  if (pairs.size() > 1) {
    out << "all " << pairs.size() << " articles\n";
    PrintArticleScore(total, false, out);
  }
  if (a.json) {
    j["mode"] = "article";
    j["tagger"] = tagger.has_value();
    j["relation_model"] =
        relations ? nlohmann::json(relations->trained_on()) : nlohmann::json(nullptr);
    j["total"] = ToJson(total);
    WriteJson(*a.json, j);
  }
  return diag.failed() ? 1 : 0;
}

}  // namespace

int RunEval(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    out << kEvalUsage;
    return 0;
  }
  try {
    const EvalArgs a = Parse(args);
    if (a.mode == Mode::kArticle) return EvalArticles(a, out, err);
    if (!std::filesystem::is_regular_file(a.corpus)) {
      err << "newsgraph eval: corpus file not found: " << a.corpus.string() << "\n";
      return 1;
    }
    if (a.mode == Mode::kTaggerOnly) return EvalTagger(a, out);
    return EvalSystem(a, out);
  } catch (const Error& e) {
    return ReportError("eval", e, err);
  }
}

}  // namespace ng::cli
