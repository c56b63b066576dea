// newsgraph train: learns the name tagger from annotated JSONL corpora (see eval/corpus.h).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "eval/corpus.h"
#include "extract/lexicon.h"
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
    "                    split: evaluate with 'newsgraph eval --every K --only R')\n";

struct TrainArgs {
  std::vector<std::filesystem::path> corpora;
  std::optional<eval::LabelSet> labels;
  std::filesystem::path output;
  std::optional<std::filesystem::path> lexicon_dir;
  extract::TrainOptions options;
  size_t every = 0;
  size_t skip = 0;
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
    } else if (flag == "--labels") {
      a.labels = eval::ParseLabelSet(value());
      if (!a.labels) throw Error(ErrorCode::kUsage, "--labels must be gmb or conll04");
    } else if (flag == "-o" || flag == "--output") {
      a.output = value();
    } else if (flag == "--epochs") {
      a.options.epochs = static_cast<int>(ParseNumber(flag, value(), 1, 100));
    } else if (flag == "--seed") {
      a.options.seed = static_cast<uint64_t>(ParseNumber(flag, value(), 0, 1L << 62));
    } else if (flag == "--hash-bits") {
      a.options.hash_bits = static_cast<uint32_t>(ParseNumber(flag, value(), 8, 24));
    } else if (flag == "--min-count") {
      a.options.min_feature_count = static_cast<uint32_t>(ParseNumber(flag, value(), 1, 1000));
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
  if (a.corpora.empty()) throw Error(ErrorCode::kUsage, "no --corpus given");
  if (a.output.empty()) throw Error(ErrorCode::kUsage, "no output model given (-o MODEL)");
  if (a.every > 0 && a.skip >= a.every) throw Error(ErrorCode::kUsage, "--skip must be < --every");
  return a;
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
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char summary[160];
    std::snprintf(summary, sizeof summary, "trained in %.1f s; model %s: %ju bytes\n", seconds,
                  a.output.string().c_str(),
                  static_cast<uintmax_t>(std::filesystem::file_size(a.output)));
    out << summary;
    return 0;
  } catch (const Error& e) {
    return ReportError("train", e, err);
  }
}

}  // namespace ng::cli
