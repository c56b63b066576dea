// The knowledge graph as a Boost.Graph: one vertex per entity (bundle: the Entity), one directed
// edge per entity-to-entity relation (bundle: the Relation, subject -> object). Literal-valued
// relations (jobTitle, startDate) are not edges; they are kept per vertex. Relations that name an
// entity missing from the graph are kept aside, so ToData() gives back exactly the canonical
// GraphData the graph was built from. Vertices are numbered in entity id order and edges are added
// in canonical relation order, so every traversal is deterministic. The object is immutable after
// construction: queries (query.h) take it by const&, and it is safe to share across threads.
// Boost types appear only in this folder; callers outside src/graph/ use vertex numbers (size_t).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace ng::graph {

class KnowledgeGraph {
 public:
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;
  using Edge = Graph::edge_descriptor;

  // Builds the graph from `data` (canonicalized first; entities with a repeated id keep the first).
  explicit KnowledgeGraph(GraphData data);

  // Returns the graph data back, in canonical order.
  GraphData ToData() const;

  size_t VertexCount() const { return boost::num_vertices(graph_); }
  size_t EdgeCount() const { return boost::num_edges(graph_); }
  const Entity& entity(size_t v) const { return graph_[v]; }
  // Returns the vertex of entity `id`, if any.
  std::optional<size_t> FindId(std::string_view id) const;
  // Returns the relations of vertex `v` whose object is a literal (jobTitle, startDate).
  const std::vector<Relation>& Literals(size_t v) const { return literals_[v]; }
  // Returns the entity-to-entity relations starting at `v` (v is the subject), canonical order.
  std::vector<const Relation*> OutRelations(size_t v) const;
  // Returns the entity-to-entity relations ending at `v` (v is the object), canonical order.
  std::vector<const Relation*> InRelations(size_t v) const;
  // Returns the number of entity-to-entity relations touching `v` (in and out).
  size_t Degree(size_t v) const;
  const std::vector<Article>& articles() const { return articles_; }
  const Graph& graph() const { return graph_; }

 private:
  Graph graph_;
  std::vector<std::vector<Relation>> literals_;  // by vertex
  std::vector<Relation> dangling_;               // relations naming an unknown entity
  std::vector<Article> articles_;
};

}  // namespace ng::graph
