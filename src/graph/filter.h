// Subgraphs of a KnowledgeGraph small enough to draw: the most central entities, or the
// neighbourhood of some entities. A subgraph is plain GraphData in canonical order holding the
// kept entities, every relation among them (entity-to-entity relations whose subject and object
// are both kept, and the literal relations of kept entities, so labels still show job titles and
// dates), and the articles that mention a kept entity, their mention lists cut to kept entities.
// The filters are pure and deterministic; they serve pictures (DOT), never the complete exports.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/model.h"
#include "graph/knowledge_graph.h"

namespace ng::graph {

// Returns the subgraph of `g` induced by `vertices` (any order, repeats ignored).
GraphData InducedSubgraph(const KnowledgeGraph& g, std::span<const size_t> vertices);

// Returns the subgraph of the `n` most central entities of `g` (TopCentral in query.h).
GraphData TopCentralSubgraph(const KnowledgeGraph& g, size_t n);

// Returns the vertices within `depth` relations of any of `centers`, ignoring relation direction
// (the centers themselves included), sorted.
std::vector<size_t> EgoVertices(const KnowledgeGraph& g, std::span<const size_t> centers,
                                size_t depth);

// Returns the subgraph of EgoVertices(g, centers, depth).
GraphData EgoSubgraph(const KnowledgeGraph& g, std::span<const size_t> centers, size_t depth);

// What a picture keeps: first the neighbourhood of the entities an `ego` query names (when not
// empty), then of those the `top` most central (when not 0).
struct PictureFilter {
  std::string ego;   // a name or id as FindEntities (query.h) takes it; "" keeps everything
  size_t depth = 1;  // hops around the ego entities
  size_t top = 0;    // 0 keeps everything
};

// Returns true if `filter` keeps every entity (no ego query, no top): the picture is `g` itself.
inline bool KeepsAll(const PictureFilter& filter) { return filter.ego.empty() && filter.top == 0; }

// Returns the subgraph of `g` that `filter` keeps (all of `g`, canonical, when it keeps all).
// `centers`, if given, receives the ids the ego query found, sorted; when it finds none the
// result has no entities.
GraphData FilterForPicture(const GraphData& g, const PictureFilter& filter,
                           std::vector<std::string>* centers = nullptr);

}  // namespace ng::graph
