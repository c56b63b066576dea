#include "graph/merge.h"

#include <algorithm>
#include <map>
#include <set>
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
std::string_view SingleTokenSurname(const Entity& e) {
  if (e.type != EntityType::kPerson || !e.id.starts_with(kPersonPrefix)) return {};
  std::string_view rest = std::string_view(e.id).substr(kPersonPrefix.size());
  if (rest.empty() || rest.find('-') != std::string_view::npos) return {};
  return rest;
}

// Returns the last token of a multi-token person id ("person/vladimir-putin" -> "putin"), or "".
std::string_view LastToken(const Entity& e) {
  if (e.type != EntityType::kPerson || !e.id.starts_with(kPersonPrefix)) return {};
  std::string_view rest = std::string_view(e.id).substr(kPersonPrefix.size());
  size_t dash = rest.rfind('-');
  if (dash == std::string_view::npos || dash + 1 == rest.size()) return {};
  return rest.substr(dash + 1);
}

}  // namespace

Entity MergeEntities(const std::vector<Entity>& group, bool* wikidata_conflict) {
  Entity out;
  out.id = group.front().id;
  out.type = group.front().type;
  std::set<std::string> names, alt_names, identifiers, wikidata;
  for (const Entity& e : group) {
    out.type = std::min(out.type, e.type);
    // Only canonical names compete for the name: an alternate name may be a demonym or an
    // abbreviation ("Russian" for Russia) and must not take over because it is longer.
    if (!e.name.empty()) names.insert(e.name);
    alt_names.insert(e.alt_names.begin(), e.alt_names.end());
    for (const std::string& id : e.identifiers) {
      if (id.starts_with(kWikidataPrefix))
        wikidata.insert(id.substr(kWikidataPrefix.size()));
      else
        identifiers.insert(id);
    }
    if (!e.wikidata.empty()) wikidata.insert(e.wikidata);
    out.leader = out.leader || e.leader;
    out.mentions += e.mentions;
    KeepSmallestNonEmpty(out.subtype, e.subtype);
    KeepSmallestNonEmpty(out.date, e.date);
    KeepSmallestNonEmpty(out.trigger, e.trigger);
    if (e.event_kind != EventKind::kNone &&
        (out.event_kind == EventKind::kNone || e.event_kind < out.event_kind))
      out.event_kind = e.event_kind;
  }
  if (!names.empty()) out.name = *std::min_element(names.begin(), names.end(), BetterName);
  alt_names.insert(names.begin(), names.end());
  alt_names.erase(out.name);
  out.alt_names.assign(alt_names.begin(), alt_names.end());
  // The smallest wikidata id wins; the others stay visible as identifiers instead of vanishing.
  if (!wikidata.empty()) {
    out.wikidata = *wikidata.begin();
    for (auto it = std::next(wikidata.begin()); it != wikidata.end(); ++it)
      identifiers.insert(std::string(kWikidataPrefix) + *it);
  }
  if (wikidata_conflict) *wikidata_conflict = wikidata.size() > 1;
  out.identifiers.assign(identifiers.begin(), identifiers.end());
  return out;
}

GraphData MergeFragments(std::vector<GraphData> fragments, const MergeOptions& opt,
                         MergeReport* report) {
  MergeReport local;
  MergeReport& rep = report ? *report : local;
  rep = {};

  // Entities by id: a std::map keeps everything below independent of fragment order.
  std::map<std::string, std::vector<Entity>> by_id;
  for (GraphData& f : fragments)
    for (Entity& e : f.entities) {
      std::string id = e.id;
      by_id[id].push_back(std::move(e));
    }

  // Cross-document person resolution. Only single-token persons move, and only into
  // multi-token persons, which never move themselves, so one pass suffices.
  std::map<std::string_view, std::vector<std::string_view>> full_names_by_surname;
  for (const auto& [id, group] : by_id) {
    std::string_view last = LastToken(group.front());
    if (!last.empty()) full_names_by_surname[last].push_back(id);
  }
  std::map<std::string, std::string> alias;  // merged-away id -> surviving id
  for (const auto& [id, group] : by_id) {
    if (!opt.resolve_persons) break;
    std::string_view surname = SingleTokenSurname(group.front());
    if (surname.empty()) continue;
    auto it = full_names_by_surname.find(surname);
    if (it != full_names_by_surname.end() && it->second.size() == 1)
      alias[id] = std::string(it->second.front());
  }
  for (const auto& [from, to] : alias) {
    auto& source = by_id[from];
    auto& target = by_id[to];
    target.insert(target.end(), std::make_move_iterator(source.begin()),
                  std::make_move_iterator(source.end()));
    by_id.erase(from);
    ++rep.persons_resolved;
  }
  auto resolve = [&alias](const std::string& id) -> const std::string& {
    auto it = alias.find(id);
    return it == alias.end() ? id : it->second;
  };

  GraphData out;
  out.entities.reserve(by_id.size());
  for (const auto& [id, group] : by_id) {
    bool conflict = false;
    Entity e = MergeEntities(group, &conflict);
    e.id = id;
    if (conflict) rep.wikidata_conflicts.push_back(id);
    out.entities.push_back(std::move(e));
  }

  using Key = std::tuple<std::string, Predicate, std::string>;
  std::map<Key, Relation> relations;
  for (GraphData& f : fragments)
    for (Relation& r : f.relations) {
      r.subject = resolve(r.subject);
      if (!IsLiteral(r.predicate)) r.object = resolve(r.object);
      auto [it, inserted] = relations.try_emplace(Key{r.subject, r.predicate, r.object});
      Relation& into = it->second;
      if (inserted) {
        into.subject = r.subject;
        into.predicate = r.predicate;
        into.object = r.object;
      }
      into.weight += r.weight;
      into.evidence.insert(into.evidence.end(), std::make_move_iterator(r.evidence.begin()),
                           std::make_move_iterator(r.evidence.end()));
    }
  out.relations.reserve(relations.size());
  for (auto& [key, r] : relations) {
    std::sort(r.evidence.begin(), r.evidence.end(), EvidenceTotalLess);
    r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
    if (r.evidence.size() > opt.evidence_cap) {
      rep.evidence_dropped += r.evidence.size() - opt.evidence_cap;
      r.evidence.resize(opt.evidence_cap);
    }
    out.relations.push_back(std::move(r));
  }

  std::map<std::string, Article> articles;
  for (GraphData& f : fragments)
    for (Article& a : f.articles) {
      Article& into = articles[a.id];
      into.id = a.id;
      KeepSmallestNonEmpty(into.headline, a.headline);
      KeepSmallestNonEmpty(into.date, a.date);
      KeepSmallestNonEmpty(into.url, a.url);
      for (const std::string& m : a.mentions) into.mentions.push_back(resolve(m));
    }
  for (auto& [id, a] : articles) out.articles.push_back(std::move(a));

  Canonicalize(out);
  return out;
}

}  // namespace ng::graph
