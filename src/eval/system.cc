#include "eval/system.h"

#include <algorithm>
#include <cstdlib>
#include <span>
#include <string>

#include "core/utf8.h"

namespace ng::eval {
namespace {

// A candidate pair as a training example: its kind and features, and its label.
extract::LabeledPair Labeled(extract::PairExample&& c, bool positive) {
  extract::LabeledPair lp;
  lp.candidate.kind = c.kind;
  lp.candidate.features = std::move(c.features);
  lp.positive = positive;
  return lp;
}

struct RelationMapping {
  Predicate predicate;
  EntityType subject;
  EntityType object;
  std::string_view type;
};

// The predicate table documented in corpus.h. Places and countries are both CoNLL04 locations.
constexpr RelationMapping kConll04Relations[] = {
    {Predicate::kNationality, EntityType::kPerson, EntityType::kCountry, "Live_In"},
    {Predicate::kLeaderOf, EntityType::kPerson, EntityType::kCountry, "Live_In"},
    {Predicate::kLeaderOf, EntityType::kPerson, EntityType::kPlace, "Live_In"},
    {Predicate::kMemberOf, EntityType::kPerson, EntityType::kCountry, "Live_In"},
    {Predicate::kAffiliation, EntityType::kPerson, EntityType::kCountry, "Live_In"},
    {Predicate::kAffiliation, EntityType::kPerson, EntityType::kPlace, "Live_In"},
    {Predicate::kContainedInPlace, EntityType::kPlace, EntityType::kPlace, "Located_In"},
    {Predicate::kContainedInPlace, EntityType::kPlace, EntityType::kCountry, "Located_In"},
    {Predicate::kCapitalOf, EntityType::kPlace, EntityType::kCountry, "Located_In"},
    {Predicate::kCapitalOf, EntityType::kPlace, EntityType::kPlace, "Located_In"},
    {Predicate::kAffiliation, EntityType::kOrganization, EntityType::kCountry, "OrgBased_In"},
    {Predicate::kAffiliation, EntityType::kOrganization, EntityType::kPlace, "OrgBased_In"},
    {Predicate::kLeaderOf, EntityType::kPerson, EntityType::kOrganization, "Work_For"},
    {Predicate::kMemberOf, EntityType::kPerson, EntityType::kOrganization, "Work_For"},
    {Predicate::kAffiliation, EntityType::kPerson, EntityType::kOrganization, "Work_For"},
    {Predicate::kBirthPlace, EntityType::kPerson, EntityType::kCountry, "Live_In"},
    {Predicate::kBirthPlace, EntityType::kPerson, EntityType::kPlace, "Live_In"},
    {Predicate::kHomeLocation, EntityType::kPerson, EntityType::kCountry, "Live_In"},
    {Predicate::kHomeLocation, EntityType::kPerson, EntityType::kPlace, "Live_In"},
    {Predicate::kKilled, EntityType::kPerson, EntityType::kPerson, "Kill"},
};

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

const Entity* FindEntity(const std::vector<Entity>& entities, std::string_view id) {
  // Fragments are canonical: entities sorted by id.
  auto it = std::lower_bound(entities.begin(), entities.end(), id,
                             [](const Entity& e, std::string_view k) { return e.id < k; });
  if (it != entities.end() && it->id == id) return &*it;
  for (const Entity& e : entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

struct ScoredMention {
  const Mention* mention;
  LabeledSpan span;
};

}  // namespace

std::optional<std::string_view> MentionType(const Mention& mention, std::string_view text,
                                            const extract::Lexicon& lexicon) {
  // A lower-case mention is descriptive ("the Armenian leader"), not a name, unless a name
  // particle is glued to it ("al-Qaida").
  if (text.empty()) return std::nullopt;
  if (IsLowerAscii(text.front())) {
    const size_t dash = text.find('-');
    if (dash == std::string_view::npos || dash > 3 || dash + 1 >= text.size() ||
        !(text[dash + 1] >= 'A' && text[dash + 1] <= 'Z'))
      return std::nullopt;
  }
  switch (mention.type) {
    case EntityType::kPerson:
      return kPerson;
    case EntityType::kPlace:
      return kLocation;
    case EntityType::kOrganization:
      return kOrganization;
    case EntityType::kCountry:
      if (lexicon.FindDemonym(text) != nullptr && lexicon.FindCountry(text) == nullptr) {
        return kNationality;
      }
      return kLocation;
    case EntityType::kEvent:
    case EntityType::kDate:
      break;
  }
  return std::nullopt;
}

std::vector<LabeledSpan> MentionSpans(std::string_view text, std::span<const Mention> mentions,
                                      const extract::Lexicon& lexicon) {
  std::vector<LabeledSpan> spans;
  if (mentions.empty()) return spans;
  const CodePointIndex index(text);
  for (const Mention& m : mentions) {
    if (m.span.end > text.size()) continue;
    const auto type = MentionType(m, m.span.Of(text), lexicon);
    if (!type) continue;
    spans.push_back(
        {index.ToCodePoints(m.span.begin), index.ToCodePoints(m.span.end), std::string(*type)});
  }
  return spans;
}

std::optional<std::string_view> Conll04Relation(Predicate predicate, EntityType subject,
                                                EntityType object) {
  for (const RelationMapping& m : kConll04Relations) {
    if (m.predicate == predicate && m.subject == subject && m.object == object) return m.type;
  }
  return std::nullopt;
}

std::vector<SpanRelation> MentionRelations(std::string_view text,
                                           const extract::DocumentResult& result,
                                           const extract::Lexicon& lexicon) {
  std::vector<SpanRelation> out;
  const std::vector<Entity>& entities = result.fragment.entities;
  if (result.fragment.relations.empty()) return out;
  const CodePointIndex index(text);
  std::vector<ScoredMention> scored;
  for (const Mention& m : result.mentions) {
    if (m.span.end > text.size()) continue;
    const auto type = MentionType(m, m.span.Of(text), lexicon);
    if (!type || *type == kNationality) continue;
    scored.push_back(
        {&m,
         {index.ToCodePoints(m.span.begin), index.ToCodePoints(m.span.end), std::string(*type)}});
  }
  for (const Relation& r : result.fragment.relations) {
    if (IsLiteral(r.predicate)) continue;
    const Entity* subject = FindEntity(entities, r.subject);
    const Entity* object = FindEntity(entities, r.object);
    if (subject == nullptr || object == nullptr) continue;
    const auto type = Conll04Relation(r.predicate, subject->type, object->type);
    if (!type) continue;
    for (const Evidence& ev : r.evidence) {
      // The closest pair in the sentence: the relation was read between nearby words.
      const ScoredMention* best_s = nullptr;
      const ScoredMention* best_o = nullptr;
      long best_distance = 0;
      for (const ScoredMention& s : scored) {
        if (s.mention->entity != r.subject || s.span.begin < ev.begin || s.span.end > ev.end) {
          continue;
        }
        for (const ScoredMention& o : scored) {
          if (o.mention->entity != r.object || o.span.begin < ev.begin || o.span.end > ev.end) {
            continue;
          }
          const long distance = std::labs(static_cast<long>(s.span.begin) - o.span.begin);
          if (best_s == nullptr || distance < best_distance) {
            best_s = &s, best_o = &o, best_distance = distance;
          }
        }
      }
      if (best_s != nullptr) {
        out.push_back({.head = best_s->span, .tail = best_o->span, .type = std::string(*type)});
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

RelationLabels LabelRelationCandidates(const Record& record, LabelSet set,
                                       std::vector<extract::PairExample> candidates) {
  RelationLabels out;
  const std::vector<SpanRelation> gold = GoldRelations(record, set);
  out.gold = gold.size();
  const CodePointIndex index(record.text);
  // A gold span matches [begin, end) as given, or without a final period.
  auto same = [&](const LabeledSpan& g, uint32_t begin, uint32_t end) {
    if (g.begin != begin) return false;
    if (g.end == end) return true;
    return g.end == end + 1 && record.text[index.ToBytes(end)] == '.';
  };
  std::vector<bool> covered(gold.size(), false);
  for (extract::PairExample& c : candidates) {
    const auto type = Conll04Relation(extract::PairPredicate(c.kind, c.object_type), c.subject_type,
                                      c.object_type);
    const uint32_t sb = index.ToCodePoints(c.subject.begin), se = index.ToCodePoints(c.subject.end);
    const uint32_t ob = index.ToCodePoints(c.object.begin), oe = index.ToCodePoints(c.object.end);
    bool positive = false;
    for (size_t g = 0; g < gold.size() && type; ++g) {
      if (gold[g].type == *type && same(gold[g].head, sb, se) && same(gold[g].tail, ob, oe)) {
        positive = true;
        covered[g] = true;
      }
    }
    out.examples.push_back(Labeled(std::move(c), positive));
  }
  out.covered = static_cast<size_t>(std::count(covered.begin(), covered.end(), true));
  return out;
}

RelationLabels LabelArticleCandidates(const ArticleGold& gold,
                                      std::vector<extract::PairExample> candidates) {
  RelationLabels out;
  const GoldEntityIndex index(gold);
  auto learnable = [](std::optional<Predicate> p) {
    return p == Predicate::kNationality || p == Predicate::kContainedInPlace ||
           p == Predicate::kAffiliation || p == Predicate::kMemberOf;
  };
  // The facts the model can state, as (subject, predicate, object) gold indices.
  struct Fact {
    size_t subject;
    Predicate predicate;
    size_t object;
  };
  std::vector<Fact> facts;
  for (const GoldFact& f : gold.facts)
    if (const std::optional<Predicate> p = GoldPredicate(f.predicate); learnable(p))
      facts.push_back({index.IndexOf(f.subject), *p, index.IndexOf(f.object)});
  out.gold = facts.size();
  std::vector<bool> covered(facts.size(), false);
  auto matches = [&](EntityType type, const std::vector<std::string>& names) {
    return names.empty() ? std::vector<size_t>{}
                         : index.Matches(type, names.front(), std::span(names).subspan(1));
  };
  for (extract::PairExample& c : candidates) {
    const Predicate predicate = extract::PairPredicate(c.kind, c.object_type);
    if (!learnable(predicate)) continue;
    const std::vector<size_t> subjects = matches(c.subject_type, c.subject_names);
    const std::vector<size_t> objects = matches(c.object_type, c.object_names);
    if (subjects.empty() || objects.empty()) continue;
    bool positive = false;
    for (size_t f = 0; f < facts.size(); ++f) {
      if (facts[f].predicate != predicate ||
          std::find(subjects.begin(), subjects.end(), facts[f].subject) == subjects.end() ||
          std::find(objects.begin(), objects.end(), facts[f].object) == objects.end())
        continue;
      positive = true;
      covered[f] = true;
    }
    out.examples.push_back(Labeled(std::move(c), positive));
  }
  out.covered = static_cast<size_t>(std::count(covered.begin(), covered.end(), true));
  return out;
}

}  // namespace ng::eval
