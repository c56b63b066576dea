#include "graph/filter.h"

#include <algorithm>

#include "graph/query.h"

namespace ng::graph {

GraphData InducedSubgraph(const KnowledgeGraph& g, std::span<const size_t> vertices) {
  std::vector<bool> kept(g.VertexCount(), false);
  for (size_t v : vertices)
    if (v < kept.size()) kept[v] = true;

  GraphData out;
  for (size_t v = 0; v < kept.size(); ++v) {
    if (!kept[v]) continue;
    out.entities.push_back(g.entity(v));
    const std::vector<Relation>& literals = g.Literals(v);
    out.relations.insert(out.relations.end(), literals.begin(), literals.end());
    for (const Relation* r : g.OutRelations(v)) {
      std::optional<size_t> object = g.FindId(r->object);
      if (object && kept[*object]) out.relations.push_back(*r);
    }
  }
  for (const Article& a : g.articles()) {
    Article cut = a;
    std::erase_if(cut.mentions, [&](const SharedText& id) {
      std::optional<size_t> v = g.FindId(id);
      return !v || !kept[*v];
    });
    if (!cut.mentions.empty()) out.articles.push_back(std::move(cut));
  }
  Canonicalize(out);
  return out;
}

GraphData TopCentralSubgraph(const KnowledgeGraph& g, size_t n) {
  std::vector<size_t> vertices;
  for (const Centrality& c : TopCentral(g, n)) vertices.push_back(c.vertex);
  return InducedSubgraph(g, vertices);
}

std::vector<size_t> EgoVertices(const KnowledgeGraph& g, std::span<const size_t> centers,
                                size_t depth) {
  // Breadth first by levels; the set of vertices reached does not depend on the visiting order.
  std::vector<bool> seen(g.VertexCount(), false);
  std::vector<size_t> frontier;
  for (size_t c : centers)
    if (c < seen.size() && !seen[c]) {
      seen[c] = true;
      frontier.push_back(c);
    }
  for (size_t level = 0; level < depth && !frontier.empty(); ++level) {
    std::vector<size_t> next;
    auto visit = [&](std::string_view id) {
      std::optional<size_t> w = g.FindId(id);
      if (w && !seen[*w]) {
        seen[*w] = true;
        next.push_back(*w);
      }
    };
    for (size_t v : frontier) {
      for (const Relation* r : g.OutRelations(v)) visit(r->object);
      for (const Relation* r : g.InRelations(v)) visit(r->subject);
    }
    frontier = std::move(next);
  }
  std::vector<size_t> out;
  for (size_t v = 0; v < seen.size(); ++v)
    if (seen[v]) out.push_back(v);
  return out;
}

GraphData EgoSubgraph(const KnowledgeGraph& g, std::span<const size_t> centers, size_t depth) {
  return InducedSubgraph(g, EgoVertices(g, centers, depth));
}

GraphData FilterForPicture(const GraphData& g, const PictureFilter& filter,
                           std::vector<std::string>* centers) {
  if (centers) centers->clear();
  if (KeepsAll(filter)) {
    GraphData all = g;
    Canonicalize(all);
    return all;
  }
  GraphData kept = g;
  if (!filter.ego.empty()) {
    KnowledgeGraph kg(std::move(kept));
    std::vector<size_t> found = FindEntities(kg, filter.ego);
    if (centers)
      for (size_t v : found) centers->push_back(kg.entity(v).id);
    kept = EgoSubgraph(kg, found, filter.depth);
  }
  if (filter.top > 0) kept = TopCentralSubgraph(KnowledgeGraph(std::move(kept)), filter.top);
  return kept;
}

}  // namespace ng::graph
