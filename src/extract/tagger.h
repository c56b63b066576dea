// A learned sequence tagger for names (people, locations, organizations, nationality adjectives):
// an averaged perceptron over word shape, affixes, context words, capitalization patterns and
// lexicon membership, decoded as BIO tags one sentence at a time. A NameTagger is immutable once
// loaded or trained: share it across threads by const reference. Model files start with a format
// tag and version that Load() checks.
//
// The model is a structured (Collins 2002) averaged perceptron: per-token features are hashed
// with FNV-1a into a fixed table of weight rows (one weight per BIO tag), plus a tag-bigram
// transition matrix; a sentence is decoded with Viterbi under the BIO constraint (I-X only after
// B-X or I-X), so spans are always well formed. Training is deterministic: the same sentences,
// options and seed give a byte-identical model file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "nlp/tokenizer.h"

namespace ng::extract {

enum class NameClass : uint8_t { kPerson, kLocation, kOrganization, kNationality, kMisc };
inline constexpr int kNameClassCount = 5;

// Returns "PER", "LOC", "ORG", "NAT" or "MISC".
std::string_view NameClassName(NameClass c);

struct NameSpan {
  uint32_t first = 0;  // first token index (into the document's token vector)
  uint32_t last = 0;   // one past the last token
  NameClass cls = NameClass::kPerson;
  double score = 0;  // margin-derived confidence in [0, 1]

  friend bool operator==(const NameSpan&, const NameSpan&) = default;
};

// One training sequence: its words and the gold names, as token ranges into `words`
// (NameSpan::score is ignored). Names must not overlap.
struct TrainingSentence {
  std::vector<std::string> words;
  std::vector<NameSpan> names;
};

struct TrainOptions {
  int epochs = 8;
  uint64_t seed = 1;               // seeds the std::mt19937_64 that shuffles sentences each epoch
  uint32_t hash_bits = 20;         // the weight table has 2^hash_bits rows
  uint32_t min_feature_count = 2;  // hashed features seen fewer times in training are ignored
  // Called after each epoch with its number (1-based) and the share of tokens tagged right.
  std::function<void(int epoch, double token_accuracy)> on_epoch;
};

class NameTagger {
 public:
  // Reads a model written by Save(). Throws Error(kBadResource, ..., path) if the file cannot be
  // read, has the wrong magic tag or version, or is truncated.
  static NameTagger Load(const std::filesystem::path& path);
  // Writes the model with WriteFileAtomic (never a half-written file). Throws
  // Error(kWriteFailed) on failure.
  void Save(const std::filesystem::path& path) const;
  // Returns the model file's bytes (what Save() writes).
  std::string Serialize() const;
  // Trains a model on `sentences`. When `lexicon` is given, lexicon-membership features are
  // learned too, and Tag() should then be given the same lexicon.
  static NameTagger Train(const std::vector<TrainingSentence>& sentences,
                          const TrainOptions& options, const Lexicon* lexicon);

  // Tags the tokens of `sentence` (a range of `tokens`, which are spans into `text`); returns
  // names in text order, as indices into `tokens`.
  std::vector<NameSpan> Tag(std::string_view text, std::span<const nlp::Token> tokens,
                            const nlp::Sentence& sentence, const Lexicon* lexicon) const;
  // Tags one sentence given as words; returns names as indices into `words`.
  std::vector<NameSpan> TagWords(std::span<const std::string_view> words,
                                 const Lexicon* lexicon) const;

  // True if the model was trained with lexicon features.
  bool uses_lexicon() const { return uses_lexicon_; }
  uint32_t hash_bits() const { return hash_bits_; }

 private:
  NameTagger() = default;

  // 64 consecutive hashed rows: which of them are live (hold a non-zero weight), and how many
  // live rows the blocks before this one hold.
  struct RowBlock {
    uint64_t live = 0;
    uint32_t before = 0;
  };

  // Returns the index into weights_ (in rows) of hashed row `row`, or -1 if the row is dead.
  int64_t LiveRow(uint32_t row) const;
  // Starts an empty table of (1 << hash_bits_) dead rows.
  void ClearRows();
  // Makes hashed row `row` live and returns its weights. Rows must be added in increasing
  // order; adding the last added row again returns it again.
  int16_t* AddRow(size_t row);

  // Tells the per-thread memo of word scores (tagger.cc) whose weights it holds: every Load and
  // Train gives a new one; copies keep it, having the same weights.
  uint64_t id_ = 0;
  uint32_t hash_bits_ = 0;
  bool uses_lexicon_ = false;
  // Of the (1 << hash_bits_) hashed rows of quantized weights (one per tag), only the live ones
  // are stored (about a ninth of them in the committed model: training drops rare features),
  // in row order, each padded to 16 so that a row is one aligned 32-byte block; a weight is
  // weights_[LiveRow(row) * 16 + tag] * weight_scale_. Dead rows are all zero. The blocks fit
  // the core's cache; the live rows are 4 MB instead of 32, so fewer reads miss it.
  std::vector<RowBlock> blocks_;
  std::vector<int16_t> weights_;
  float weight_scale_ = 1;
  std::vector<float> transitions_;  // (kTagCount + 1) previous tags (last: start) x kTagCount
};

}  // namespace ng::extract
