#include "eval/article.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "core/error.h"
#include "core/files.h"
#include "ingest/reader.h"

namespace ng::eval {
namespace {

std::string Fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

constexpr std::array<std::pair<std::string_view, Predicate>, 7> kGoldPredicates = {{
    {"leaderOf", Predicate::kLeaderOf},
    {"holdsTitle", Predicate::kJobTitle},
    {"memberOf", Predicate::kMemberOf},
    {"nationality", Predicate::kNationality},
    {"containedInPlace", Predicate::kContainedInPlace},
    {"capitalOf", Predicate::kCapitalOf},
    {"affiliation", Predicate::kAffiliation},
}};

std::string_view GoldPredicateName(Predicate p) {
  for (const auto& [n, q] : kGoldPredicates) {
    if (q == p) return n;
  }
  return PredicateTerm(p);
}

// A title compared ignoring case and hyphens: "Director-General" is "director general".
std::string FoldTitle(std::string_view s) {
  std::string out = Fold(s);
  for (char& c : out)
    if (c == '-') c = ' ';
  return out;
}

std::string StringOrEmpty(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> Strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  for (const auto& s : *it) out.push_back(s.get<std::string>());
  return out;
}

// The gold entities and output nodes that match each other (see article.h).
class Matcher {
 public:
  Matcher(const ArticleGold& gold, const GraphData& graph) : graph_(graph), index_(gold) {
    node_matches_.resize(graph.entities.size());
    for (size_t n = 0; n < graph.entities.size(); ++n) {
      const Entity& e = graph.entities[n];
      node_of_[e.id] = n;
      if (e.type != EntityType::kEvent)
        node_matches_[n] = index_.Matches(e.type, e.name, e.alt_names);
    }
  }

  // Returns the gold entities node `id` matches (empty for unknown ids).
  const std::vector<size_t>& Matches(std::string_view id) const {
    static const std::vector<size_t> kNone;
    const auto it = node_of_.find(id);
    return it == node_of_.end() ? kNone : node_matches_[it->second];
  }
  const std::vector<size_t>& MatchesOfNode(size_t n) const { return node_matches_[n]; }
  size_t GoldIndex(const std::string& name) const { return index_.IndexOf(name); }
  const Entity* Node(std::string_view id) const {
    const auto it = node_of_.find(id);
    return it == node_of_.end() ? nullptr : &graph_.entities[it->second];
  }
  // Returns the node's name for messages, or the id itself when unknown.
  std::string NameOf(std::string_view id) const {
    const Entity* e = Node(id);
    return e ? e->name : std::string(id);
  }

