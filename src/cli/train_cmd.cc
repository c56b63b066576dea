// newsgraph train: learns the name tagger from annotated JSONL corpora (see eval/corpus.h).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/diagnostics.h"
#include "core/document.h"
#include "core/error.h"
#include "eval/article.h"
#include "eval/corpus.h"
#include "eval/system.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/relation_model.h"
#include "extract/tagger.h"

namespace ng::cli {
namespace {

constexpr std::string_view kTrainUsage =
    "usage: newsgraph train --corpus FILE.jsonl [--corpus FILE.jsonl ...] -o MODEL [options]\n"
    "\n"
    "Trains the name tagger (an averaged perceptron over BIO tags) on annotated JSON Lines\n"
    "corpora and writes the model file. The same corpora, options and seed give a\n"
    "byte-identical model.\n"
    "\n"
    "options:\n"
    "  --corpus FILE     annotated corpus (repeatable); labels as in eval/corpus.h\n"
    "  --labels SET      gmb or conll04 (default: guessed from each corpus's labels)\n"
    "  -o, --output M    the model file to write\n"
    "  --epochs N        training passes (default 8)\n"
    "  --seed S          shuffling seed (default 1)\n"
    "  --hash-bits B     2^B weight rows (default 20)\n"
    "  --min-count N     ignore features seen fewer than N times (default 2)\n"
    "  --lexicon DIR     learn lexicon-membership features from the lexicons in DIR\n"
    "  --every K --skip R  train only on records whose number modulo K is not R (a hold-out\n"
    "                    split: evaluate with 'newsgraph eval --every K --only R')\n"
    "\n"
    "newsgraph train --relations [--corpus FILE.jsonl ...] [--gold PATH ...] -o MODEL [options]\n"
    "  trains the relation model (extract/relation_model.h) on a corpus with relations\n"
    "  (CoNLL04): the extractor's candidate name pairs of each record, labelled by the gold\n"
    "  relations; and on news articles with gold files: the candidate pairs of each article,\n"
    "  labelled by its gold facts. --epochs (default 12), --seed, --hash-bits (default 18),\n"
    "  --every/--skip as above (for the corpora), and:\n"
    "  --gold PATH       an article gold file (ARTICLE.gold.json beside ARTICLE.txt) or a\n"
    "                    folder of them (repeatable)\n"
    "  --data DIR        lexicon folder (default: the installed data)\n"
    "  --tagger M        name tagger model (default DATA/models/names.ngt)\n";

struct TrainArgs {
  std::vector<std::filesystem::path> corpora;
  std::vector<std::filesystem::path> gold;  // --relations: article gold files or folders
  std::optional<eval::LabelSet> labels;
  std::filesystem::path output;
  std::optional<std::filesystem::path> lexicon_dir;
  extract::TrainOptions options;
  size_t every = 0;
  size_t skip = 0;
  bool relations = false;
  bool min_count = false;  // --min-count given (the tagger's option only)
  std::optional<int> epochs;
  std::optional<uint32_t> hash_bits;
  std::filesystem::path data = NEWSGRAPH_DATA_DIR;
  std::optional<std::filesystem::path> tagger;
};

long ParseNumber(const std::string& flag, const std::string& value, long low, long high) {
  size_t used = 0;
  long n = 0;
  try {
    n = std::stol(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || value.empty() || n < low || n > high) {
    throw Error(ErrorCode::kUsage, flag + " needs a number from " + std::to_string(low) + " to " +
                                       std::to_string(high) + ", not '" + value + "'");
  }
  return n;
}

TrainArgs Parse(const Args& args) {
  TrainArgs a;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw Error(ErrorCode::kUsage, flag + " needs a value");
      return args[++i];
    };
    if (flag == "--corpus") {
      a.corpora.emplace_back(value());
    } else if (flag == "--gold") {
      a.gold.emplace_back(value());
    } else if (flag == "--labels") {
      a.labels = eval::ParseLabelSet(value());
      if (!a.labels) throw Error(ErrorCode::kUsage, "--labels must be gmb or conll04");
    } else if (flag == "-o" || flag == "--output") {
      a.output = value();
    } else if (flag == "--epochs") {
      a.epochs = static_cast<int>(ParseNumber(flag, value(), 1, 100));
    } else if (flag == "--seed") {
      a.options.seed = static_cast<uint64_t>(ParseNumber(flag, value(), 0, 1L << 62));
    } else if (flag == "--hash-bits") {
      a.hash_bits = static_cast<uint32_t>(ParseNumber(flag, value(), 8, 24));
    } else if (flag == "--relations") {
      a.relations = true;
    } else if (flag == "--data") {
      a.data = value();
    } else if (flag == "--tagger") {
      a.tagger = value();
    } else if (flag == "--min-count") {
      a.options.min_feature_count = static_cast<uint32_t>(ParseNumber(flag, value(), 1, 1000));
      a.min_count = true;
    } else if (flag == "--lexicon") {
      a.lexicon_dir = value();
    } else if (flag == "--every") {
      a.every = static_cast<size_t>(ParseNumber(flag, value(), 2, 1000));
    } else if (flag == "--skip") {
      a.skip = static_cast<size_t>(ParseNumber(flag, value(), 0, 999));
    } else {
      throw Error(ErrorCode::kUsage, "unknown option '" + flag + "'");
    }
  }
  if (!a.gold.empty() && !a.relations)
    throw Error(ErrorCode::kUsage, "--gold goes with --relations");
  if (a.corpora.empty() && a.gold.empty()) throw Error(ErrorCode::kUsage, "no --corpus given");
  if (a.corpora.empty() && a.every > 0)
    throw Error(ErrorCode::kUsage, "--every and --skip choose records of a --corpus");
  if (a.output.empty()) throw Error(ErrorCode::kUsage, "no output model given (-o MODEL)");
  if (a.every > 0 && a.skip >= a.every) throw Error(ErrorCode::kUsage, "--skip must be < --every");
  if (a.relations && (a.lexicon_dir || a.labels || a.min_count))
    throw Error(ErrorCode::kUsage,
                "--lexicon, --labels and --min-count do not go with --relations");
  if (!a.relations && (a.tagger || a.data != NEWSGRAPH_DATA_DIR))
    throw Error(ErrorCode::kUsage, "--data and --tagger go with --relations");
  if (a.epochs) a.options.epochs = *a.epochs;
  if (a.hash_bits) a.options.hash_bits = *a.hash_bits;
  return a;
}

// Writes "trained in S s; model PATH: N bytes" for the model just saved at `output`.
void PrintTrained(std::chrono::steady_clock::time_point start, const std::filesystem::path& output,
                  std::ostream& out) {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char summary[160];
  std::snprintf(summary, sizeof summary, "trained in %.1f s; model %s: %ju bytes\n", seconds,
                output.string().c_str(),
                static_cast<uintmax_t>(std::filesystem::file_size(output)));
  out << summary;
}

// newsgraph train --relations: the extractor's candidate pairs of each record, labelled by the
// record's gold relations, train the relation model.
int TrainRelations(const TrainArgs& a, std::ostream& out, std::ostream& err) {
  const auto start = std::chrono::steady_clock::now();
  const extract::Lexicon lexicon = extract::Lexicon::Load(a.data);
  const std::filesystem::path tagger_path = a.tagger ? *a.tagger : a.data / "models" / "names.ngt";
  const extract::NameTagger tagger = extract::NameTagger::Load(tagger_path);
  const extract::Resources res{lexicon, &tagger};
  std::vector<extract::LabeledPair> examples;
  size_t records = 0, gold = 0, covered = 0, positives = 0;
  std::string names;
  for (const auto& path : a.corpora) {
    const std::vector<eval::Record> corpus = eval::ReadCorpus(path);
    const eval::LabelSet set = eval::DetectLabelSet(corpus);
    names += (names.empty() ? "" : ", ") + path.filename().string();
    for (size_t i = 0; i < corpus.size(); ++i) {
      if (a.every > 0 && i % a.every == a.skip) continue;
      ++records;
      const Document doc{.id = corpus[i].id, .text = corpus[i].text};
      eval::RelationLabels labels =
          eval::LabelRelationCandidates(corpus[i], set, extract::RelationCandidates(doc, res));
      gold += labels.gold;
      covered += labels.covered;
      for (extract::LabeledPair& p : labels.examples) {
        positives += p.positive;
        examples.push_back(std::move(p));
      }
    }
  }
  if (!a.corpora.empty())
    err << "train: " << records << " records, " << gold << " gold relations, " << covered
        << " of them between two of our mentions; " << examples.size() << " candidate pairs, "
        << positives << " positive\n";
  // News articles with gold files: their facts label the candidate pairs.
  std::string gold_names;
  Diagnostics diag;  // of reading the articles' texts (invalid bytes replaced, ...)
  size_t articles = 0, facts = 0, facts_covered = 0, article_pairs = 0, article_positives = 0;
  for (const auto& path : a.gold) {
    for (const auto& [gold_path, text_path] : eval::FindArticleFiles(path)) {
      const eval::ArticleGold article = eval::ReadArticleGold(gold_path);
      eval::RelationLabels labels = eval::LabelArticleCandidates(
          article,
          extract::RelationCandidates(eval::ReadGoldArticle(text_path, article, diag), res));
      ++articles;
      facts += labels.gold;
      facts_covered += labels.covered;
      for (extract::LabeledPair& p : labels.examples) {
        article_positives += p.positive;
        ++article_pairs;
        examples.push_back(std::move(p));
      }
    }
    gold_names += (gold_names.empty() ? "" : ", ") + path.filename().string();
  }
  for (const Diagnostic& d : diag.items()) err << Diagnostics::Format(d) << "\n";
  if (!a.gold.empty())
    err << "train: " << articles << " articles, " << facts << " gold facts the model can state, "
        << facts_covered << " of them a candidate pair of two matched entities; " << article_pairs
        << " candidate pairs, " << article_positives << " positive\n";
  gold += facts;
  if (gold == 0) {
    err << "newsgraph train: the corpus has no relations to learn from\n";
    return 1;
  }
  extract::RelationTrainOptions options;
  if (a.epochs) options.epochs = *a.epochs;
  if (a.hash_bits) options.hash_bits = *a.hash_bits;
  options.seed = a.options.seed;
  if (!a.corpora.empty())
    options.trained_on = names + " (" + eval::HoldOutDescription(a.every, a.skip) + ")";
  if (!a.gold.empty())
    options.trained_on += (options.trained_on.empty() ? "" : "; ") + std::to_string(articles) +
                          " articles with gold facts (" + gold_names + ")";
  const extract::RelationModel model = extract::RelationModel::Train(examples, options);
  model.Save(a.output);
  PrintTrained(start, a.output, out);
  return 0;
}

}  // namespace

