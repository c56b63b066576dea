// Queries over a KnowledgeGraph: finding entities by a name a person would type, the shortest
// chain of relations between two entities, and the most central entities. All are pure functions
// of the (immutable) graph with deterministic results; vertices are the graph's numbers, which
// follow entity id order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "graph/knowledge_graph.h"

namespace ng::graph {

// Returns the vertices `query` names, sorted, from the first level that matches anything:
// 1. the id or the name equals the query (ASCII case-insensitive);
// 2. an alternate name equals the query;
// 3. the query is a substring of the name or of an alternate name, or every query word is a word
//    of one of them (words as in Slug: "erdogan" finds "Recep Tayyip Erdoğan").
// An empty query finds nothing.
std::vector<size_t> FindEntities(const KnowledgeGraph& g, std::string_view query);

enum class Direction { kForward, kBackward };

// One step of a path: the relation walked and the vertex it reaches. kForward: the previous
// vertex is the relation's subject; kBackward: it is the object.
struct PathStep {
  size_t vertex = 0;
  const Relation* relation = nullptr;  // points into the graph; valid while the graph lives
  Direction direction = Direction::kForward;
};

// Returns the shortest chain of relations from `from` to `to`, ignoring their direction (breadth
// first; among equally short chains the one through the smallest vertices, and between two
// vertices the heaviest relation). Empty when from == to; nullopt when they are not connected.
std::optional<std::vector<PathStep>> ShortestPath(const KnowledgeGraph& g, size_t from, size_t to);

struct Centrality {
  size_t vertex = 0;
  double score = 0;  // betweenness, rounded to 1e-6
};

struct CentralityOptions {
  // How much breadth-first search the ranking may do, counted in vertices and edges looked at: a
  // search from one source costs up to vertices + edges, so the exact betweenness (Brandes: a
  // search from every vertex) costs vertices x (vertices + edges), about 3 seconds per 10^8 here.
  // A graph within the budget gets it; a larger one an estimate (Brandes and Pich 2007):
  // searches from as many sources as the budget pays for, at least `min_sources`, spread evenly
  // over the vertex order, their sums scaled by vertices / sources. The hubs at the top of the
  // ranking stand out from a few hundred sources: 16,000 entities of 20 MB of news, about 1,100
  // sources, the same top 10 as the exact ranking, 19 of its top 20 and 48 of its top 50, in
  // 0.8 s instead of 20. (With every vertex a source, the estimate is exact.)
  uint64_t steps = 50'000'000;
  size_t min_sources = 64;
};

// Returns the `n` most central vertices by betweenness centrality on the undirected simple graph
// (parallel relations count once), exact or estimated as `options` say, ties broken by degree
// (descending) then id. Deterministic: the same graph gives the same ranking and scores.
std::vector<Centrality> TopCentral(const KnowledgeGraph& g, size_t n,
                                   const CentralityOptions& options = {});

}  // namespace ng::graph
