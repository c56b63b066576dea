// A learned scorer for relations between two names of one sentence: where a person lives or
// comes from, where a place lies, where an organization is based, whom a person works for,
// whom a person killed (the relations CoNLL04 annotates). It complements the hand-written rules
// of extract/relations: it reads the same sentence, and the rules' own relations are among its
// features, so it learns where to trust them.
//
// Every ordered pair of name mentions in a sentence whose types allow a relation (a person and
// a place: lives in; an organization and a place: based in; ...) is a candidate. A candidate's
// features are the words between and around the two names, their distance and order, the
// names and types between them, the head words, titles and subtypes of the two names, and the
// rules' relations between the two entities. The model is a binary averaged perceptron over
// hashed features conjoined with the relation kind; the higher the score, the likelier the
// relation (AddLearnedRelations asserts it above 1.5).
// Training is deterministic: the same examples, options and seed give a byte-identical file.
// Model files start with a format tag and version that Load() checks.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "extract/names.h"
#include "extract/relations.h"

namespace ng::extract {

enum class PairKind : uint8_t { kLivesIn, kLocatedIn, kBasedIn, kWorksFor, kKilled };
inline constexpr int kPairKindCount = 5;

// Returns "lives-in", "located-in", "based-in", "works-for" or "killed".
std::string_view PairKindName(PairKind k);
// The kind of relation a subject of type `subject` may have with an object of type `object`.
std::optional<PairKind> PairKindOf(EntityType subject, EntityType object);
// The predicate a relation of kind `k` is written with in the graph (a person lives in a
// country: nationality; in a place: homeLocation).
Predicate PairPredicate(PairKind k, EntityType object);

struct PairCandidate {
  int subject = -1;  // indices into NameMentions::names
  int object = -1;
  PairKind kind = PairKind::kLivesIn;
  uint32_t sentence = 0;           // index into TextView::sentences
  std::vector<uint64_t> features;  // hashed; reduced to table rows by the model
};

// Returns every ordered pair of nearby name mentions of one sentence, of two different
// entities of `graph` (the mentions' `entity` indices), whose entity types allow a relation
// kind, with its features. The rules' relations in `graph` are features.
std::vector<PairCandidate> FindPairCandidates(const TextView& view, const NameMentions& names,
                                              const DocumentGraph& graph);

struct LabeledPair {
  PairCandidate candidate;
  bool positive = false;
};

struct RelationTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;           // seeds the std::mt19937_64 that shuffles the examples each epoch
  uint32_t hash_bits = 18;     // the weight table has 2^hash_bits entries
  double positive_weight = 1;  // the update on a missed positive (a false positive's is 1)
  std::string trained_on;      // what the model was trained on, stored in the file
};

class RelationModel {
 public:
  // Reads a model written by Save(). Throws Error(kBadResource, ..., path) if the file cannot be
  // read, has the wrong tag or version, or is truncated.
  static RelationModel Load(const std::filesystem::path& path);
  // Writes the model with WriteFileAtomic. Throws Error(kWriteFailed) on failure.
  void Save(const std::filesystem::path& path) const;
  // Returns the model file's bytes.
  std::string Serialize() const;
  static RelationModel Train(const std::vector<LabeledPair>& examples,
                             const RelationTrainOptions& options);

  // Above 0: the candidate's relation holds.
  double Score(const PairCandidate& candidate) const;
  // What the model was trained on ("conll04_train.jsonl, records whose number mod 5 is not 0").
  const std::string& trained_on() const { return trained_on_; }

 private:
  RelationModel() = default;

  uint32_t hash_bits_ = 0;
  std::vector<float> weights_;  // 2^hash_bits_, quantized as in the file
  std::string trained_on_;
};

// Adds the relations `model` asserts with confidence (a score above 1.5) between the name
// mentions of each sentence to `graph` (rule "relation-model"), unless the rules already state
// them from the same sentence.
void AddLearnedRelations(const TextView& view, const NameMentions& names,
                         const RelationModel& model, DocumentGraph& graph);

}  // namespace ng::extract