int RunTrain(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    out << kTrainUsage;
    return 0;
  }
  try {
    const TrainArgs a = Parse(args);
    for (const auto& path : a.corpora) {
      if (!std::filesystem::is_regular_file(path)) {
        err << "newsgraph train: corpus file not found: " << path.string() << "\n";
        return 1;
      }
    }
    if (a.relations) return TrainRelations(a, out, err);
    std::optional<extract::Lexicon> lexicon;
    if (a.lexicon_dir) lexicon = extract::Lexicon::Load(*a.lexicon_dir);

    const auto start = std::chrono::steady_clock::now();
    std::vector<extract::TrainingSentence> sentences;
    eval::ConversionStats stats;
    for (const auto& path : a.corpora) {
      const std::vector<eval::Record> records = eval::ReadCorpus(path);
      const eval::LabelSet set = a.labels ? *a.labels : eval::DetectLabelSet(records);
      for (size_t i = 0; i < records.size(); ++i) {
        if (a.every > 0 && i % a.every == a.skip) continue;
        sentences.push_back(eval::ToTrainingSentence(records[i], set, &stats));
      }
    }
    err << "train: " << stats.sentences << " sentences, " << stats.tokens << " tokens, "
        << stats.names << " names (" << stats.names_lost << " not on token boundaries, left out)\n";

    extract::TrainOptions options = a.options;
    options.on_epoch = [&err](int epoch, double accuracy) {
      char line[96];
      std::snprintf(line, sizeof line, "train: epoch %d: token accuracy %.4f\n", epoch, accuracy);
      err << line << std::flush;
    };
    const extract::NameTagger tagger =
        extract::NameTagger::Train(sentences, options, lexicon ? &*lexicon : nullptr);
    tagger.Save(a.output);
    PrintTrained(start, a.output, out);
    return 0;
  } catch (const Error& e) {
    return ReportError("train", e, err);
  }
}

}  // namespace ng::cli
