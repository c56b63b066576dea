// Scoring of predicted names and relations against gold annotations. A LabeledSpan is a
// half-open range of Unicode code points into one document's text with a type name; the scorer
// does not care where predictions come from (the name tagger alone, or the full extractor's
// mentions), only that gold and predicted spans use the same type names and the same text.
//
// Exact match: same begin, end and type. Lenient match: the spans overlap and have the same
// type; lenient precision counts predictions that overlap some gold span of their type, lenient
// recall counts gold spans overlapped by some prediction of their type. Relations match when the
// head span, the tail span (begin and end) and the relation type are all equal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ng::eval {

struct LabeledSpan {
  uint32_t begin = 0;  // code points
  uint32_t end = 0;    // code points, exclusive
  std::string type;    // a canonical type name, e.g. "Person" (see corpus.h)

  friend bool operator==(const LabeledSpan&, const LabeledSpan&) = default;
  friend auto operator<=>(const LabeledSpan&, const LabeledSpan&) = default;
};

struct SpanRelation {
  LabeledSpan head;
  LabeledSpan tail;
  std::string type;  // e.g. "Work_For"

  friend bool operator==(const SpanRelation&, const SpanRelation&) = default;
  friend auto operator<=>(const SpanRelation&, const SpanRelation&) = default;
};

struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// Returns precision, recall and F1 of `correct_pred` of `pred` predictions and `correct_gold` of
// `gold` gold items (0 when a denominator is 0).
Prf ComputePrf(size_t correct_pred, size_t pred, size_t correct_gold, size_t gold);

struct Counts {
  size_t gold = 0;
  size_t pred = 0;
  size_t correct = 0;       // exact matches
  size_t lenient_pred = 0;  // predictions overlapping a gold span of their type
  size_t lenient_gold = 0;  // gold spans overlapped by a prediction of their type

  Prf Exact() const { return ComputePrf(correct, pred, correct, gold); }
  Prf Lenient() const { return ComputePrf(lenient_pred, pred, lenient_gold, gold); }
  Counts& operator+=(const Counts& o);
};

// A prediction that matched no gold span exactly (false positive), or a gold span no prediction
// matched exactly (miss), in one document.
struct SpanError {
  size_t doc = 0;  // the caller's document number (ScoreSpans's `doc`)
  LabeledSpan span;
  bool false_positive = false;
  bool overlaps = false;  // a same-type span on the other side overlaps it (lenient match)
};

struct ScoreOptions {
  // Treats a final '.' as outside a span on both sides (CoNLL04 glues sentence-final periods to
  // entities: "Texas."); `text` must then be given to ScoreSpans.
  bool strip_final_period = false;
};

// Per-type counts (type name -> counts, sorted by name) and the errors behind them.
struct SpanScore {
  std::map<std::string, Counts> by_type;
  std::vector<SpanError> errors;

  // Adds another document's (or corpus's) score to this one.
  void Add(const SpanScore& other);
  // Returns the counts summed over `types` (the micro average's counts).
  Counts Micro(std::span<const std::string_view> types) const;
};

// Scores the predicted spans of one document against its gold spans. Duplicate predictions count
// once. `text` is the document text (code points are counted in it when stripping periods).
SpanScore ScoreSpans(std::span<const LabeledSpan> gold, std::span<const LabeledSpan> pred,
                     std::string_view text = {}, const ScoreOptions& options = {}, size_t doc = 0);

// A predicted relation that matched no gold relation (false positive), or a gold relation no
// prediction matched (miss), in one document.
struct RelationError {
  size_t doc = 0;  // the caller's document number (ScoreRelations's `doc`)
  SpanRelation relation;
  bool false_positive = false;
};

struct RelationScore {
  std::map<std::string, Counts> by_type;  // exact counts only (the lenient fields stay 0)
  std::vector<RelationError> errors;
  void Add(const RelationScore& other);
  Counts Micro() const;
};

// Scores predicted relations of one document against gold; duplicates count once.
RelationScore ScoreRelations(std::span<const SpanRelation> gold, std::span<const SpanRelation> pred,
                             std::string_view text = {}, const ScoreOptions& options = {},
                             size_t doc = 0);

}  // namespace ng::eval
