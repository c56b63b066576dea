#include "eval/score.h"

#include <algorithm>

#include "core/utf8.h"

namespace ng::eval {
namespace {

// Returns the spans sorted and unique, with a final '.' cut off when asked to.
std::vector<LabeledSpan> Normalize(std::span<const LabeledSpan> spans, std::string_view text,
                                   const ScoreOptions& options) {
  std::vector<LabeledSpan> out(spans.begin(), spans.end());
  if (options.strip_final_period && !text.empty()) {
    const CodePointIndex index(text);
    for (LabeledSpan& s : out) {
      if (s.end <= s.begin + 1) continue;
      const uint32_t byte = index.ToBytes(s.end - 1);
      if (byte < text.size() && text[byte] == '.') --s.end;
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool Overlap(const LabeledSpan& a, const LabeledSpan& b) {
  return a.type == b.type && a.begin < b.end && b.begin < a.end;
}

// Returns true if some span of `others` (sorted) overlaps `s` with the same type.
bool AnyOverlap(const LabeledSpan& s, const std::vector<LabeledSpan>& others) {
  return std::any_of(others.begin(), others.end(),
                     [&](const LabeledSpan& o) { return Overlap(s, o); });
}

double Ratio(size_t a, size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }

}  // namespace

Prf ComputePrf(size_t correct_pred, size_t pred, size_t correct_gold, size_t gold) {
  Prf r;
  r.precision = Ratio(correct_pred, pred);
  r.recall = Ratio(correct_gold, gold);
  const double sum = r.precision + r.recall;
  r.f1 = sum > 0 ? 2 * r.precision * r.recall / sum : 0.0;
  return r;
}

Counts& Counts::operator+=(const Counts& o) {
  gold += o.gold;
  pred += o.pred;
  correct += o.correct;
  lenient_pred += o.lenient_pred;
  lenient_gold += o.lenient_gold;
  return *this;
}

void SpanScore::Add(const SpanScore& other) {
  for (const auto& [type, counts] : other.by_type) by_type[type] += counts;
  errors.insert(errors.end(), other.errors.begin(), other.errors.end());
}

Counts SpanScore::Micro(std::span<const std::string_view> types) const {
  Counts sum;
  for (std::string_view type : types) {
    auto it = by_type.find(std::string(type));
    if (it != by_type.end()) sum += it->second;
  }
  return sum;
}

SpanScore ScoreSpans(std::span<const LabeledSpan> gold_in, std::span<const LabeledSpan> pred_in,
                     std::string_view text, const ScoreOptions& options, size_t doc) {
  const std::vector<LabeledSpan> gold = Normalize(gold_in, text, options);
  const std::vector<LabeledSpan> pred = Normalize(pred_in, text, options);
  SpanScore score;
  for (const LabeledSpan& g : gold) {
    Counts& c = score.by_type[g.type];
    ++c.gold;
    const bool overlaps = AnyOverlap(g, pred);
    c.lenient_gold += overlaps;
    if (std::binary_search(pred.begin(), pred.end(), g)) {
      ++c.correct;
    } else {
      score.errors.push_back(
          {.doc = doc, .span = g, .false_positive = false, .overlaps = overlaps});
    }
  }
  for (const LabeledSpan& p : pred) {
    Counts& c = score.by_type[p.type];
    ++c.pred;
    const bool overlaps = AnyOverlap(p, gold);
    c.lenient_pred += overlaps;
    if (!std::binary_search(gold.begin(), gold.end(), p)) {
      score.errors.push_back({.doc = doc, .span = p, .false_positive = true, .overlaps = overlaps});
    }
  }
  std::sort(score.errors.begin(), score.errors.end(), [](const SpanError& a, const SpanError& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                        : a.false_positive < b.false_positive;
  });
  return score;
}

void RelationScore::Add(const RelationScore& other) {
  for (const auto& [type, counts] : other.by_type) by_type[type] += counts;
  errors.insert(errors.end(), other.errors.begin(), other.errors.end());
}

Counts RelationScore::Micro() const {
  Counts sum;
  for (const auto& [type, counts] : by_type) sum += counts;
  return sum;
}

RelationScore ScoreRelations(std::span<const SpanRelation> gold_in,
                             std::span<const SpanRelation> pred_in, std::string_view text,
                             const ScoreOptions& options, size_t doc) {
  // Relations match on span boundaries and relation type; entity types are not compared.
  auto normalize = [&](std::span<const SpanRelation> in) {
    std::vector<SpanRelation> out;
    for (const SpanRelation& r : in) {
      const LabeledSpan ends[2] = {{r.head.begin, r.head.end, ""}, {r.tail.begin, r.tail.end, ""}};
      const std::vector<LabeledSpan> n = Normalize(std::span(ends, 1), text, options);
      const std::vector<LabeledSpan> m = Normalize(std::span(ends + 1, 1), text, options);
      out.push_back({.head = n[0], .tail = m[0], .type = r.type});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const std::vector<SpanRelation> gold = normalize(gold_in), pred = normalize(pred_in);
  RelationScore score;
  for (const SpanRelation& g : gold) {
    Counts& c = score.by_type[g.type];
    ++c.gold;
    const bool found = std::binary_search(pred.begin(), pred.end(), g);
    c.correct += found;
    if (!found) score.errors.push_back({.doc = doc, .relation = g, .false_positive = false});
  }
  for (const SpanRelation& p : pred) {
    ++score.by_type[p.type].pred;
    if (!std::binary_search(gold.begin(), gold.end(), p))
      score.errors.push_back({.doc = doc, .relation = p, .false_positive = true});
  }
  return score;
}

}  // namespace ng::eval
