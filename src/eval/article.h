// Article gold files (the "seed/" format of the shared evaluation data: what a careful reader
// extracts from one news article: entities, facts, events and strings that must not become
// entities) and their scoring against the graph the extractor made of that article.
//
// Matching rules:
//   entity  a gold entity matches an output node of the same type (Place covers our City and
//           AdministrativeArea subtypes) whose name or an alternate name equals the gold name or
//           one of its aliases, ignoring ASCII case. Event nodes are not entities here.
//   fact    gold predicates leaderOf, holdsTitle (our jobTitle literal, compared ignoring case and
//   hyphens),
//           memberOf, nationality, containedInPlace, capitalOf, affiliation. An output relation
//           with one of these predicates is correct if its ends match the gold fact's; it is a
//           false positive only if both its ends match gold entities (for holdsTitle: its
//           subject), else it is "unjudged" and counted apart.
//   event   same kind, and the output participants match at least half (and at least one) of the
//           gold participants; events pair one to one, best overlap first. Location and date
//           are reported as attribute accuracy over the paired events (a gold null must be
//           absent in the output too).
//   not_entities  any output node whose name or alternate name equals one, ignoring ASCII case.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "core/document.h"
#include "core/model.h"
#include "eval/score.h"

namespace ng::eval {

struct GoldEntity {
  std::string name;
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;
  bool leader = false;
};

struct GoldFact {
  std::string subject;    // a gold entity name
  std::string predicate;  // "leaderOf", "holdsTitle", ...
  std::string object;     // a gold entity name, or the literal title
};

struct GoldEvent {
  EventKind kind = EventKind::kNone;      // kNone: a type we do not extract (see `type`)
  std::vector<std::string> participants;  // gold entity names
  std::string location;                   // a gold entity name, "" for null
  std::string date;                       // "YYYY[-MM[-DD]]", "" for null
  std::string trigger;
  std::string type;  // as the gold writes it ("Meeting", "Resignation")
};

struct ArticleGold {
  std::string id;
  std::string date;
  std::vector<GoldEntity> entities;
  std::vector<GoldFact> facts;
  std::vector<GoldEvent> events;
  std::vector<std::string> not_entities;
};

// Reads a gold file. Throws Error(kBadInput, ..., path) if it cannot be read or parsed, or names
// an unknown entity type or predicate, or a fact or event end that is no gold entity. An event
// of a type newsgraph does not extract ("Resignation") is read with kind kNone: no output
// matches it, so it counts as missed.
ArticleGold ReadArticleGold(const std::filesystem::path& path);

// Returns the (gold file, article text) pairs of `gold`: a *.gold.json file and `text` (by
// default ARTICLE.txt beside ARTICLE.gold.json), or every *.gold.json of a folder with its .txt,
// sorted. Throws Error(kUsage) for `text` with a folder, Error(kBadInput) when a gold file or
// text is missing or the folder holds no gold file.
std::vector<std::pair<std::filesystem::path, std::filesystem::path>> FindArticleFiles(
    const std::filesystem::path& gold, const std::optional<std::filesystem::path>& text = {});

// Returns the article at `text` as the extractor reads a text file (ingest's reader: its title,
// its stated date, repaired bytes noted in `diag`), dated by the gold's publication date where
// the text states none, as a JSON Lines record's "date" would date it: "on Tuesday" and "July
// 15" resolve against it. Throws Error(kBadInput) when the text cannot be read.
Document ReadGoldArticle(const std::filesystem::path& text, const ArticleGold& gold,
                         Diagnostics& diag);

// Returns the predicate a gold fact's predicate ("leaderOf", "holdsTitle", ...) stands for.
std::optional<Predicate> GoldPredicate(std::string_view name);

// The gold entities an entity of the output matches, by the entity rule above: the same type,
// and its name or an alternate name equal to the gold name or one of its aliases, ignoring
// ASCII case. Used to score an article and to label the relation model's training pairs.
class GoldEntityIndex {
 public:
  explicit GoldEntityIndex(const ArticleGold& gold);
  // Returns the indices into gold.entities that an entity of `type` named `name` and
  // `alt_names` matches, in gold order.
  std::vector<size_t> Matches(EntityType type, std::string_view name,
                              std::span<const std::string> alt_names) const;
  // Returns the index of the gold entity named `name` (a fact's or event's end).
  size_t IndexOf(const std::string& name) const { return by_name_.at(name); }

 private:
  const ArticleGold& gold_;
  std::map<std::string, size_t> by_name_;
  std::vector<std::set<std::string>> keys_;  // per gold entity: its name and aliases, folded
};

// Gold and predicted items with the matched ones on each side (several outputs may match one
// gold item, so matched_pred and matched_gold can differ).
struct MatchCounts {
  size_t gold = 0;
  size_t pred = 0;
  size_t matched_gold = 0;
  size_t matched_pred = 0;

  Prf Score() const { return ComputePrf(matched_pred, pred, matched_gold, gold); }
  MatchCounts& operator+=(const MatchCounts& o);
};

struct ArticleScore {
  MatchCounts entities;
  MatchCounts facts;  // pred: correct plus false positives (unjudged facts left out)
  MatchCounts events;
  size_t facts_unjudged = 0;
  size_t event_location_right = 0;  // of events.matched_gold paired events
  size_t event_date_right = 0;

  // What went wrong, as readable lines ("Person Vladimir Putin", "Putin leaderOf Russia").
  std::vector<std::string> missed_entities;
  std::vector<std::string> false_entities;
  std::vector<std::string> missed_facts;
  std::vector<std::string> false_facts;
  std::vector<std::string> unjudged_facts;
  std::vector<std::string> missed_events;
  std::vector<std::string> false_events;
  std::vector<std::string> attribute_errors;       // wrong location or date of a paired event
  std::vector<std::string> not_entity_violations;  // "WORLD (node place/world)"

  // Adds another article's score (counts add up, lists are appended).
  void Add(const ArticleScore& other);
};

// Scores the graph made of one article against its gold file.
ArticleScore ScoreArticle(const ArticleGold& gold, const GraphData& graph);

}  // namespace ng::eval