 private:
  const GraphData& graph_;
  GoldEntityIndex index_;
  std::map<std::string, size_t, std::less<>> node_of_;
  std::vector<std::vector<size_t>> node_matches_;
};

bool Contains(const std::vector<size_t>& v, size_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

void ScoreEntities(const ArticleGold& gold, const GraphData& graph, const Matcher& m,
                   ArticleScore& s) {
  std::vector<bool> found(gold.entities.size(), false);
  for (size_t n = 0; n < graph.entities.size(); ++n) {
    const Entity& e = graph.entities[n];
    if (e.type == EntityType::kEvent || e.type == EntityType::kDate) continue;
    ++s.entities.pred;
    if (m.MatchesOfNode(n).empty()) {
      s.false_entities.push_back(std::string(EntityTypeName(e.type)) + " " + e.name + " (" + e.id +
                                 ")");
      continue;
    }
    ++s.entities.matched_pred;
    for (size_t g : m.MatchesOfNode(n)) found[g] = true;
  }
  s.entities.gold = gold.entities.size();
  for (size_t g = 0; g < gold.entities.size(); ++g) {
    if (found[g]) {
      ++s.entities.matched_gold;
    } else {
      s.missed_entities.push_back(std::string(EntityTypeName(gold.entities[g].type)) + " " +
                                  gold.entities[g].name);
    }
  }
}

void ScoreFacts(const ArticleGold& gold, const GraphData& graph, const Matcher& m,
                ArticleScore& s) {
  s.facts.gold = gold.facts.size();
  std::vector<bool> found(gold.facts.size(), false);
  for (const Relation& r : graph.relations) {
    bool scored = false;
    for (const auto& [name, p] : kGoldPredicates) scored = scored || p == r.predicate;
    if (!scored) continue;
    const std::vector<size_t>& subjects = m.Matches(r.subject);
    const bool literal = IsLiteral(r.predicate);
    const std::vector<size_t>& objects = literal ? subjects : m.Matches(r.object);
    const std::string line = m.NameOf(r.subject) + " " +
                             std::string(GoldPredicateName(r.predicate)) + " " +
                             (literal ? r.object.str() : m.NameOf(r.object));
    bool correct = false;
    for (size_t f = 0; f < gold.facts.size(); ++f) {
      const GoldFact& g = gold.facts[f];
      if (GoldPredicate(g.predicate) != r.predicate) continue;
      if (!Contains(subjects, m.GoldIndex(g.subject))) continue;
      const bool object_ok = literal ? FoldTitle(g.object) == FoldTitle(r.object)
                                     : Contains(objects, m.GoldIndex(g.object));
      if (object_ok) correct = found[f] = true;
    }
    if (correct) {
      ++s.facts.pred;
      ++s.facts.matched_pred;
    } else if (subjects.empty() || objects.empty()) {
      ++s.facts_unjudged;
      s.unjudged_facts.push_back(line);
    } else {
      ++s.facts.pred;
      s.false_facts.push_back(line);
    }
  }
  for (size_t f = 0; f < gold.facts.size(); ++f) {
    if (found[f]) {
      ++s.facts.matched_gold;
    } else {
      const GoldFact& g = gold.facts[f];
      s.missed_facts.push_back(g.subject + " " + g.predicate + " " + g.object);
    }
  }
}

struct OutputEvent {
  const Entity* node;
  std::set<size_t> participants;  // gold entities the participants match
  std::string location;           // node id or ""
  std::string date;
};

std::string DescribeGold(const GoldEvent& e) {
  std::string out = e.kind == EventKind::kNone ? e.type : std::string(EventKindName(e.kind));
  out += " [";
  for (size_t i = 0; i < e.participants.size(); ++i) out += (i ? ", " : "") + e.participants[i];
  out += "] at " + (e.location.empty() ? std::string("-") : e.location);
  out += " on " + (e.date.empty() ? std::string("-") : e.date);
  return out + " (\"" + e.trigger + "\")";
}

void ScoreEvents(const ArticleGold& gold, const GraphData& graph, const Matcher& m,
                 ArticleScore& s) {
  std::vector<OutputEvent> events;
  std::map<std::string, size_t, std::less<>> event_of;
  for (const Entity& e : graph.entities) {
    if (e.type != EntityType::kEvent) continue;
    event_of[e.id] = events.size();
    events.push_back({.node = &e, .participants = {}, .location = {}, .date = e.date.str()});
  }
  for (const Relation& r : graph.relations) {
    const auto it = event_of.find(r.subject.view());
    if (it == event_of.end()) continue;
    OutputEvent& e = events[it->second];
    if (r.predicate == Predicate::kParticipant || r.predicate == Predicate::kOrganizer) {
      for (size_t g : m.Matches(r.object)) e.participants.insert(g);
    } else if (r.predicate == Predicate::kLocation) {
      e.location = r.object.str();
    } else if (r.predicate == Predicate::kStartDate && e.date.empty()) {
      e.date = r.object.str();
    }
  }

  // Candidate pairs, best participant overlap first, then the most right attributes.
  struct Pair {
    size_t overlap, attributes, gold, out;
    bool location_right, date_right;
  };
  std::vector<Pair> pairs;
  for (size_t g = 0; g < gold.events.size(); ++g) {
    const GoldEvent& ge = gold.events[g];
    for (size_t o = 0; o < events.size(); ++o) {
      const OutputEvent& oe = events[o];
      if (oe.node->event_kind != ge.kind) continue;
      size_t overlap = 0;
      for (const std::string& p : ge.participants) overlap += oe.participants.count(m.GoldIndex(p));
      if (!ge.participants.empty() && (overlap == 0 || 2 * overlap < ge.participants.size())) {
        continue;
      }
      const bool location_right = ge.location.empty()
                                      ? oe.location.empty()
                                      : Contains(m.Matches(oe.location), m.GoldIndex(ge.location));
      const bool date_right = ge.date == oe.date;
      pairs.push_back(
          {overlap, size_t{location_right} + date_right, g, o, location_right, date_right});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    return std::pair(a.overlap, a.attributes) > std::pair(b.overlap, b.attributes);
  });
  std::vector<bool> gold_used(gold.events.size(), false), out_used(events.size(), false);
  for (const Pair& p : pairs) {
    if (gold_used[p.gold] || out_used[p.out]) continue;
    gold_used[p.gold] = out_used[p.out] = true;
    s.event_location_right += p.location_right;
    s.event_date_right += p.date_right;
    const GoldEvent& ge = gold.events[p.gold];
    const OutputEvent& oe = events[p.out];
    if (!p.location_right) {
      s.attribute_errors.push_back(DescribeGold(ge) + ": location " +
                                   (oe.location.empty() ? "-" : m.NameOf(oe.location)));
    }
    if (!p.date_right) {
      s.attribute_errors.push_back(DescribeGold(ge) + ": date " +
                                   (oe.date.empty() ? "-" : oe.date));
    }
  }
  s.events.gold = gold.events.size();
  s.events.pred = events.size();
  for (size_t g = 0; g < gold.events.size(); ++g) {
    if (gold_used[g]) {
      ++s.events.matched_gold;
    } else {
      s.missed_events.push_back(DescribeGold(gold.events[g]));
    }
  }
  for (size_t o = 0; o < events.size(); ++o) {
    if (out_used[o]) {
      ++s.events.matched_pred;
    } else {
      s.false_events.push_back(events[o].node->name + " (" + events[o].node->id + ")");
    }
  }
}

}  // namespace

std::vector<std::pair<std::filesystem::path, std::filesystem::path>> FindArticleFiles(
    const std::filesystem::path& gold_arg, const std::optional<std::filesystem::path>& text_arg) {
  constexpr std::string_view kSuffix = ".gold.json";
  auto text_of = [&](const std::filesystem::path& gold) {
    std::string name = gold.filename().string();
    if (name.size() > kSuffix.size() && name.ends_with(kSuffix)) {
      name.resize(name.size() - kSuffix.size());
    } else {
      name = gold.stem().string();
    }
    return gold.parent_path() / (name + ".txt");
  };
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> pairs;
  if (std::filesystem::is_directory(gold_arg)) {
    if (text_arg) throw Error(ErrorCode::kUsage, "--text goes with one gold file, not a folder");
    for (const auto& entry : std::filesystem::directory_iterator(gold_arg)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && name.ends_with(kSuffix)) {
        pairs.emplace_back(entry.path(), text_of(entry.path()));
      }
    }
    std::sort(pairs.begin(), pairs.end());
    if (pairs.empty()) {
      throw Error(ErrorCode::kBadInput, "no *.gold.json files in the folder", gold_arg.string());
    }
  } else {
    if (!std::filesystem::is_regular_file(gold_arg)) {
      throw Error(ErrorCode::kBadInput, "gold file not found", gold_arg.string());
    }
    pairs.emplace_back(gold_arg, text_arg.value_or(text_of(gold_arg)));
  }
  for (const auto& [gold, text] : pairs) {
    if (!std::filesystem::is_regular_file(text)) {
      throw Error(ErrorCode::kBadInput, "article text not found (for " + gold.string() + ")",
                  text.string());
    }
  }
  return pairs;
}

Document ReadGoldArticle(const std::filesystem::path& text, const ArticleGold& gold,
                         Diagnostics& diag) {
  Document doc = ingest::DocumentFromText(text.string(), ReadFile(text), text.string(), diag);
  if (doc.date.empty()) doc.date = gold.date;
  return doc;
}

std::optional<Predicate> GoldPredicate(std::string_view name) {
  for (const auto& [n, p] : kGoldPredicates) {
    if (n == name) return p;
  }
  return std::nullopt;
}

GoldEntityIndex::GoldEntityIndex(const ArticleGold& gold) : gold_(gold) {
  for (size_t g = 0; g < gold.entities.size(); ++g) {
    by_name_[gold.entities[g].name] = g;
    std::set<std::string>& keys = keys_.emplace_back();
    keys.insert(Fold(gold.entities[g].name));
    for (const std::string& a : gold.entities[g].aliases) keys.insert(Fold(a));
  }
}

std::vector<size_t> GoldEntityIndex::Matches(EntityType type, std::string_view name,
                                             std::span<const std::string> alt_names) const {
  std::vector<std::string> names{Fold(name)};
  for (const std::string& a : alt_names) names.push_back(Fold(a));
  std::vector<size_t> found;
  for (size_t g = 0; g < gold_.entities.size(); ++g) {
    if (gold_.entities[g].type != type) continue;
    if (std::any_of(names.begin(), names.end(),
                    [&](const std::string& n) { return keys_[g].count(n) > 0; }))
      found.push_back(g);
  }
  return found;
}

MatchCounts& MatchCounts::operator+=(const MatchCounts& o) {
  gold += o.gold;
  pred += o.pred;
  matched_gold += o.matched_gold;
  matched_pred += o.matched_pred;
  return *this;
}

void ArticleScore::Add(const ArticleScore& o) {
  entities += o.entities;
  facts += o.facts;
  events += o.events;
  facts_unjudged += o.facts_unjudged;
  event_location_right += o.event_location_right;
  event_date_right += o.event_date_right;
  auto append = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
    to.insert(to.end(), from.begin(), from.end());
  };
  append(missed_entities, o.missed_entities);
  append(false_entities, o.false_entities);
  append(missed_facts, o.missed_facts);
  append(false_facts, o.false_facts);
  append(unjudged_facts, o.unjudged_facts);
  append(missed_events, o.missed_events);
  append(false_events, o.false_events);
  append(attribute_errors, o.attribute_errors);
  append(not_entity_violations, o.not_entity_violations);
}

