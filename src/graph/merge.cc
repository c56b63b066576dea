#include "graph/merge.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

namespace ng::graph {
namespace {

constexpr std::string_view kPersonPrefix = "person/";
constexpr std::string_view kWikidataPrefix = "wikidata:";

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// True if a word of `name` of four or more letters is all capitals: "Mahmoud ABBAS", "HAMAS",
// a shouted headline's form of a name that the articles also write in title case.
bool Shouted(std::string_view name) {
  size_t letters = 0;
  bool lower = false;
  for (size_t i = 0; i <= name.size(); ++i) {
    const char c = i < name.size() ? name[i] : ' ';
    if (c == ' ') {
      if (letters >= 4 && !lower) return true;
      letters = 0;
      lower = false;
    } else if (c >= 'a' && c <= 'z') {
      lower = true;
      ++letters;
    } else if (c >= 'A' && c <= 'Z') {
      ++letters;
    }
  }
  return false;
}

// Orders names for choosing the canonical one: not shouted first, then longest, then the
// smallest.
bool BetterName(const std::string& a, const std::string& b) {
  const bool sa = Shouted(a), sb = Shouted(b);
  if (sa != sb) return sb;
  size_t la = CodePoints(a), lb = CodePoints(b);
  if (la != lb) return la > lb;
  return a < b;
}

// Keeps the smallest non-empty value, so the result is independent of merge order.
void KeepSmallestNonEmpty(std::string& into, const std::string& value) {
  if (!value.empty() && (into.empty() || value < into)) into = value;
}

// Orders evidence totally: EvidenceLess first, then confidence, so that which evidence the cap
// keeps never depends on the input order.
bool EvidenceTotalLess(const Evidence& a, const Evidence& b) {
  if (EvidenceLess(a, b)) return true;
  if (EvidenceLess(b, a)) return false;
  return a.confidence < b.confidence;
}

// Returns the surname slug of a single-token person id ("person/putin" -> "putin"), or "".
std::string_view SingleTokenSurname(std::string_view id, EntityType type) {
  if (type != EntityType::kPerson || !id.starts_with(kPersonPrefix)) return {};
  std::string_view rest = id.substr(kPersonPrefix.size());
  if (rest.empty() || rest.find('-') != std::string_view::npos) return {};
  return rest;
}

// Returns the last token of a multi-token person id ("person/vladimir-putin" -> "putin"), or "".
std::string_view LastToken(std::string_view id, EntityType type) {
  if (type != EntityType::kPerson || !id.starts_with(kPersonPrefix)) return {};
  std::string_view rest = id.substr(kPersonPrefix.size());
  size_t dash = rest.rfind('-');
  if (dash == std::string_view::npos || dash + 1 == rest.size()) return {};
  return rest.substr(dash + 1);
}

// Inserts `value` into the sorted, unique `into` unless it is there.
template <typename Text>
void InsertSorted(std::vector<Text>& into, Text value) {
  auto it = std::lower_bound(into.begin(), into.end(), value);
  if (it == into.end() || *it != value) into.insert(it, std::move(value));
}

template <typename Text>
void InsertAllSorted(std::vector<Text>& into, std::vector<Text>&& values) {
  if (into.empty()) {
    into = std::move(values);
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
    return;
  }
  for (Text& v : values) InsertSorted(into, std::move(v));
}

// Folds `e` into `into`, an entity in the unfinished form the entity rules accumulate in:
// `name` the best name so far, `alt_names` every name and alternate name seen (the name too),
// `identifiers` every identifier with the wikidata values among them as "wikidata:Q...",
// `wikidata` empty. Every field is a commutative, associative fold, so the order of the records
// does not matter; FinishEntity applies the choices that need the whole set.
void FoldEntity(Entity& into, Entity&& e) {
  into.type = std::min(into.type, e.type);
  // Only canonical names compete for the name: an alternate name may be a demonym or an
  // abbreviation ("Russian" for Russia) and must not take over because it is longer.
  if (!e.name.empty() && (into.name.empty() || BetterName(e.name, into.name))) into.name = e.name;
  InsertAllSorted(into.alt_names, std::move(e.alt_names));
  if (!e.name.empty()) InsertSorted(into.alt_names, std::move(e.name));
  InsertAllSorted(into.identifiers, std::move(e.identifiers));
  if (!e.wikidata.empty())
    InsertSorted(into.identifiers, std::string(kWikidataPrefix) + e.wikidata);
  into.leader = into.leader || e.leader;
  into.mentions += e.mentions;
  KeepSmallestNonEmpty(into.subtype, e.subtype);
  KeepSmallestNonEmpty(into.date, e.date);
  KeepSmallestNonEmpty(into.trigger, e.trigger);
  if (e.event_kind != EventKind::kNone &&
      (into.event_kind == EventKind::kNone || e.event_kind < into.event_kind))
    into.event_kind = e.event_kind;
}

// Returns a first record in the unfinished form of FoldEntity.
Entity StartEntity(Entity&& e) {
  Entity into;
  into.type = e.type;
  FoldEntity(into, std::move(e));
  return into;
}

// Turns an entity in FoldEntity's form into the merged record; returns true if it had several
// wikidata values (a conflict).
bool FinishEntity(Entity& e) {
  std::erase(e.alt_names, e.name);
  // The smallest wikidata id wins; the others stay visible as identifiers instead of vanishing.
  // Identifiers are sorted, so the "wikidata:" ones are one run, smallest value first.
  auto first = std::lower_bound(e.identifiers.begin(), e.identifiers.end(), kWikidataPrefix);
  auto last = first;
  while (last != e.identifiers.end() && last->starts_with(kWikidataPrefix)) ++last;
  if (first == last) return false;
  e.wikidata = first->substr(kWikidataPrefix.size());
  const bool conflict = last - first > 1;
  e.identifiers.erase(first);
  return conflict;
}

}  // namespace

Entity MergeEntities(const std::vector<Entity>& group, bool* wikidata_conflict) {
  Entity out = StartEntity(Entity(group.front()));
  for (size_t i = 1; i < group.size(); ++i) FoldEntity(out, Entity(group[i]));
  out.id = group.front().id;
  const bool conflict = FinishEntity(out);
  if (wikidata_conflict) *wikidata_conflict = conflict;
  return out;
}

SharedText GraphAccumulator::EntityId(SharedText id) {
  auto it = entities_.find(id.view());
  return it != entities_.end() ? it->first : texts_.Intern(std::move(id));
}

SharedText GraphAccumulator::DocId(SharedText id) {
  auto it = articles_.find(id.view());
  return it != articles_.end() ? it->first : texts_.Intern(std::move(id));
}

void GraphAccumulator::Add(GraphData&& fragment) {
  // Entities and articles first: their keys are the buffers the other records share.
  for (Entity& e : fragment.entities) {
    auto it = entities_.find(e.id);
    if (it != entities_.end()) {
      FoldEntity(it->second, std::move(e));
    } else {
      SharedText id(e.id);
      e.id = {};
      entities_.emplace(std::move(id), StartEntity(std::move(e)));
    }
  }
  for (Article& a : fragment.articles) {
    auto it = articles_.find(a.id);
    if (it == articles_.end()) it = articles_.emplace(SharedText(a.id), Article{}).first;
    Article& into = it->second;
    KeepSmallestNonEmpty(into.headline, a.headline);
    KeepSmallestNonEmpty(into.date, a.date);
    KeepSmallestNonEmpty(into.url, a.url);
    for (SharedText& m : a.mentions) m = EntityId(std::move(m));
    InsertAllSorted(into.mentions, std::move(a.mentions));
  }
  for (Relation& r : fragment.relations) {
    for (Evidence& ev : r.evidence) {
      ev.doc = DocId(std::move(ev.doc));
      ev.rule = Text(std::move(ev.rule));
    }
    SharedText object =
        IsLiteral(r.predicate) ? Text(std::move(r.object)) : EntityId(std::move(r.object));
    AddRelation({EntityId(std::move(r.subject)), r.predicate, std::move(object)},
                std::move(r.evidence), r.weight);
  }
  fragment = {};
}

void GraphAccumulator::AddRelation(RelationKey key, std::vector<Evidence> evidence,
                                   uint32_t weight) {
  RelationBody& into = relations_[std::move(key)];
  into.weight += weight;
  if (evidence.empty()) return;
  // Sized exactly: the merged graph keeps every evidence vector to the end, and growth by
  // doubling could leave up to half of a vector unused.
  into.evidence.reserve(into.evidence.size() + evidence.size());
  into.evidence.insert(into.evidence.end(), std::make_move_iterator(evidence.begin()),
                       std::make_move_iterator(evidence.end()));
  std::sort(into.evidence.begin(), into.evidence.end(), EvidenceTotalLess);
  into.evidence.erase(std::unique(into.evidence.begin(), into.evidence.end()), into.evidence.end());
  // Keeping the first `cap` of each partial union keeps the first `cap` of the whole union.
  if (into.evidence.size() > opt_.evidence_cap) {
    evidence_dropped_ += into.evidence.size() - opt_.evidence_cap;
    into.evidence.resize(opt_.evidence_cap);
  }
  if (into.evidence.capacity() > into.evidence.size()) into.evidence.shrink_to_fit();
}

void GraphAccumulator::ResolvePersons(MergeReport& rep) {
  // Only single-token persons move, and only into multi-token persons, which never move
  // themselves, so one pass suffices.
  std::map<std::string_view, std::vector<const SharedText*>> full_names_by_surname;
  for (const auto& [id, e] : entities_) {
    std::string_view last = LastToken(id, e.type);
    if (!last.empty()) full_names_by_surname[last].push_back(&id);
  }
  std::map<SharedText, SharedText, std::less<>> alias;  // merged-away id -> surviving id
  for (const auto& [id, e] : entities_) {
    std::string_view surname = SingleTokenSurname(id, e.type);
    if (surname.empty()) continue;
    auto it = full_names_by_surname.find(surname);
    if (it != full_names_by_surname.end() && it->second.size() == 1)
      alias.emplace(id, *it->second.front());
  }
  if (alias.empty()) return;
  for (const auto& [from, to] : alias) {
    auto node = entities_.extract(from);
    FoldEntity(entities_.find(to)->second, std::move(node.mapped()));
    ++rep.persons_resolved;
  }
  auto resolved = [&alias](const SharedText& id) -> const SharedText* {
    auto it = alias.find(id);
    return it == alias.end() ? nullptr : &it->second;
  };

  std::vector<RelationKey> moving;
  for (const auto& [key, body] : relations_) {
    const auto& [subject, predicate, object] = key;
    if (resolved(subject) || (!IsLiteral(predicate) && resolved(object))) moving.push_back(key);
  }
  for (const RelationKey& key : moving) {
    auto node = relations_.extract(key);
    auto& [subject, predicate, object] = node.key();
    if (const SharedText* to = resolved(subject)) subject = *to;
    if (!IsLiteral(predicate))
      if (const SharedText* to = resolved(object)) object = *to;
    AddRelation(std::move(node.key()), std::move(node.mapped().evidence), node.mapped().weight);
  }

  for (auto& [id, a] : articles_) {
    bool changed = false;
    for (SharedText& m : a.mentions)
      if (const SharedText* to = resolved(m)) {
        m = *to;
        changed = true;
      }
    if (changed) {
      std::sort(a.mentions.begin(), a.mentions.end());
      a.mentions.erase(std::unique(a.mentions.begin(), a.mentions.end()), a.mentions.end());
    }
  }
}

GraphData GraphAccumulator::Finish(MergeReport* report) {
  MergeReport local;
  MergeReport& rep = report ? *report : local;
  rep = {};
  if (opt_.resolve_persons) ResolvePersons(rep);

  // Records move out node by node, so the graph is held once, not twice.
  GraphData out;
  out.entities.reserve(entities_.size());
  while (!entities_.empty()) {
    auto node = entities_.extract(entities_.begin());
    Entity& e = node.mapped();
    e.id = node.key().str();
    if (FinishEntity(e)) rep.wikidata_conflicts.push_back(e.id);
    out.entities.push_back(std::move(e));
  }
  out.relations.reserve(relations_.size());
  while (!relations_.empty()) {
    auto node = relations_.extract(relations_.begin());
    auto& [subject, predicate, object] = node.key();
    out.relations.push_back({.subject = std::move(subject),
                             .predicate = predicate,
                             .object = std::move(object),
                             .evidence = std::move(node.mapped().evidence),
                             .weight = node.mapped().weight});
  }
  out.articles.reserve(articles_.size());
  while (!articles_.empty()) {
    auto node = articles_.extract(articles_.begin());
    node.mapped().id = node.key().str();
    out.articles.push_back(std::move(node.mapped()));
  }
  texts_.clear();
  rep.evidence_dropped = evidence_dropped_;
  evidence_dropped_ = 0;

  Canonicalize(out);
  return out;
}

GraphData MergeFragments(std::vector<GraphData> fragments, const MergeOptions& opt,
                         MergeReport* report) {
  GraphAccumulator acc(opt);
  for (GraphData& f : fragments) acc.Add(std::move(f));
  return acc.Finish(report);
}

}  // namespace ng::graph
