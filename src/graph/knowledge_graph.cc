#include "graph/knowledge_graph.h"

#include <algorithm>
#include <utility>

#include "graph/merge.h"

namespace ng::graph {

KnowledgeGraph::KnowledgeGraph(GraphData data) {
  Canonicalize(data);
  std::vector<Entity>& entities = data.entities;
  for (size_t i = 0; i < entities.size();) {
    size_t j = i + 1;
    while (j < entities.size() && entities[j].id == entities[i].id) ++j;
    // A repeated id is folded by the merge rules, so which copy came first does not matter.
    Entity e = j - i == 1
                   ? std::move(entities[i])
                   : MergeEntities(std::vector<Entity>(entities.begin() + i, entities.begin() + j));
    boost::add_vertex(std::move(e), graph_);
    i = j;
  }
  literals_.resize(VertexCount());
  for (Relation& r : data.relations) {
    std::optional<size_t> s = FindId(r.subject);
    if (!s) {
      dangling_.push_back(std::move(r));
    } else if (IsLiteral(r.predicate)) {
      literals_[*s].push_back(std::move(r));
    } else if (std::optional<size_t> o = FindId(r.object)) {
      boost::add_edge(*s, *o, std::move(r), graph_);
    } else {
      dangling_.push_back(std::move(r));
    }
  }
  articles_ = std::move(data.articles);
}

GraphData KnowledgeGraph::ToData() const {
  GraphData out;
  out.articles = articles_;
  for (size_t v = 0; v < VertexCount(); ++v) {
    out.entities.push_back(graph_[v]);
    out.relations.insert(out.relations.end(), literals_[v].begin(), literals_[v].end());
  }
  for (auto [it, end] = boost::edges(graph_); it != end; ++it) out.relations.push_back(graph_[*it]);
  out.relations.insert(out.relations.end(), dangling_.begin(), dangling_.end());
  Canonicalize(out);
  return out;
}

std::optional<size_t> KnowledgeGraph::FindId(std::string_view id) const {
  size_t lo = 0, hi = VertexCount();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (graph_[mid].id < id)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < VertexCount() && graph_[lo].id == id) return lo;
  return std::nullopt;
}

std::vector<const Relation*> KnowledgeGraph::OutRelations(size_t v) const {
  std::vector<const Relation*> out;
  for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it) out.push_back(&graph_[*it]);
  return out;
}

std::vector<const Relation*> KnowledgeGraph::InRelations(size_t v) const {
  std::vector<const Relation*> out;
  for (auto [it, end] = boost::in_edges(v, graph_); it != end; ++it) out.push_back(&graph_[*it]);
  return out;
}

size_t KnowledgeGraph::Degree(size_t v) const {
  return boost::out_degree(v, graph_) + boost::in_degree(v, graph_);
}

}  // namespace ng::graph
