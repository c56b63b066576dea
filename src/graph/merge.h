// Merging of graph fragments (one per document, or graphs already merged) into one graph. The
// merge is a pure function of the multiset of fragments: the result does not depend on their
// order, and merging merged sub-sets gives the same graph as merging everything at once (see
// the limit on person resolution below). Rules:
//  - entities with the same id become one: the longest name wins (tie: the smallest), the
//    other names join the united alternate names (which never compete for the name: a longer
//    demonym "Russian" must not replace "Russia"); identifiers are united; leader is the "or";
//    mentions are summed; subtype, event kind, date and trigger keep the smallest non-empty
//    value; wikidata keeps the smallest value, the others are kept as "wikidata:Q..."
//    identifiers and counted as conflicts.
//  - a person with a single-token id ("person/putin") merges into the one multi-token person
//    whose last token matches ("person/vladimir-putin"), if exactly one such person exists in
//    the merged graph; its id is rewritten in relations and article mention lists.
//    Limit: a sub-merge may resolve a surname that a later fragment makes ambiguous (a second
//    "X Putin"); such a merge cannot be undone, so associativity holds only for inputs where
//    every resolved surname stays unambiguous. Without resolution (MergeOptions::
//    resolve_persons = false) the merge is fully associative: merge shards and partial folds
//    that way, and resolve once in the final merge, to get exactly the graph of one merge of all.
//  - relations with the same (subject, predicate, object) become one: evidence united, sorted,
//    capped; weights summed (the weight still counts evidence dropped by the cap).
//  - articles with the same id become one: mention lists united, other fields keep the
//    smallest non-empty value.
//
// GraphAccumulator applies the same rules one fragment at a time: it holds one merged record per
// entity, relation and article (evidence already sorted and capped), so its memory follows the
// merged graph, not the sum of the fragments, and no fragment is merged twice. The records live
// in chunks (graph/record_chunks.h) until Finish moves them into the GraphData, freeing each
// chunk as it goes: the graph is never held twice.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "core/text_spill.h"
#include "graph/record_chunks.h"

namespace ng::graph {

struct MergeOptions {
  size_t evidence_cap = 20;     // evidence kept per relation
  bool resolve_persons = true;  // merge single-token persons into full names (see above)
  // If set, headlines and the evidence sentences the cap keeps wait in this spill file, not in
  // memory (each sentence of a fragment once, however many of its evidence cite it): the graph
  // is the same, its texts are read back when written. The spill must outlive the graph.
  TextSpill* spill = nullptr;
};

// What the merge had to decide; nothing is dropped without being counted here.
struct MergeReport {
  size_t persons_resolved = 0;  // single-token persons merged into a full name
  // Evidence beyond the cap (still counted in weights), counted as the cap drops it: one that
  // arrives again, identical, after it was dropped is counted again.
  size_t evidence_dropped = 0;
  std::vector<std::string> wikidata_conflicts;  // ids of entities with several wikidata values
};

// Merges fragments into one graph as they are added. Adding fragments in any order and grouping
// gives the graph MergeFragments gives for all of them at once.
class GraphAccumulator {
 public:
  explicit GraphAccumulator(const MergeOptions& opt = {}) : opt_(opt) {}

  // Merges `fragment` (any order, possibly itself a merged graph) into the graph so far.
  void Add(GraphData&& fragment);
  // Returns the merged graph in canonical order, after person resolution if the options ask for
  // it, and leaves the accumulator empty. `report`, if given, receives what was decided.
  GraphData Finish(MergeReport* report = nullptr);

  // Returns how many articles, entities and relations the graph holds so far.
  size_t Items() const { return articles_.size() + entities_.size() + relations_.size(); }

 private:
  // An entity or article record while the graph grows, beside the one buffer of its id
  // (Entity::id and Article::id stay empty until Finish puts them back): relations, article
  // mention lists and evidence share that buffer instead of holding copies.
  struct EntityRecord {
    SharedText id;
    Entity entity;
  };
  struct ArticleRecord {
    SharedText id;
    Article article;
  };

  // Return the position of a record, or PositionIndex::kNone.
  size_t FindEntity(std::string_view id) const;
  size_t FindArticle(std::string_view id) const;
  size_t FindRelation(std::string_view subject, Predicate predicate, std::string_view object) const;
  // Merges `r` into the relation with its (subject, predicate, object), adding it if new.
  void AddRelation(Relation&& r);
  // Adds `weight` and `evidence` to `into`: evidence united, sorted by total order, unique,
  // capped (what the cap drops is counted); the sentences kept are spilled (opt_.spill).
  void Unite(Relation& into, std::vector<Evidence>&& evidence, uint32_t weight);
  // Replaces `text` by its place in opt_.spill, spilling each sentence of the fragment being
  // added once (evidence citing one sentence shares its place).
  void Spill(SharedText& text);
  // Return the graph's one buffer for an entity id (the key of its entity, if it has one yet),
  // a document id (the key of its article) and any other text (rules, literals).
  SharedText EntityId(SharedText id);
  SharedText DocId(SharedText id);
  SharedText Text(SharedText text) { return texts_.Intern(std::move(text)); }
  // Folds each single-token person that resolves into its full name's record; returns the
  // merged-away ids, each with the id it joined.
  std::map<SharedText, SharedText, std::less<>> ResolvePersons(MergeReport& rep);
  // Rewrites the relations (sorted, canonical keys) that name a merged-away id to the id it
  // joined, merging them into the relations already there; leaves them sorted.
  void MoveResolvedRelations(std::vector<Relation>& relations,
                             const std::map<SharedText, SharedText, std::less<>>& alias);

  MergeOptions opt_;
  size_t evidence_dropped_ = 0;
  // Records in the order they were first added (chunks, so that Finish can hand them out
  // without holding them twice), each found through its index.
  RecordChunks<EntityRecord> entities_;
  RecordChunks<Relation> relations_;
  RecordChunks<ArticleRecord> articles_;
  PositionIndex entity_index_, relation_index_, article_index_;
  TextInterner texts_;  // rules, literals, and ids that are no key (yet)
  // The sentences of the fragment being added that are spilled, by text: each key views the
  // in-memory text beside it, kept until the fragment is added.
  std::unordered_map<std::string_view, std::pair<SharedText, SharedText>> spilled_;
};

// Merges `fragments` into one canonical graph. `report`, if given, receives what was decided.
GraphData MergeFragments(std::vector<GraphData> fragments, const MergeOptions& opt = {},
                         MergeReport* report = nullptr);

// Folds entities that share one id into one, by the entity rules above. `group` is not empty.
Entity MergeEntities(const std::vector<Entity>& group, bool* wikidata_conflict = nullptr);

}  // namespace ng::graph
