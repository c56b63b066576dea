#include "graph/merge.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <iterator>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>
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
template <typename Text>
void KeepSmallestNonEmpty(Text& into, const Text& value) {
  if (!value.empty() && (into.empty() || value < into)) into = value;
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
// `name` the best name so far, `alt_names` every other name and alternate name seen (a name that
// loses its place to a better one joins them; holding the name there too would cost every
// entity, most of them single-named events, a vector),
// `identifiers` every identifier with the wikidata values among them as "wikidata:Q...",
// `wikidata` empty. Every field is a commutative, associative fold, so the order of the records
// does not matter; FinishEntity applies the choices that need the whole set.
void FoldEntity(Entity& into, Entity&& e) {
  into.type = std::min(into.type, e.type);
  // Only canonical names compete for the name: an alternate name may be a demonym or an
  // abbreviation ("Russian" for Russia) and must not take over because it is longer.
  InsertAllSorted(into.alt_names, std::move(e.alt_names));
  if (!e.name.empty() && e.name != into.name) {
    if (into.name.empty() || BetterName(e.name, into.name)) std::swap(into.name, e.name);
    if (!e.name.empty()) InsertSorted(into.alt_names, std::move(e.name));  // the name that lost
  }
  if (!into.name.empty()) {  // FinishEntity removes an empty one
    auto name = std::lower_bound(into.alt_names.begin(), into.alt_names.end(), into.name);
    if (name != into.alt_names.end() && *name == into.name) into.alt_names.erase(name);
  }
  InsertAllSorted(into.identifiers, std::move(e.identifiers));
  if (!e.wikidata.empty())
    InsertSorted(into.identifiers, std::string(kWikidataPrefix) + e.wikidata.str());
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

// Hashes of the index keys: an id, and a relation's (subject, predicate, object).
size_t TextHash(std::string_view text) { return std::hash<std::string_view>()(text); }

size_t KeyHash(std::string_view subject, Predicate predicate, std::string_view object) {
  size_t h = TextHash(subject) * 31 + static_cast<size_t>(predicate);
  return h ^ (TextHash(object) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

// Orders relations by (subject, predicate, object), as Canonicalize does.
bool RelationKeyLess(const Relation& a, const Relation& b) {
  return std::tie(a.subject, a.predicate, a.object) < std::tie(b.subject, b.predicate, b.object);
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

size_t GraphAccumulator::FindEntity(std::string_view id) const {
  return entity_index_.Find(TextHash(id),
                            [&](size_t pos) { return entities_[pos].id.view() == id; });
}

size_t GraphAccumulator::FindArticle(std::string_view id) const {
  return article_index_.Find(TextHash(id),
                             [&](size_t pos) { return articles_[pos].id.view() == id; });
}

size_t GraphAccumulator::FindRelation(std::string_view subject, Predicate predicate,
                                      std::string_view object) const {
  return relation_index_.Find(KeyHash(subject, predicate, object), [&](size_t pos) {
    const Relation& r = relations_[pos];
    return r.predicate == predicate && r.subject.view() == subject && r.object.view() == object;
  });
}

SharedText GraphAccumulator::EntityId(SharedText id) {
  const size_t pos = FindEntity(id.view());
  return pos != PositionIndex::kNone ? entities_[pos].id : texts_.Intern(std::move(id));
}

SharedText GraphAccumulator::DocId(SharedText id) {
  const size_t pos = FindArticle(id.view());
  return pos != PositionIndex::kNone ? articles_[pos].id : texts_.Intern(std::move(id));
}

void GraphAccumulator::Add(GraphData&& fragment) {
  // Entities and articles first: their keys are the buffers the other records share.
  for (Entity& e : fragment.entities) {
    // Few distinct values, held by many records (every event has a trigger): one buffer each.
    for (SharedText* text : {&e.subtype, &e.wikidata, &e.date, &e.trigger})
      *text = Text(std::move(*text));
    const size_t pos = FindEntity(e.id);
    if (pos != PositionIndex::kNone) {
      FoldEntity(entities_[pos].entity, std::move(e));
    } else {
      SharedText id(e.id);
      e.id = {};
      const size_t hash = TextHash(id.view());
      entities_.push_back({std::move(id), StartEntity(std::move(e))});
      entity_index_.Add(hash, entities_.size() - 1);
    }
  }
  for (Article& a : fragment.articles) {
    size_t pos = FindArticle(a.id);
    if (pos == PositionIndex::kNone) {
      articles_.push_back({SharedText(a.id), Article{}});
      pos = articles_.size() - 1;
      article_index_.Add(TextHash(a.id), pos);
    }
    Article& into = articles_[pos].article;
    if (opt_.spill) a.headline = opt_.spill->Spill(a.headline);
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
    r.object = IsLiteral(r.predicate) ? Text(std::move(r.object)) : EntityId(std::move(r.object));
    r.subject = EntityId(std::move(r.subject));
    AddRelation(std::move(r));
  }
  spilled_.clear();
  fragment = {};
}

void GraphAccumulator::Spill(SharedText& text) {
  if (text.empty() || text.spilled()) return;
  auto it = spilled_.find(text.view());
  if (it == spilled_.end()) {
    SharedText place = opt_.spill->Spill(text);
    const std::string_view key = text.view();
    it = spilled_.emplace(key, std::pair(std::move(text), std::move(place))).first;
  }
  text = it->second.second;
}

void GraphAccumulator::AddRelation(Relation&& r) {
  size_t pos = FindRelation(r.subject, r.predicate, r.object);
  if (pos == PositionIndex::kNone) {
    const size_t hash = KeyHash(r.subject, r.predicate, r.object);
    relations_.push_back({.subject = std::move(r.subject),
                          .predicate = r.predicate,
                          .object = std::move(r.object),
                          .evidence = {},
                          .weight = 0});
    pos = relations_.size() - 1;
    relation_index_.Add(hash, pos);
  }
  Unite(relations_[pos], std::move(r.evidence), r.weight);
}

void GraphAccumulator::Unite(Relation& into, std::vector<Evidence>&& evidence, uint32_t weight) {
  into.weight += weight;
  if (evidence.empty()) return;
  // Sized exactly: the merged graph keeps every evidence vector to the end, and growth by
  // doubling could leave up to half of a vector unused.
  into.evidence.reserve(into.evidence.size() + evidence.size());
  into.evidence.insert(into.evidence.end(), std::make_move_iterator(evidence.begin()),
                       std::make_move_iterator(evidence.end()));
  std::sort(into.evidence.begin(), into.evidence.end(), EvidenceLess);
  into.evidence.erase(std::unique(into.evidence.begin(), into.evidence.end()), into.evidence.end());
  // Keeping the first `cap` of each partial union keeps the first `cap` of the whole union.
  if (into.evidence.size() > opt_.evidence_cap) {
    evidence_dropped_ += into.evidence.size() - opt_.evidence_cap;
    into.evidence.resize(opt_.evidence_cap);
  }
  if (into.evidence.capacity() > into.evidence.size()) into.evidence.shrink_to_fit();
  // Only what the cap keeps goes to the spill file.
  if (opt_.spill)
    for (Evidence& ev : into.evidence) Spill(ev.text);
}

std::map<SharedText, SharedText, std::less<>> GraphAccumulator::ResolvePersons(MergeReport& rep) {
  // Only single-token persons move, and only into multi-token persons, which never move
  // themselves, so one pass suffices.
  std::map<std::string_view, std::vector<size_t>> full_names_by_surname;  // -> positions
  for (size_t pos = 0; pos < entities_.size(); ++pos) {
    const EntityRecord& r = entities_[pos];
    std::string_view last = LastToken(r.id, r.entity.type);
    if (!last.empty()) full_names_by_surname[last].push_back(pos);
  }
  // A monarch and an elected head are two people: "Sultan Ibrahim" is not "Prime Minister
  // Anwar Ibrahim" (HeadKindOfTitle). Each person's kinds of title, as bits (the ids stay alive
  // meanwhile).
  constexpr int kMonarch = 1, kElected = 2;
  std::unordered_map<std::string_view, int> head_kinds;
  for (size_t i = 0; i < relations_.size(); ++i)
    if (const Relation& rel = relations_[i]; rel.predicate == Predicate::kJobTitle) {
      const HeadKind kind = HeadKindOfTitle(rel.object);
      if (kind != HeadKind::kNone)
        head_kinds[rel.subject] |= kind == HeadKind::kMonarch ? kMonarch : kElected;
    }
  auto kinds_of = [&](std::string_view id) {
    const auto it = head_kinds.find(id);
    return it == head_kinds.end() ? 0 : it->second;
  };
  std::map<SharedText, SharedText, std::less<>> alias;  // merged-away id -> surviving id
  for (size_t pos = 0; pos < entities_.size(); ++pos) {
    const EntityRecord& r = entities_[pos];
    std::string_view surname = SingleTokenSurname(r.id, r.entity.type);
    if (surname.empty()) continue;
    auto it = full_names_by_surname.find(surname);
    if (it == full_names_by_surname.end() || it->second.size() != 1) continue;
    const SharedText& full = entities_[it->second.front()].id;
    if ((kinds_of(r.id) | kinds_of(full)) == (kMonarch | kElected)) continue;
    alias.emplace(r.id, full);
  }
  // The merged-away records stay in place, emptied; Finish leaves them out.
  for (const auto& [from, to] : alias) {
    FoldEntity(entities_[FindEntity(to)].entity, std::move(entities_[FindEntity(from)].entity));
    ++rep.persons_resolved;
  }
  return alias;
}

void GraphAccumulator::MoveResolvedRelations(
    std::vector<Relation>& relations, const std::map<SharedText, SharedText, std::less<>>& alias) {
  auto resolved = [&alias](const SharedText& id) -> const SharedText* {
    auto it = alias.find(id);
    return it == alias.end() ? nullptr : &it->second;
  };
  // The relations that move, in key order, out of the others (which keep their order).
  std::vector<Relation> moving;
  size_t kept = 0;
  for (size_t i = 0; i < relations.size(); ++i) {
    Relation& r = relations[i];
    if (resolved(r.subject) || (!IsLiteral(r.predicate) && resolved(r.object)))
      moving.push_back(std::move(r));
    else if (kept++ != i)
      relations[kept - 1] = std::move(r);
  }
  relations.erase(relations.begin() + static_cast<std::ptrdiff_t>(kept), relations.end());

  // Each joins the relation with its new key: one that stayed, else the first that moved there
  // (in key order, as if each were added to the graph in turn).
  std::vector<Relation> added;
  std::map<std::tuple<std::string_view, Predicate, std::string_view>, size_t> added_at;
  for (Relation& r : moving) {
    if (const SharedText* to = resolved(r.subject)) r.subject = *to;
    if (!IsLiteral(r.predicate))
      if (const SharedText* to = resolved(r.object)) r.object = *to;
    auto it = std::lower_bound(relations.begin(), relations.end(), r, RelationKeyLess);
    if (it != relations.end() && !RelationKeyLess(r, *it)) {
      Unite(*it, std::move(r.evidence), r.weight);
      continue;
    }
    auto [at, fresh] =
        added_at.try_emplace(std::tuple(r.subject.view(), r.predicate, r.object.view()), 0);
    if (fresh) {
      at->second = added.size();
      added.push_back({.subject = r.subject,
                       .predicate = r.predicate,
                       .object = r.object,
                       .evidence = {},
                       .weight = 0});
    }
    Unite(added[at->second], std::move(r.evidence), r.weight);
  }
  moving = {};
  added_at.clear();
  relations.reserve(relations.size() + added.size());
  for (Relation& r : added) relations.push_back(std::move(r));
  std::sort(relations.begin(), relations.end(), RelationKeyLess);
}

GraphData GraphAccumulator::Finish(MergeReport* report) {
  MergeReport local;
  MergeReport& rep = report ? *report : local;
  rep = {};
  std::map<SharedText, SharedText, std::less<>> alias;
  if (opt_.resolve_persons) alias = ResolvePersons(rep);
  entity_index_.clear();
  relation_index_.clear();
  article_index_.clear();

  // Records move out chunk by chunk, each chunk freed once emptied: the graph is held once.
  GraphData out;
  out.entities.reserve(entities_.size() - alias.size());
  entities_.Drain([&](EntityRecord&& r) {
    if (alias.count(r.id)) return;
    r.entity.id = r.id.str();
    out.entities.push_back(std::move(r.entity));
  });
  std::sort(out.entities.begin(), out.entities.end(),
            [](const Entity& a, const Entity& b) { return a.id < b.id; });
  for (Entity& e : out.entities)
    if (FinishEntity(e)) rep.wikidata_conflicts.push_back(e.id);

  out.relations.reserve(relations_.size());
  relations_.Drain([&](Relation&& r) { out.relations.push_back(std::move(r)); });
  std::sort(out.relations.begin(), out.relations.end(), RelationKeyLess);
  if (!alias.empty()) MoveResolvedRelations(out.relations, alias);

  out.articles.reserve(articles_.size());
  articles_.Drain([&](ArticleRecord&& r) {
    r.article.id = r.id.str();
    out.articles.push_back(std::move(r.article));
  });
  if (!alias.empty()) {
    for (Article& a : out.articles) {
      bool changed = false;
      for (SharedText& m : a.mentions)
        if (auto it = alias.find(m); it != alias.end()) {
          m = it->second;
          changed = true;
        }
      if (changed) {
        std::sort(a.mentions.begin(), a.mentions.end());
        a.mentions.erase(std::unique(a.mentions.begin(), a.mentions.end()), a.mentions.end());
      }
    }
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