ArticleGold ReadArticleGold(const std::filesystem::path& path) {
  const std::string file = path.string();
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::kBadInput, "cannot open gold file", file);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kBadInput, std::string("bad JSON: ") + e.what(), file);
  }
  auto fail = [&](const std::string& what) { throw Error(ErrorCode::kBadInput, what, file); };
  ArticleGold gold;
  try {
    if (!j.is_object()) fail("gold file is not a JSON object");
    gold.id = StringOrEmpty(j, "id");
    gold.date = StringOrEmpty(j, "date");
    std::set<std::string> names;
    for (const auto& e : j.value("entities", nlohmann::json::array())) {
      GoldEntity g;
      g.name = e.at("name").get<std::string>();
      const std::string type = e.at("type").get<std::string>();
      const auto t = ParseEntityType(type);
      if (!t || *t == EntityType::kEvent || *t == EntityType::kDate) {
        fail("unknown entity type '" + type + "' of '" + g.name + "'");
      }
      g.type = *t;
      g.aliases = Strings(e, "aliases");
      g.leader = e.value("leader", false);
      if (!names.insert(g.name).second) fail("entity '" + g.name + "' given twice");
      gold.entities.push_back(std::move(g));
    }
    auto need_entity = [&](const std::string& name, const std::string& where) {
      if (!names.count(name)) fail(where + " names '" + name + "', which is no gold entity");
    };
    for (const auto& f : j.value("facts", nlohmann::json::array())) {
      if (!f.is_array() || f.size() != 3) fail("a fact is not [subject, predicate, object]");
      GoldFact g{f[0].get<std::string>(), f[1].get<std::string>(), f[2].get<std::string>()};
      if (!GoldPredicate(g.predicate)) fail("unknown fact predicate '" + g.predicate + "'");
      need_entity(g.subject, "a fact");
      if (g.predicate != "holdsTitle") need_entity(g.object, "a fact");
      gold.facts.push_back(std::move(g));
    }
    for (const auto& e : j.value("events", nlohmann::json::array())) {
      GoldEvent g;
      const std::string type = e.at("type").get<std::string>();
      const auto kind = ParseEventKind(type);
      g.kind = kind ? *kind : EventKind::kNone;
      g.type = type;
      g.participants = Strings(e, "participants");
      for (const std::string& p : g.participants) need_entity(p, "an event");
      g.location = StringOrEmpty(e, "location");
      if (!g.location.empty()) need_entity(g.location, "an event");
      g.date = StringOrEmpty(e, "date");
      g.trigger = StringOrEmpty(e, "trigger");
      gold.events.push_back(std::move(g));
    }
    gold.not_entities = Strings(j, "not_entities");
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kBadInput, std::string("bad gold file: ") + e.what(), file);
  }
  return gold;
}

ArticleScore ScoreArticle(const ArticleGold& gold, const GraphData& graph) {
  ArticleScore s;
  const Matcher m(gold, graph);
  ScoreEntities(gold, graph, m, s);
  ScoreFacts(gold, graph, m, s);
  ScoreEvents(gold, graph, m, s);
  std::set<std::string> banned;
  for (const std::string& n : gold.not_entities) banned.insert(Fold(n));
  for (const Entity& e : graph.entities) {
    std::vector<std::string> names{e.name};
    names.insert(names.end(), e.alt_names.begin(), e.alt_names.end());
    for (const std::string& n : names) {
      if (banned.count(Fold(n))) s.not_entity_violations.push_back(n + " (" + e.id + ")");
    }
  }
  return s;
}

}  // namespace ng::eval
